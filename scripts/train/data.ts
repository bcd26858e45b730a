/**
 * The data the model learns from and is measured on, read the same way by `npm run train` and `npm run eval`.
 *
 * - The training corpus (`corpus/drafts/*.jsonl`), written for this purpose (docs/annotation.md, corpus/DATASHEET.md).
 *   It is split **by batch**, never by line, so near-twins written together never straddle a split: of each
 *   writer's batches (the letter of the file name), the last is the test split, the one before it validation, and
 *   the rest train.
 * - The public sets that ../shared/datasets/README.md allows for training (TweetEval hate and offensive, Davidson
 *   et al.), with their labels mapped to the categories they can speak for (see `publicSets`): their train splits
 *   (and all of Davidson) train; TweetEval's val splits are held back to check, while thresholds are chosen, that
 *   everyday posts stay quiet. Their test splits, HateCheck and ETHOS are never read here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../../src/engine/types';
import type { AnalyzeOptions, Category, Role } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';
import { parseCsv, readLabelledCorpus, SHARED } from '../corpora';
import type { Labelled } from '../corpora';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = join(ROOT, 'corpus', 'drafts');
export const INDEPENDENT_DIR = join(ROOT, 'corpus', 'independent');
const DATASETS = join(SHARED, 'datasets');

export type Split = 'train' | 'val' | 'test';

export interface CorpusRecord {
  id: string;
  batch: string;
  split: Split;
  site: string;
  role: Role;
  school: string;
  text: string;
  expect: 'nudge' | 'quiet';
  categories: Category[];
  target: string;
  register: string;
  topic: string;
  lookalike: string | null;
  /**
   * A breach only by its school's stricter clause, not by the annotation guide's common line: a named child praised
   * at Northwick (its pack's `evenInPraise`, src/engine/even-in-praise.ts). The model, which does not read the
   * school, is taught nothing about whether such a draft nudges; the pack's rule decides it.
   */
  packOnly?: boolean;
}

/** Which split each batch belongs to: per writer (letter), the last batch is test, the one before validation. */
export function batchSplits(batches: readonly string[]): Map<string, Split> {
  const byWriter = new Map<string, string[]>();
  for (const b of [...batches].sort()) {
    const writer = b.replace(/\d+$/, '');
    byWriter.set(writer, [...(byWriter.get(writer) ?? []), b]);
  }
  const out = new Map<string, Split>();
  for (const list of byWriter.values()) {
    list.forEach((b, i) => {
      const fromEnd = list.length - i;
      out.set(b, list.length >= 3 && fromEnd === 1 ? 'test' : list.length >= 3 && fromEnd === 2 ? 'val' : 'train');
    });
  }
  return out;
}

/** What a draft is judged with: its school's bundled pack (the generic one for a school with none) and its role. */
export function optionsFor(school: string, role: string): AnalyzeOptions {
  const pack = getBundledPack(school) ?? getBundledPack('generic');
  if (!pack) throw new Error('the generic pack is missing');
  return { pack, role: role === 'staff' ? 'staff' : 'parent' };
}

/** A labelled JSON Lines file of drafts (an independent set: site, role, school, text, categories), as corpus records. */
export function readLabelled(file: string, batch: string, split: Split): CorpusRecord[] {
  return readLabelledCorpus(file).map((r, i) => {
    const extra = r as Labelled & Partial<CorpusRecord>;
    return {
      id: typeof r.id === 'string' ? r.id : `${batch}-${i + 1}`,
      batch,
      split,
      site: extra.site ?? 'facebook',
      role: r.role === 'staff' ? 'staff' : 'parent',
      school: r.school ?? 'generic',
      text: r.text,
      expect: r.expect,
      categories: r.categories as Category[],
      target: extra.target ?? 'none',
      register: extra.register ?? 'standard',
      topic: extra.topic ?? 'unknown',
      lookalike: extra.lookalike ?? null,
      // A breach only by its school's stricter clause (Northwick's praise of a named child): the pack's rule decides.
      ...(extra.packOnly === true ? { packOnly: true } : {}),
    };
  });
}

/**
 * The independent sets (corpus/independent/), once each has been scored once and its figure recorded
 * (docs/model.md): written by helpers who saw neither this corpus nor the rules, they are the nearest thing to the
 * drafts the engine is measured on. The newest joins the validation split (the thresholds are chosen on both), the
 * older ones train. `leaveOut` names sets to leave out (as if not yet written), for experiments. A set not yet
 * scored must never be here: it stays outside the repository until it is.
 */
