/**
 * `npm run bench`: engine latency per draft against the PRODUCT.md §7 budgets. A benchmark that prints figures,
 * never a timed test: a busy machine makes it slower, not red.
 *
 * Drafts are cut from a mix of quiet and breaching posts written for this benchmark (none from any corpus),
 * repeated to length, starting at a different place each time so no two drafts are the same text.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyzeDraft } from '../src/engine';
import type { Role } from '../src/engine/types';
import { getBundledPack } from '../src/packs';

const MIX = [
  'Cake sale on Friday after school, all money goes to the library fund. Bring a tub if you can!',
  'Mrs Lambert in Year 3 is a useless old bag and everyone at the gate knows it.',
  'Does anyone know if the Year 5 swimming is still on this week? The letter says Thursday.',
  'The school has ignored three of my emails about the bus and nobody ever rings back. Not good enough.',
  'Huge thanks to the office team for finding my son’s coat, you are stars.',
  'If that teacher shouts at my daughter again he had better watch his back in the car park.',
  'This maths homework is killing me, I swear fractions were invented to punish parents.',
  'Poppy in 4B keeps taking my lad’s snacks, her mum needs to have a word with her.',
  'Proud of every child in the choir tonight, what a show.',
  'Heard one of the TAs has been signed off with stress, that is why the class keeps having supply.',
  'Made a page using the academy crest so the parents group looks official.',
  'Immigrants are vermin and should all be sent back, I can’t stand them.',
  'Parents evening at 5, then tea, then bed. Living the dream!',
  'Here is the head’s home address for anyone who wants to tell him what they think.',
  'Our new reading scheme is brilliant and the kids love the library visits.',
].join('\n');

const SIZES = [280, 2_000, 10_000, 100_000];
/** Timed runs per size: enough for a stable p99 without taking minutes on two cores. */
const RUNS: Record<number, number> = { 280: 20_000, 2_000: 4_000, 10_000: 1_000, 100_000: 60 };
const BUDGET: Record<number, string> = {
  280: 'median ≤ 0.2 ms, p99 ≤ 1 ms',
  10_000: 'p99 ≤ 5 ms',
  100_000: '≤ 50 ms',
};

function draftOf(length: number, seed: number): string {
  const from = (seed * 97) % MIX.length;
  let text = '';
  while (text.length < length + from) text += `${MIX}\n`;
  return text.slice(from, from + length);
}

function quantile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

function main(): void {
  const pack = getBundledPack('bexton');
  if (!pack) throw new Error('bench: bexton pack missing');
  const roles: Role[] = ['parent', 'staff'];
  const cpu = cpus();
  process.stdout.write(
    `Engine latency per draft (analyzeDraft, pack bexton, parent and staff alternating)\n` +
      `Node ${process.version}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'})\n\n` +
      `${'chars'.padStart(8)}  ${'runs'.padStart(6)}  ${'median ms'.padStart(10)}  ${'p95 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'max ms'.padStart(8)}  ${'drafts/s'.padStart(9)}  budget\n`,
  );
  const medians = new Map<number, number>();
  for (const size of SIZES) {
    const runs = RUNS[size] ?? 100;
    const drafts = Array.from({ length: 64 }, (_, i) => draftOf(size, i));
    // Warm up: let the JIT settle and the regular expressions compile before timing.
    for (let i = 0; i < Math.min(runs, 200); i++) analyzeDraft(drafts[i % drafts.length] as string, { role: roles[i % 2] as Role, pack });
    const times: number[] = [];
    let findings = 0;
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      const text = drafts[i % drafts.length] as string;
      const t0 = performance.now();
      const verdict = analyzeDraft(text, { role: roles[i % 2] as Role, pack });
      times.push(performance.now() - t0);
      findings += verdict.findings.length;
    }
    const elapsed = performance.now() - started;
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    medians.set(size, median);
    process.stdout.write(
      `${String(size).padStart(8)}  ${String(runs).padStart(6)}  ${median.toFixed(3).padStart(10)}  ${quantile(times, 0.95).toFixed(3).padStart(8)}  ` +
        `${quantile(times, 0.99).toFixed(3).padStart(8)}  ${(times[times.length - 1] as number).toFixed(3).padStart(8)}  ` +
        `${Math.round((runs * 1000) / elapsed).toString().padStart(9)}  ${BUDGET[size] ?? ''}` +
        `${findings === 0 ? '  (no findings: the mix is broken)' : ''}\n`,
    );
  }
  const growth = (medians.get(100_000) ?? 0) / (medians.get(10_000) ?? 1);
  process.stdout.write(`\n10,000 → 100,000 chars: median grows ×${growth.toFixed(1)} for ×10 the text (linear is ≈ 10)\n`);
}

main();
