/**
 * `npm run bench -- --collections`: where the 10,000-character p99 goes. 1,000 drafts of 10,000 characters, one
 * after another as in the engine table, with every garbage collection the process makes meanwhile (Node's `gc`
 * performance entries): how many, how long, and how many drafts one landed in. At that size the p99 is the drafts a
 * young-generation collection lands in, so what a draft allocates, and what outlives it, decides the p99 as much as
 * its CPU time does.
 */
import { PerformanceObserver, performance, constants } from 'node:perf_hooks';
import { analyzeDraft, getBundledPack } from './shipped';
import { draftOf, quantile } from './drafts';

const DRAFTS = 64;
const RUNS = 1_000;
const SIZE = 10_000;

interface Collection {
  start: number;
  end: number;
  minor: boolean;
}

export async function benchCollections(print: (line: string) => void): Promise<void> {
  const pack = getBundledPack('bexton');
  if (!pack) throw new Error('bench: bexton pack missing');
  const drafts = Array.from({ length: DRAFTS }, (_, i) => draftOf(SIZE, i));
  const judge = (i: number): void => void analyzeDraft(drafts[i % DRAFTS] as string, { role: i % 2 ? 'staff' : 'parent', pack });
  for (let i = 0; i < 200; i++) judge(i);
  const collections: Collection[] = [];
  const note = (entries: readonly PerformanceEntry[]): void => {
    for (const entry of entries) {
      // Node's gc entries carry their kind in `detail` (Node 16+), which the DOM's PerformanceEntry type lacks.
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      collections.push({ start: entry.startTime, end: entry.startTime + entry.duration, minor: kind === constants.NODE_PERFORMANCE_GC_MINOR });
    }
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const spans: [number, number][] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    judge(i);
    spans.push([t0, performance.now()]);
  }
  // Node tells the observer of collections between turns of the event loop, with their times: let it.
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
  note(observer.takeRecords());
  observer.disconnect();
  const times = spans.map(([a, b]) => b - a).sort((a, b) => a - b);
  const minor = collections.filter((c) => c.minor);
  const hit = spans.filter(([a, b]) => collections.some((c) => c.start < b && c.end > a)).length;
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  print(`${RUNS} drafts of ${SIZE.toLocaleString('en-GB')} characters (pack bexton, parent and staff alternating), one after another`);
  print(`  per draft: median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms`);
  print(
    `  collections: ${minor.length} young-generation (mean pause ${mean(minor.map((c) => c.end - c.start)).toFixed(2)} ms), ` +
      `${collections.length - minor.length} other; drafts a collection landed in: ${hit} of ${RUNS}`,
  );
}
