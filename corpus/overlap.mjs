// Checks new writers' batch files against what they must not repeat: node corpus/overlap.mjs PREFIX... (e.g. dg dh)
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

const CORPUS = dirname(fileURLToPath(import.meta.url));
const DRAFTS = join(CORPUS, 'drafts');
const INDEPENDENT = join(CORPUS, 'independent');
const SHARED = join(CORPUS, '..', '..', 'shared');
const HATECHECK = join(SHARED, 'datasets', 'hatecheck', 'test_suite_cases.csv');
const DEV = join(SHARED, 'eval', 'dev.jsonl');

const prefixes = process.argv.slice(2);
if (prefixes.length === 0 || prefixes.some((p) => !/^[a-z]+$/.test(p))) {
  console.error('usage: node corpus/overlap.mjs PREFIX...   (writer letters, e.g. dg dh)');
  process.exit(2);
}

const norm = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const runs = (text, n) => {
  const words = norm(text).split(' ').filter(Boolean);
  const out = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
};
const records = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** One CSV line's fields (HateCheck quotes fields that hold commas). */
function csvFields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    }
    else field += c;
  }
  out.push(field);
  return out;
}

const isNew = (file) => {
  const writer = file.replace(/\d+\.jsonl$/, '');
  return file.endsWith('.jsonl') && prefixes.includes(writer);
};
const older = new Map();
const fresh = [];
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

const hateCases = new Set();
const hateRuns = new Set();
if (existsSync(HATECHECK)) {
  const [head, ...lines] = readFileSync(HATECHECK, 'utf8').split('\n');
  const column = csvFields(head).indexOf('test_case');
  for (const line of lines) {
    const text = line ? csvFields(line)[column] : '';
    if (!text) continue;
    hateCases.add(norm(text));
    for (const run of runs(text, 6)) hateRuns.add(run);
  }
} else console.warn(`overlap: ${HATECHECK} is not here; HateCheck not checked`);
const devRuns = new Set();
if (existsSync(DEV)) for (const r of records(DEV)) for (const run of runs(r.text, 8)) devRuns.add(run);
else console.warn(`overlap: ${DEV} is not here; the dev corpus not checked`);

let findings = 0;
const report = (what, id, detail) => {
  console.log(`${what} ${id} ${JSON.stringify(detail)}`);
  findings++;
};
const seen = new Map();
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
