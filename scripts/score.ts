/**
 * Score `check --jsonl` output against a labelled corpus (records with `expect` nudge|quiet and `categories`):
 *   npm run --silent check -- --jsonl ../shared/eval/dev.jsonl | npx tsx scripts/score.ts ../shared/eval/dev.jsonl
 * Prints recall, false-alarm rate and per-category precision, recall and F1 (PRODUCT.md §8).
 */
import { readFileSync } from 'node:fs';

interface Gold {
  id: unknown;
  expect: 'nudge' | 'quiet';
  categories: string[];
}
interface Predicted {
  id: unknown;
  nudge?: boolean;
  categories?: string[];
}

const readJsonl = <T>(source: string | number): T[] =>
  readFileSync(source, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

const goldFile = process.argv[2];
if (!goldFile) {
  process.stderr.write('usage: npx tsx scripts/score.ts LABELLED.jsonl < check-output.jsonl\n');
  process.exit(2);
}
const gold = readJsonl<Gold>(goldFile);
const predicted = readJsonl<Predicted>(process.argv[3] ?? 0);
if (gold.length !== predicted.length) throw new Error(`${gold.length} labelled records but ${predicted.length} verdicts`);

let hit = 0;
let missed = 0;
let falseAlarm = 0;
let quiet = 0;
const counts = new Map<string, { tp: number; fp: number; fn: number }>();
gold.forEach((g, i) => {
  const p = predicted[i] as Predicted;
  if (p.id !== g.id) throw new Error(`record ${i + 1}: id ${String(p.id)} does not match ${String(g.id)}`);
  const nudged = p.nudge === true;
  if (g.expect === 'nudge') {
    if (nudged) hit++;
    else missed++;
  } else if (nudged) falseAlarm++;
  else quiet++;
  const want = new Set(g.categories);
  const got = new Set(p.categories ?? []);
  for (const c of new Set([...want, ...got])) {
    const row = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    if (want.has(c) && got.has(c)) row.tp++;
    else if (got.has(c)) row.fp++;
    else row.fn++;
    counts.set(c, row);
  }
});

const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));
const lines = [
  `recall ${pct(hit, hit + missed)} (${hit}/${hit + missed})`,
  `false alarms ${pct(falseAlarm, falseAlarm + quiet)} (${falseAlarm}/${falseAlarm + quiet})`,
];
let f1Sum = 0;
for (const [c, { tp, fp, fn }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  f1Sum += f1;
  lines.push(`  ${c.padEnd(14)} P ${precision.toFixed(2)}  R ${recall.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
}
lines.push(`macro F1 ${(counts.size === 0 ? 0 : f1Sum / counts.size).toFixed(3)}`);
process.stdout.write(`${lines.join('\n')}\n`);
