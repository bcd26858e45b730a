/**
 * `npx tsx scripts/rank.ts MODEL…`: how well each model file ranks the validation drafts, before any threshold. For
 * each label, the drafts that have it counted above the score where a given share of the drafts without it lie
 * (0.5%, 1%, 2%, 4%). Thresholds come from a search over every category at once, so where that search puts one
 * category's can move its count by dozens of drafts for the same weights (docs/model.md, "`fresh-300-zw`…"): this
 * reads the weights alone, so a retrain's rule can compare them with the shipped model's.
 *
 *   npx tsx scripts/rank.ts src/engine/model/model.bin other.bin
 *   npx tsx scripts/rank.ts --corpus-dir DIR --labels threat,hate,nudge --shares 0.01,0.02 FILE…
 *
 * The validation split is train's: the corpus's validation batches and the newest spent independent set. `nudge`
 * stands for every breach (its drafts are those labelled nudge), a category for the drafts labelled with it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { prepare } from '../src/engine/analyze';
import { probabilities } from '../src/engine/decide';
import { decodeModel } from '../src/engine/model/model';
import type { Label } from '../src/engine/model/model';
import { CATEGORIES } from '../src/engine/types';
import { CORPUS_DIR, optionsFor, readCorpus, readSpentIndependent } from './train/data';
import type { CorpusRecord } from './train/data';

/**
 * For each share: how many of `have` score above the score below which all but that share of `others` lie (the
 * others' score at that rank, highest first; a draft tied with it is not counted).
 */
export function aboveShares(have: readonly number[], others: readonly number[], shares: readonly number[]): number[] {
  const sorted = [...others].sort((a, b) => b - a);
  return shares.map((share) => {
    const at = sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? -Infinity;
    return have.filter((s) => s > at).length;
  });
}

const USAGE = `Usage: npx tsx scripts/rank.ts [--corpus-dir DIR] [--labels L,…] [--shares S,…] MODEL…
  --corpus-dir DIR  the corpus to read the validation split of (default corpus/drafts)
  --labels L,…      the labels to rank (default threat,hate,nudge; any category, or nudge for every breach)
  --shares S,…      shares of the drafts without the label (default 0.005,0.01,0.02,0.04)
`;

function fail(message: string): never {
  process.stderr.write(`rank: ${message}\n`);
  process.exit(2);
}

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  let dir = CORPUS_DIR;
  let labels: Label[] = ['threat', 'hate', 'nudge'];
  let shares = [0.005, 0.01, 0.02, 0.04];
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--corpus-dir') dir = value();
    else if (arg === '--labels') {
      labels = value().split(',') as Label[];
      const unknown = labels.find((l) => l !== 'nudge' && !(CATEGORIES as readonly string[]).includes(l));
      if (unknown !== undefined) fail(`--labels: ${unknown} is no category (nor nudge)`);
    } else if (arg === '--shares') {
      shares = value().split(',').map(Number);
      if (shares.some((s) => !(s > 0 && s < 1))) fail('--shares takes numbers between 0 and 1, such as 0.01,0.02');
    } else if (arg.startsWith('--')) fail(`${arg} is not an option rank knows\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) fail(`no model file given\n${USAGE}`);
  for (const file of files) if (!existsSync(file)) fail(`${file} not found`);
  const val = [...readCorpus(dir), ...readSpentIndependent()].filter((r) => r.split === 'val');
  const prepared = val.map((r) => {
    const options = optionsFor(r.school, r.role);
    return { options, p: prepare(r.text, options) };
  });
  const has = (r: CorpusRecord, label: Label): boolean => (label === 'nudge' ? r.expect === 'nudge' : r.categories.includes(label));
  process.stdout.write(`Validation split of ${dir}: ${val.length} drafts. Drafts with the label scored above the score of the given share of the drafts without it:\n`);
  process.stdout.write(`model\tlabel (drafts)\t${shares.map((s) => `${s * 100}%`).join('\t')}\n`);
  for (const file of files) {
    const model = decodeModel(new Uint8Array(readFileSync(file)));
    const scores = prepared.map(({ p, options }) => probabilities(model, p, options).prob);
    for (const label of labels) {
      const l = model.labels.indexOf(label);
      const have: number[] = [];
      const others: number[] = [];
      val.forEach((r, i) => (has(r, label) ? have : others).push((scores[i] as Float32Array)[l] as number));
      process.stdout.write(`${file}\t${label} (${have.length})\t${aboveShares(have, others, shares).join('\t')}\n`);
    }
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
