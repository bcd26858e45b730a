/**
 * Readers for the labelled corpora the engine is measured on: the dev corpus (../shared/eval/dev.jsonl) and the
 * public research sets in ../shared/datasets/ (HateCheck, TweetEval, ETHOS). Shared by `npm run eval` and the peer
 * comparison in `npm run bench`, so both read the same records the same way. Nothing here feeds a rule: the public
 * sets are benchmarks, never training data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const DEV_CORPUS = join(SHARED, 'eval', 'dev.jsonl');
const DATASETS = join(SHARED, 'datasets');

/** A record of a labelled corpus (dev.jsonl and any written like it). */
export interface Labelled {
  id?: unknown;
  text: string;
  school?: string;
  role?: string;
  expect: 'nudge' | 'quiet';
  categories: string[];
}

/** A labelled JSON Lines file; a line that is not JSON or lacks text or categories is named by file and line. */
export function readLabelledCorpus(file: string): Labelled[] {
  if (!existsSync(file)) throw new Error(`eval: ${file} not found`);
  const out: Labelled[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let r: Partial<Labelled>;
      try {
        r = JSON.parse(line) as Partial<Labelled>;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
      if (typeof r.text !== 'string' || !Array.isArray(r.categories)) throw new Error(`${file}:${i + 1}: needs text and categories`);
      out.push({ ...r, text: r.text, categories: r.categories, expect: r.expect ?? (r.categories.length > 0 ? 'nudge' : 'quiet') });
    });
  return out;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One HateCheck functional test case: `hateful` from `label_gold`. */
export interface HateCheckCase {
  functionality: string;
  text: string;
  hateful: boolean;
}

export function hateCheckCases(): HateCheckCase[] {
  const [header, ...rows] = parseCsv(readFileSync(join(DATASETS, 'hatecheck', 'test_suite_cases.csv'), 'utf8'));
  if (!header) throw new Error('eval: HateCheck file is empty');
  const col = (name: string): number => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`eval: HateCheck has no ${name} column`);
    return at;
  };
  const [fCol, textCol, labelCol] = [col('functionality'), col('test_case'), col('label_gold')];
  return rows
    .filter((r) => r.length >= header.length)
    .map((r) => ({ functionality: r[fCol] as string, text: r[textCol] as string, hateful: r[labelCol] === 'hateful' }));
}

/**
 * A TweetEval test split, text by text with its label: sentiment 0 negative, 1 neutral, 2 positive; offensive
 * 0 not offensive, 1 offensive.
 */
export function tweetEvalSplit(task: 'sentiment' | 'offensive'): { texts: string[]; labels: string[] } {
  const dir = join(DATASETS, 'tweeteval', task);
  const texts = readFileSync(join(dir, 'test_text.txt'), 'utf8').split('\n');
  const labels = readFileSync(join(dir, 'test_labels.txt'), 'utf8').split('\n');
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  if (texts.length !== labels.length) throw new Error(`eval: TweetEval ${task}: ${texts.length} texts, ${labels.length} labels`);
  return { texts, labels: labels.map((l) => l.trim()) };
}

/** One ETHOS multi-label comment (every one is hate speech) and its `violence` score, 0 to 1. */
export interface EthosComment {
  text: string;
  violence: number;
}

export function ethosComments(): EthosComment[] {
  const lines = readFileSync(join(DATASETS, 'ethos', 'Ethos_Dataset_Multi_Label.csv'), 'utf8').split(/\r?\n/);
  const header = (lines.shift() ?? '').split(';');
  const violenceAt = header.indexOf('violence');
  if (violenceAt !== 1) throw new Error('eval: ETHOS multi-label file: expected comment;violence;…');
  const fieldsAfter = header.length - 1;
  const comments: EthosComment[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    // The comment may itself hold semicolons: the label fields are the last ones.
    const parts = line.split(';');
    const labels = parts.slice(-fieldsAfter);
    comments.push({ text: parts.slice(0, parts.length - fieldsAfter).join(';'), violence: Number(labels[0]) });
  }
  return comments;
}
