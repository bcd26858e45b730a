/**
 * Rules are written from the policies and in our own words, never copied from the corpora they are measured on
 * (PRODUCT.md §8: "tuning rules to the exact wording of any corpus line is not allowed"). This test fails when
 * any five-word run of a development-corpus draft appears in the engine's or the packs' source: patterns, word
 * lists, comments and inline cases alike.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const DEV = resolve(ROOT, '..', 'shared', 'eval', 'dev.jsonl');
const SOURCES = [join(ROOT, 'src', 'engine'), join(ROOT, 'src', 'packs')];
const N = 5;

/** Lower-case words with punctuation stripped; regex escapes (`\b`, `\\w`) and apostrophes do not join words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\\+[a-z]/g, ' ')
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function grams(tokens: string[], n = N): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|json)$/.test(name) ? [path] : [];
  });
}

/** Every n-word run of every dev-corpus draft. */
function devCorpusGrams(n: number): Set<string> {
  if (!existsSync(DEV)) throw new Error(`provenance: ${DEV} is missing; restore ../shared/eval/dev.jsonl.`);
  const out = new Set<string>();
  for (const line of readFileSync(DEV, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { text?: unknown };
    if (typeof record.text === 'string') for (const gram of grams(words(record.text), n)) out.add(gram);
  }
  return out;
}

/** Every dev-corpus five-word run found in the given sources, as "file: words". */
function shared(devGrams: Set<string>, files: { name: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const gram of grams(words(file.text))) if (devGrams.has(gram)) found.push(`${file.name}: "${gram}"`);
  }
  return found;
}

describe('provenance', () => {
  it('finds the development corpus (the check cannot pass without it)', () => {
    if (!existsSync(DEV)) {
      throw new Error(`provenance: ${DEV} is missing, so the engine cannot be checked for copied corpus wording. Restore ../shared/eval/dev.jsonl.`);
    }
    expect(readFileSync(DEV, 'utf8').trim().length).toBeGreaterThan(0);
  });

  it('shares no five-word run with any development-corpus draft', () => {
    const devGrams = devCorpusGrams(N);
    expect(devGrams.size).toBeGreaterThan(1000);
    const files = SOURCES.flatMap(sourceFiles).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(shared(devGrams, files)).toEqual([]);

    // The scan itself works: a planted copy of a corpus line is caught, however it is punctuated or escaped.
    const [first] = devGrams;
    const planted = `re("\\\\b${(first ?? '').split(' ').join(' ')}\\\\b")`;
    expect(shared(devGrams, [{ name: 'planted.ts', text: planted }])).toHaveLength(1);
  });

  it('keeps the training corpus clear of the development corpus: no run of twelve words in common', () => {
    // Writers of the corpus never saw the dev corpus; shorter shared runs are stock phrases ("I don't usually post
    // things like this but"), longer ones would mean a draft was copied or paraphrased.
    const devGrams = devCorpusGrams(12);
    const dir = join(ROOT, 'corpus', 'drafts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as { id: string; text: string };
        for (const gram of grams(words(record.text), 12)) if (devGrams.has(gram)) found.push(`${record.id}: "${gram}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
