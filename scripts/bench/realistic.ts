/**
 * The engine on drafts people write: the corpus's training drafts as written, timed beside obscenity in the same
 * loop (each draft through both, in turn), and every input shape at 1k, 10k, 100k and 1M characters, so a cost that
 * grows faster than the text shows as a ratio above 10 between sizes.
 */
import { performance } from 'node:perf_hooks';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { analyzeDraft, getBundledPack } from './shipped';
import { readCorpus } from '../train/data';
import { quantile } from './drafts';

let cached: string[] | undefined;

/** The corpus's training drafts, as written (never its validation or test batches). */
export function corpusDrafts(): string[] {
  cached ??= readCorpus()
    .filter((r) => r.split === 'train')
    .map((r) => r.text);
  return cached;
}

interface Row {
  median: number;
  p95: number;
  p99: number;
  total: number;
}

const row = (times: number[]): Row => {
  const sorted = times.slice().sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), total: times.reduce((a, b) => a + b, 0) };
};

/** Shapes a draft can take, each cut to any length. */
const SHAPES: Record<string, (length: number) => string> = {
  realistic: (length) => {
    let text = '';
    for (let i = 0; text.length < length; i++) text += `${corpusDrafts()[(i * 7919) % corpusDrafts().length]}\n\n`;
    return text.slice(0, length);
  },
  'one long word': (length) => 'abcdefghij'.repeat(Math.ceil(length / 10)).slice(0, length),
  'punctuation runs': (length) => '!?.,;:-)('.repeat(Math.ceil(length / 9)).slice(0, length),
  'many names': (length) => {
    const names = ['Mr Okafor', 'Mrs Kowalski', 'Miss Hughes', 'Mr Singh', "Ms O'Neill", 'Mrs Patel', 'Mr Evans', 'Miss Nowak'];
    let text = '';
    for (let i = 0; text.length < length; i++) text += `${names[i % names.length]} and `;
    return text.slice(0, length);
  },
};
const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const RUNS: Record<number, number> = { 1_000: 200, 10_000: 40, 100_000: 5, 1_000_000: 2 };

export function benchRealistic(print: (line: string) => void): { short: Row; obscenityShort: Row } {
  const pack = getBundledPack('bexton');
  if (!pack) throw new Error('bench: bexton pack missing');
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const drafts = corpusDrafts();
  const engineTimes: number[] = [];
  const peerTimes: number[] = [];
  const shortEngine: number[] = [];
  const shortPeer: number[] = [];
  // Warm both up, then time each draft through both, alternating which goes first.
  for (const text of drafts.slice(0, 500)) {
    analyzeDraft(text, { role: 'parent', pack });
    matcher.hasMatch(text);
  }
  drafts.forEach((text, i) => {
    const role = i % 5 === 0 ? 'staff' : 'parent';
    const timeEngine = (): number => {
      const t = performance.now();
      analyzeDraft(text, { role, pack });
      return performance.now() - t;
    };
    const timePeer = (): number => {
      const t = performance.now();
      matcher.hasMatch(text);
      return performance.now() - t;
    };
    let e: number;
    let o: number;
    if (i % 2 === 0) {
      e = timeEngine();
      o = timePeer();
    } else {
      o = timePeer();
      e = timeEngine();
    }
    engineTimes.push(e);
    peerTimes.push(o);
    if (text.length <= 280) {
      shortEngine.push(e);
      shortPeer.push(o);
    }
  });
  const fmt = (r: Row): string => `median ${r.median.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms`;
  const all = row(engineTimes);
  const allPeer = row(peerTimes);
  const short = row(shortEngine);
  const obscenityShort = row(shortPeer);
  print(`Realistic drafts: the corpus's ${drafts.length.toLocaleString('en-GB')} training drafts as written (pack bexton), each through the engine and obscenity in turn`);
  print(`  drafts of ≤ 280 characters (${shortEngine.length.toLocaleString('en-GB')}): engine ${fmt(short)} (budget median ≤ 0.2 ms, p99 ≤ 1 ms)`);
  print(`  ${' '.repeat(38 + String(shortEngine.length.toLocaleString('en-GB')).length)}obscenity ${fmt(obscenityShort)}`);
  print(`  all drafts: engine ${fmt(all)}; obscenity ${fmt(allPeer)}`);
  print(`  engine ÷ obscenity, same drafts, same run: ×${(short.median / obscenityShort.median).toFixed(1)} at the median of short drafts, ×${(all.total / allPeer.total).toFixed(1)} in total time (goal ≤ ×2)`);
  print('');
  print(`Every input shape, ms per draft (median of ${SIZES.map((s) => RUNS[s]).join('/')} runs), and growth for ×10 the text (linear ≈ 10)`);
  print(`  ${'shape'.padEnd(18)}${SIZES.map((s) => `${(s / 1000).toLocaleString('en-GB')}k`.padStart(10)).join('')}   growth`);
  for (const [name, make] of Object.entries(SHAPES)) {
    const medians = SIZES.map((size) => {
      const text = make(size);
      analyzeDraft(text, { role: 'parent', pack });
      const times: number[] = [];
      for (let i = 0; i < (RUNS[size] ?? 1); i++) {
        const t = performance.now();
        analyzeDraft(text, { role: i % 2 === 0 ? 'parent' : 'staff', pack });
        times.push(performance.now() - t);
      }
      return row(times).median;
    });
    const growth = medians.slice(1).map((m, i) => `×${(m / (medians[i] as number)).toFixed(1)}`);
    print(`  ${name.padEnd(18)}${medians.map((m) => m.toFixed(2).padStart(10)).join('')}   ${growth.join(' ')}`);
  }
  return { short, obscenityShort };
}