export function readSpentIndependent(dir = INDEPENDENT_DIR, leaveOut: readonly string[] = []): CorpusRecord[] {
  if (!existsSync(dir)) return [];
  // By name without the extension, so fresh-300 comes before fresh-300-b … (the order they were written in).
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .filter((name) => !leaveOut.includes(name))
    .sort();
  return names.flatMap((name, i) => readLabelled(join(dir, `${name}.jsonl`), `independent-${name}`, i === names.length - 1 ? 'val' : 'train'));
}

export function readCorpus(dir = CORPUS_DIR): CorpusRecord[] {
  if (!existsSync(dir)) throw new Error(`corpus: ${dir} not found`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const splits = batchSplits(files.map((f) => f.replace(/\.jsonl$/, '')));
  const out: CorpusRecord[] = [];
  for (const file of files) {
    const batch = file.replace(/\.jsonl$/, '');
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let r: Omit<CorpusRecord, 'batch' | 'split'>;
        try {
          r = JSON.parse(line) as typeof r;
        } catch (e) {
          throw new Error(`corpus: ${file}:${i + 1}: ${(e as Error).message}`);
        }
        out.push({ ...r, batch, split: splits.get(batch) ?? 'train' });
      });
  }
  return out;
}

/** A public post with what its label can say: 1 or 0 for the categories it speaks for, nothing for the rest. */
export interface PublicRecord {
  source: string;
  text: string;
  labels: Partial<Record<Category, 0 | 1>>;
}

const SCHOOL_ONLY = CATEGORIES.filter((c) => c !== 'threat' && c !== 'hate' && c !== 'abuse' && c !== 'allegation');
const none = (cats: readonly Category[]): Partial<Record<Category, 0 | 1>> => Object.fromEntries(cats.map((c) => [c, 0]));

function lines(file: string): string[] {
  const out = readFileSync(file, 'utf8').split('\n');
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function tweetEval(task: 'hate' | 'offensive', split: 'train' | 'val'): { text: string; label: string }[] {
  const dir = join(DATASETS, 'tweeteval', task);
  const texts = lines(join(dir, `${split}_text.txt`));
  const labels = lines(join(dir, `${split}_labels.txt`));
  if (texts.length !== labels.length) throw new Error(`TweetEval ${task} ${split}: ${texts.length} texts, ${labels.length} labels`);
  return texts.map((text, i) => ({ text, label: (labels[i] as string).trim() }));
}

/**
 * The public training sets, labels mapped with care: offensive is not a breach of a school's code.
 * - TweetEval hate (HatEval: hate against immigrants and women): 1 → hate; 0 → not hate.
 * - TweetEval offensive (OLID): 0 (not offensive) → no category at all; 1 → none of the school-only categories
 *   (a tweet that is not about a school complains about no school), nothing said about threat, hate, abuse.
 * - Davidson et al.: class 0 (hate speech) → hate; 1 (offensive) → not hate, no school-only category;
 *   2 (neither) → no category at all.
 * None of these posts is about a school, so none says anything positive about the school-only categories.
 */
export function publicSets(use: 'train' | 'val' = 'train'): PublicRecord[] {
  if (!existsSync(DATASETS)) return [];
  const out: PublicRecord[] = [];
  for (const { text, label } of tweetEval('hate', use)) {
    out.push({ source: `tweeteval-hate-${use}`, text, labels: { hate: label === '1' ? 1 : 0 } });
  }
  for (const { text, label } of tweetEval('offensive', use)) {
    out.push({ source: `tweeteval-offensive-${use}`, text, labels: label === '0' ? none(CATEGORIES) : none(SCHOOL_ONLY) });
  }
  // Davidson has no validation split: all of it trains.
  if (use === 'val') return out;
  const [header, ...rows] = parseCsv(readFileSync(join(DATASETS, 'davidson', 'labeled_data.csv'), 'utf8'));
  const classAt = header?.indexOf('class') ?? -1;
  const tweetAt = header?.indexOf('tweet') ?? -1;
  if (classAt < 0 || tweetAt < 0) throw new Error('Davidson: expected class and tweet columns');
  for (const row of rows) {
    const cls = row[classAt];
    const text = row[tweetAt];
    if (text === undefined || cls === undefined) continue;
    const labels = cls === '0' ? { hate: 1 as const } : cls === '1' ? { ...none(SCHOOL_ONLY), hate: 0 as const } : none(CATEGORIES);
    out.push({ source: 'davidson', text, labels });
  }
  return out;
}
