/**
 * `npm run bench`: engine latency per draft against the PRODUCT.md §7 budgets, then the peers, the real browser
 * and the package sizes (scripts/bench/), all written to BENCHMARKS.md; `npm run bench -- --engine` stops after the
 * engine, `npm run bench -- --scale` runs only the shapes of scripts/bench/scale.ts, `npm run bench -- --adversarial`
 * only the adversarial drafts of scripts/bench/adversarial.ts, `npm run bench -- --collections` the 10,000-character
 * drafts with the garbage collections among them (scripts/bench/collections.ts). A benchmark that prints figures, never a timed test: a
 * busy machine makes it slower, not red.
 *
 * Drafts are cut from the corpus's training drafts (scripts/bench/drafts.ts); `--realistic` (also part of every run)
 * times them as written, beside obscenity, and every input shape from 1k to 1M characters.
 */
import { cpus } from 'node:os';
import { analyzeDraft, getBundledPack, ROLES } from './bench/shipped';
import type { Role } from '../src/engine/types';
import { benchAdversarial } from './bench/adversarial';
import { benchCollections } from './bench/collections';
import { measureLatency, type Latency } from './bench/latency';
import { benchRealistic } from './bench/realistic';
import { benchScale } from './bench/scale';
import { benchBeyondTheEngine, prepareBench } from './bench/run';
import { measureStart } from './bench/start';
import { loadModelFileOrExit } from './model-file';

// The accuracy tables judge through the sources (the check tool's code path), which need the model installed too.
loadModelFileOrExit('bench');

const SIZES = [280, 2_000, 10_000, 100_000];
/** Timed runs per size: enough for a stable p99 without taking minutes on two cores. */
const RUNS: Record<number, number> = { 280: 20_000, 2_000: 4_000, 10_000: 1_000, 100_000: 60 };
const BUDGET: Record<number, string> = {
  280: 'median ≤ 0.2 ms, p99 ≤ 1 ms',
  10_000: 'p99 ≤ 5 ms',
  100_000: '≤ 50 ms',
};

const print = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  // `npm run bench -- --scale`: many names, many schools, and a short draft behind huge ones, alone.
  if (process.argv.includes('--scale')) {
    await benchScale(print);
    return;
  }
  // `npm run bench -- --realistic`: the corpus's drafts beside obscenity, and every shape at 1k–1M, alone.
  if (process.argv.includes('--realistic')) {
    benchRealistic(print);
    return;
  }
  // `npm run bench -- --collections`: the 10,000-character drafts with the garbage collections among them, alone.
  if (process.argv.includes('--collections')) {
    await benchCollections(print);
    return;
  }
  // `npm run bench -- --adversarial`: ms per MB on the drafts that make text scanners blow up, alone.
  if (process.argv.includes('--adversarial')) {
    benchAdversarial(print, { analyzeDraft, getBundledPack, ROLES });
    return;
  }
  prepareBench();
  const pack = getBundledPack('bexton');
  if (!pack) throw new Error('bench: bexton pack missing');
  const roles: Role[] = ['parent', 'staff'];
  const cpu = cpus();
  process.stdout.write(
    `Engine latency per draft (analyzeDraft, pack bexton, parent and staff alternating)\n` +
      `Node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'})\n\n` +
      `${'chars'.padStart(8)}  ${'runs'.padStart(6)}  ${'median ms'.padStart(10)}  ${'p95 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'max ms'.padStart(8)}  ${'drafts/s'.padStart(9)}  budget\n`,
  );
  const engine: Latency[] = [];
  for (const size of SIZES) {
    let findings = 0;
    const row = measureLatency(size, RUNS[size] ?? 100, (text, i) => {
      findings += analyzeDraft(text, { role: roles[i % 2] as Role, pack }).findings.length;
    });
    engine.push(row);
    const { runs, median, p95, p99, max, perSecond } = row;
    process.stdout.write(
      `${String(size).padStart(8)}  ${String(runs).padStart(6)}  ${median.toFixed(3).padStart(10)}  ${p95.toFixed(3).padStart(8)}  ` +
        `${p99.toFixed(3).padStart(8)}  ${max.toFixed(3).padStart(8)}  ` +
        `${Math.round(perSecond).toString().padStart(9)}  ${BUDGET[size] ?? ''}` +
        `${findings === 0 ? '  (no findings: the mix is broken)' : ''}\n`,
    );
  }
  const medianAt = (size: number) => engine.find((row) => row.size === size)?.median ?? NaN;
  const growth = medianAt(100_000) / medianAt(10_000);
  process.stdout.write(`\n10,000 → 100,000 chars: median grows ×${growth.toFixed(1)} for ×10 the text (linear is ≈ 10)\n`);
  const start = measureStart();
  process.stdout.write(
    `Fresh process, import to first verdict (CPU, model and rules included; ${start.runs} runs): ` +
      `median ${start.median.toFixed(1)} ms, p95 ${start.p95.toFixed(1)} ms, max ${start.max.toFixed(1)} ms; ` +
      `median per first draft ${start.byDraft.map((x) => x.toFixed(1)).join(' / ')} ms (budget ≤ 50 ms)\n`,
  );
  print('');
  benchRealistic(print);
  // `npm run bench -- --engine`: the engine tables alone (no browser, no BENCHMARKS.md), e.g. while tuning rules.
  if (process.argv.includes('--engine')) return;
  // The adversarial drafts before the many-tabs run: after it, the heap that run leaves behind slowed 1 MB verdicts
  // about tenfold in the same process (24 of 75 figures over budget against 10 alone).
  benchAdversarial(print, { analyzeDraft, getBundledPack, ROLES });
  await benchScale(print);
  await benchBeyondTheEngine(engine, start);
}

await main();
