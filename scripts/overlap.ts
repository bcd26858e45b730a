// Checks new writers' batch files against what they must not repeat: npx tsx scripts/overlap.ts PREFIX... (e.g. dg dh)
//
// - an exact repeat (after lower-casing and dropping punctuation) of any other draft in corpus/drafts or
//   corpus/independent, or of another new draft;
// - a HateCheck case word for word, or any run of six words from one (../shared/datasets/hatecheck);
// - any run of eight words from the dev corpus (../shared/eval/dev.jsonl), stricter than the provenance test's twelve.
//
// Prints one line per finding and exits 1 if there is any. Both shared files sit outside the repository; a missing
// one is said and skipped, not passed silently. Run it on every new batch before it is committed
// (corpus/HOW-IT-WAS-WRITTEN.md); older batches predate it (docs/model.md, known limits).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './corpora';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const DRAFTS = join(CORPUS, 'drafts');
const INDEPENDENT = join(CORPUS, 'independent');
const SHARED = join(CORPUS, '..', '..', 'shared');
const HATECHECK = join(SHARED, 'datasets', 'hatecheck', 'test_suite_cases.csv');
const DEV = join(SHARED, 'eval', 'dev.jsonl');

const prefixes = process.argv.slice(2);
if (prefixes.length === 0 || prefixes.some((p) => !/^[a-z]+$/.test(p))) {
  console.error('usage: npx tsx scripts/overlap.ts PREFIX...   (writer letters, e.g. dg dh)');
  process.exit(2);
}

const norm = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const runs = (text: string, n: number): string[] => {
  const words = norm(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
};
interface Draft {
  id: string;
  text: string;
}
const records = (file: string): Draft[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Draft);

const isNew = (file: string): boolean => {
  const writer = file.replace(/\d+\.jsonl$/, '');
  return file.endsWith('.jsonl') && prefixes.includes(writer);
};
const older = new Map<string, string>();
const fresh: Draft[] = [];
for (const file of readdirSync(DRAFTS).sort()) {
  for (const r of records(join(DRAFTS, file))) {
    if (isNew(file)) fresh.push(r);
    else older.set(norm(r.text), r.id);
  }
}
for (const file of readdirSync(INDEPENDENT).filter((f) => f.endsWith('.jsonl'))) {
  for (const r of records(join(INDEPENDENT, file))) older.set(norm(r.text), `${file}:${r.id}`);
}
if (fresh.length === 0) {
  console.error(`overlap: no batch files of ${prefixes.join(', ')} in ${DRAFTS}`);
  process.exit(2);
}

const hateCases = new Set<string>();
const hateRuns = new Set<string>();
if (existsSync(HATECHECK)) {
  const [head = [], ...rows] = parseCsv(readFileSync(HATECHECK, 'utf8'));
  const column = head.indexOf('test_case');
  for (const row of rows) {
    const text = row[column];
    if (!text) continue;
    hateCases.add(norm(text));
    for (const run of runs(text, 6)) hateRuns.add(run);
  }
} else console.warn(`overlap: ${HATECHECK} is not here; HateCheck not checked`);
const devRuns = new Set<string>();
if (existsSync(DEV)) for (const r of records(DEV)) for (const run of runs(r.text, 8)) devRuns.add(run);
else console.warn(`overlap: ${DEV} is not here; the dev corpus not checked`);

let findings = 0;
const report = (what: string, id: string, detail: string | undefined): void => {
  console.log(`${what} ${id} ${JSON.stringify(detail)}`);
  findings++;
};
const seen = new Map<string, string>();
for (const r of fresh) {
  const key = norm(r.text);
  if (older.has(key)) report('REPEAT-OLD', r.id, older.get(key));
  if (seen.has(key)) report('REPEAT-NEW', r.id, seen.get(key));
  seen.set(key, r.id);
  if (hateCases.has(key)) report('HATECHECK-CASE', r.id, r.text.slice(0, 80));
  const hate = runs(r.text, 6).find((run) => hateRuns.has(run));
  if (hate) report('HATECHECK-RUN', r.id, hate);
  const dev = runs(r.text, 8).find((run) => devRuns.has(run));
  if (dev) report('DEV-RUN', r.id, dev);
}
console.log(`${fresh.length} new drafts checked, ${findings} finding${findings === 1 ? '' : 's'}`);
process.exit(findings > 0 ? 1 : 0);
