/**
 * `npm run eval`: measure the engine against PRODUCT.md §8, through the same code path as `check --jsonl`.
 *
 *   npm run --silent eval                       the dev corpus and the public sets, as a plain table
 *   npm run --silent eval -- --markdown         the same as Markdown tables (for the README)
 *   npm run --silent eval -- --corpus FILE      score another labelled corpus instead of the dev corpus
 *   npm run --silent eval -- --show             also list the ids of missed drafts and false alarms
 *   npm run --silent eval -- --strict           exit 1 when a target is missed
 *   npm run --silent eval -- --split val        the corpus's validation split in place of its test split (to judge a
 *                                               retrain before it ships; thresholds were chosen on it, so it flatters)
 *   npm run --silent eval -- --model FILE       judge with another model file (a candidate), the shipped one untouched
 *   npm run --silent eval -- --corpus-dir DIR   read the corpus's splits from another copy (a frozen snapshot)
 *
 * A labelled corpus is JSON Lines with `text`, `expect` (nudge|quiet), `categories`, and optional `id`, `school`,
 * `role`. The public sets (../shared/datasets/) are benchmarks, never training data: nothing here reads their
 * words into a rule. Writes no files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeModel } from '../src/engine/model/model';
import type { Model } from '../src/engine/model/model';
import type { Role } from '../src/engine/types';
import { checkRecord, expectedAt } from './check-records';
import type { VerdictRow } from './check-records';
import {
  DEV_CORPUS as DEV,
  ethosComments,
  hateCheckCases,
  readLabelledCorpus,
  SHARED,
  tweetEvalSplit as tweetEval,
} from './corpora';
import type { Labelled } from './corpora';
import { CORPUS_DIR, readCorpus, ROOT } from './train/data';
import type { CorpusRecord } from './train/data';
import { loadModelFileOrExit, MODEL_FILE_VARIABLE, modelFilePath } from './model-file';

// The shipped model, as the worker installs it before its first verdict.
loadModelFileOrExit('eval');

const CURVE_FILE = join(ROOT, 'corpus', 'learning-curve.json');

const HELP = `Measure the engine against PRODUCT.md §8 (the dev corpus, HateCheck, TweetEval, ETHOS).

Usage: npm run --silent eval -- [--markdown] [--corpus FILE]... [--split test|val] [--show] [--strict]

  --markdown     print Markdown tables instead of plain text
  --corpus FILE  score this labelled corpus instead of ../shared/eval/dev.jsonl (repeatable)
  --show         list the ids of missed drafts and false alarms
  --strict       exit 1 when a target is missed
  --rules-only   judge by the phrase rules alone, without the learned model (to compare)
  --quick        only the labelled corpora (the corpus's test split and the dev corpus), not the public sets
  --split val    score the corpus's validation split in place of its test split (thresholds were chosen on it)
  --model FILE   judge with this model file in place of the shipped one (src/engine/model/model.bin)
  --corpus-dir DIR  read the corpus's splits from DIR (a snapshot) in place of corpus/drafts

Without --corpus it scores the training corpus's test split (corpus/drafts, split by batch, never trained on),
the dev corpus, the public test sets, and prints the learning curve that \`npm run train -- --curve\` recorded.
`;

interface Options {
  corpora: string[];
  markdown: boolean;
  show: boolean;
  strict: boolean;
  rulesOnly: boolean;
  quick: boolean;
  split: 'test' | 'val';
  model?: string;
  corpusDir: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { corpora: [], markdown: false, show: false, strict: false, rulesOnly: false, quick: false, split: 'test', corpusDir: CORPUS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--markdown') options.markdown = true;
    else if (arg === '--show') options.show = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--rules-only') options.rulesOnly = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--split' && (argv[i + 1] === 'test' || argv[i + 1] === 'val')) options.split = argv[++i] as 'test' | 'val';
    else if (arg === '--split') {
      process.stderr.write(`eval: --split takes test or val, not ${argv[i + 1] ?? 'nothing'}\n`);
      process.exit(2);
    }
    else if (arg === '--corpus' && argv[i + 1] !== undefined) options.corpora.push(argv[++i] as string);
    else if ((arg === '--model' || arg === '--corpus-dir') && argv[i + 1] !== undefined) {
      const path = resolve(argv[++i] as string);
      if (!existsSync(path)) {
        process.stderr.write(`eval: ${arg} ${argv[i]}: not found\n`);
        process.exit(2);
      }
      if (arg === '--model') options.model = path;
      else options.corpusDir = path;
    }
    else if (arg.startsWith('--corpus=')) options.corpora.push(arg.slice(9));
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(HELP);
      process.exit(0);
    } else {
      process.stderr.write(`eval: unknown option ${arg}\n`);
      process.exit(2);
    }
  }
  return options;
}

/** One row of a results table: a measure, its value, and the target it is held to (if any). */
interface Measure {
  name: string;
  value: number;
  detail: string;
  target?: { op: '≥' | '≤'; value: number };
}

const passes = (m: Measure): boolean | undefined =>
  m.target === undefined ? undefined : m.target.op === '≥' ? m.value >= m.target.value : m.value <= m.target.value;

interface Section {
  title: string;
  measures: Measure[];
  /** A breakdown table: header and rows. */
  breakdown?: { header: string[]; rows: string[][] };
  notes: string[];
}

const rate = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const fixed = (x: number, digits = 3): string => x.toFixed(digits);

function run(text: string, school = 'generic', role: Role = 'parent'): VerdictRow {
  const checked = checkRecord({ text, school, role }, { school, role }, null, engineModel);
  if (!checked.ok) throw new Error(checked.error);
  return checked.row;
}

// ---- labelled corpora (dev.jsonl and any written like it) ----

function corpusName(file: string): string {
  return file.startsWith(SHARED) ? `../shared/${file.slice(SHARED.length + 1)}` : file;
}

function scoreFile(file: string, show: boolean, records: readonly Labelled[] = readLabelledCorpus(file)): Section {
  return scoreCorpus(records, `Labelled corpus ${corpusName(file)} (${records.length} drafts, per-record school and role)`, show);
}

function scoreCorpus(records: readonly Labelled[], title: string, show: boolean): Section {
  let hit = 0;
  let missed = 0;
  let falseAlarm = 0;
  let quiet = 0;
  let onPost = 0;
  const uncheckedBy = new Map<string, number>();
  const misses: string[] = [];
  const alarms: string[] = [];
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  records.forEach((rec, i) => {
    const checked = checkRecord(rec, { school: 'generic', role: 'parent' }, i + 1, engineModel);
    if (!checked.ok) throw new Error(`eval: ${title} record ${i + 1}: ${checked.error}`);
    const got = checked.row;
    const label = String(rec.id ?? i + 1);
    const expected = expectedAt(rec, checked.pack);
    const want = new Set<string>(expected.want);
    if (expected.switchedOff) uncheckedBy.set(checked.pack.id, (uncheckedBy.get(checked.pack.id) ?? 0) + 1);
    if (got.onPost) onPost++;
    if (expected.breach) {
      if (got.nudge) hit++;
      else {
        missed++;
        misses.push(`${label} [${rec.categories.join(',')}]`);
      }
    } else if (got.nudge) {
      falseAlarm++;
      alarms.push(`${label} [${got.categories.join(',')}]`);
    } else quiet++;
    const have = new Set<string>(got.categories);
    for (const c of new Set([...want, ...have])) {
      const row = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
      if (want.has(c) && have.has(c)) row.tp++;
      else if (have.has(c)) row.fp++;
      else row.fn++;
      counts.set(c, row);
    }
  });
  const rows: string[][] = [];
  let f1Sum = 0;
  for (const [c, { tp, fp, fn }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = rate(tp, tp + fp);
    const recall = rate(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    rows.push([c, fixed(precision, 2), fixed(recall, 2), fixed(f1, 2), String(tp), String(fp), String(fn)]);
  }
  const notes: string[] = [];
  if (onPost > 0) notes.push(`${onPost} of the drafts nudged are held until posting: asked about by the pre-send check, not shown while typing`);
  if (uncheckedBy.size > 0) {
    const by = [...uncheckedBy].map(([pack, n]) => `${pack} ${n}`).join(', ');
    const total = [...uncheckedBy.values()].reduce((a, b) => a + b, 0);
    notes.push(`${total} drafts labelled only with categories their school's pack does not check (${by}) count as quiet: the school switched them off`);
  }
  if (show) {
    notes.push(`missed: ${misses.join('; ') || 'none'}`);
    notes.push(`false alarms: ${alarms.join('; ') || 'none'}`);
  }
  return {
    title,
    measures: [
      { name: 'recall (should nudge, did)', value: rate(hit, hit + missed), detail: `${hit}/${hit + missed}`, target: { op: '≥', value: 0.95 } },
      { name: 'false alarms (should stay quiet, nudged)', value: rate(falseAlarm, falseAlarm + quiet), detail: `${falseAlarm}/${falseAlarm + quiet}`, target: { op: '≤', value: 0.03 } },
      { name: 'category macro F1', value: counts.size === 0 ? 0 : f1Sum / counts.size, detail: `${counts.size} categories`, target: { op: '≥', value: 0.85 } },
    ],
    breakdown: { header: ['category', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], rows },
    notes,
  };
}

// ---- HateCheck ----

function hateCheck(): Section {
  const by = new Map<string, { hateful: boolean; n: number; nudged: number; threatOrHate: number }>();
  for (const { functionality, hateful, text } of hateCheckCases()) {
    const got = run(text);
    const entry = by.get(functionality) ?? { hateful, n: 0, nudged: 0, threatOrHate: 0 };
    entry.n++;
    if (got.nudge) entry.nudged++;
    if (got.categories.includes('threat') || got.categories.includes('hate')) entry.threatOrHate++;
    by.set(functionality, entry);
  }
  let hN = 0;
  let hNudged = 0;
  let cN = 0;
  let cNudged = 0;
  const table: string[][] = [];
  for (const [f, e] of [...by].sort(([a, x], [b, y]) => Number(y.hateful) - Number(x.hateful) || a.localeCompare(b))) {
    if (e.hateful) {
      hN += e.n;
      hNudged += e.nudged;
    } else {
      cN += e.n;
      cNudged += e.nudged;
    }
    table.push([f, e.hateful ? 'nudge' : 'quiet', String(e.n), fixed(rate(e.nudged, e.n)), fixed(rate(e.threatOrHate, e.n))]);
  }
  return {
    title: `HateCheck functional tests (${hN + cN} cases; school generic, role parent)`,
    measures: [
      { name: 'hateful cases nudged', value: rate(hNudged, hN), detail: `${hNudged}/${hN}`, target: { op: '≥', value: 0.9 } },
      { name: 'non-hateful contrast cases nudged', value: rate(cNudged, cN), detail: `${cNudged}/${cN}`, target: { op: '≤', value: 0.1 } },
    ],
    breakdown: { header: ['functionality', 'should', 'n', 'nudged', 'as threat/hate'], rows: table },
    notes: [
      'target_indiv_nh and target_group_nh include threats against people outside the protected groups ("I want to murder him");',
      'PRODUCT.md §3 nudges threats wherever they are aimed, so those nudges are by design.',
    ],
  };
}

// ---- TweetEval ----

function tweetEvalSentiment(): Section {
  const { texts, labels } = tweetEval('sentiment');
  const n = [0, 0, 0];
  const nudged = [0, 0, 0];
  const categories = new Map<string, number>();
  texts.forEach((text, i) => {
    const label = Number(labels[i]);
    const got = run(text);
    n[label] = (n[label] ?? 0) + 1;
    if (got.nudge) {
      nudged[label] = (nudged[label] ?? 0) + 1;
      if (label !== 0) for (const c of got.categories) categories.set(c, (categories.get(c) ?? 0) + 1);
    }
  });
  const quietN = (n[1] ?? 0) + (n[2] ?? 0);
  const quietNudged = (nudged[1] ?? 0) + (nudged[2] ?? 0);
  return {
    title: `TweetEval sentiment test split (${texts.length} tweets; school generic, role parent)`,
    measures: [
      { name: 'positive/neutral tweets nudged', value: rate(quietNudged, quietN), detail: `${quietNudged}/${quietN}`, target: { op: '≤', value: 0.01 } },
      { name: 'negative tweets nudged (for information)', value: rate(nudged[0] ?? 0, n[0] ?? 0), detail: `${nudged[0] ?? 0}/${n[0] ?? 0}` },
    ],
    notes: [`categories of the positive/neutral nudges: ${[...categories].map(([c, k]) => `${c} ${k}`).join(', ') || 'none'}`],
  };
}

function tweetEvalOffensive(): Section {
  const { texts, labels } = tweetEval('offensive');
  const n = [0, 0];
  const nudged = [0, 0];
  const categories = new Map<string, number>();
  texts.forEach((text, i) => {
    const label = Number(labels[i]);
    const got = run(text);
    n[label] = (n[label] ?? 0) + 1;
    if (got.nudge) nudged[label] = (nudged[label] ?? 0) + 1;
    for (const c of got.categories) categories.set(c, (categories.get(c) ?? 0) + 1);
  });
  const other = [...categories].filter(([c]) => c !== 'threat' && c !== 'hate');
  return {
    title: `TweetEval offensive test split (${texts.length} tweets, OLID; school generic, role parent)`,
    measures: [
      { name: 'offensive tweets nudged (for information)', value: rate(nudged[1] ?? 0, n[1] ?? 0), detail: `${nudged[1] ?? 0}/${n[1] ?? 0}` },
      { name: 'not-offensive tweets nudged (for information)', value: rate(nudged[0] ?? 0, n[0] ?? 0), detail: `${nudged[0] ?? 0}/${n[0] ?? 0}` },
    ],
    notes: [
      'General offensive language, not about a school: only threats and hate among it should nudge.',
      `nudges by category: ${[...categories].map(([c, k]) => `${c} ${k}`).join(', ') || 'none'}` +
        (other.length > 0 ? ' (categories other than threat/hate here are false alarms)' : ''),
    ],
  };
}

// ---- ETHOS ----

function ethos(): Section {
  let violent = 0;
  let violentNudged = 0;
  let other = 0;
  let otherNudged = 0;
  for (const { text, violence } of ethosComments()) {
    const got = run(text);
    if (violence >= 0.5) {
      violent++;
      if (got.nudge) violentNudged++;
    } else {
      other++;
      if (got.nudge) otherNudged++;
    }
  }
  return {
    title: `ETHOS multi-label (${violent + other} hateful comments; school generic, role parent)`,
    measures: [
      { name: 'violence ≥ 0.5 nudged', value: rate(violentNudged, violent), detail: `${violentNudged}/${violent}` },
      { name: 'violence < 0.5 nudged (all are hate speech; for information)', value: rate(otherNudged, other), detail: `${otherNudged}/${other}` },
    ],
    notes: ['PRODUCT.md §8 sets no ETHOS target; every comment in this file was labelled hate speech.'],
  };
}

// ---- output ----

function plain(sections: Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(s.title);
    const w = Math.max(...s.measures.map((m) => m.name.length));
    for (const m of s.measures) {
      const verdict = passes(m);
      const target = m.target ? `${m.target.op} ${m.target.value.toFixed(2)}` : '';
      out.push(
        `  ${m.name.padEnd(w)}  ${fixed(m.value)} ${`(${m.detail})`.padEnd(14)} ${target.padEnd(7)} ${verdict === undefined ? '' : verdict ? 'pass' : 'FAIL'}`.trimEnd(),
      );
    }
    if (s.breakdown) {
      const widths = s.breakdown.header.map((h, i) => Math.max(h.length, ...(s.breakdown?.rows ?? []).map((r) => (r[i] ?? '').length)));
      const line = (cells: string[]): string => `    ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
      out.push(line(s.breakdown.header));
      for (const r of s.breakdown.rows) out.push(line(r));
    }
    for (const note of s.notes) out.push(`  ${note}`);
    out.push('');
  }
  return out.join('\n');
}

function markdown(sections: Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`**${s.title}**`, '', '| measure | value | target | |', '| --- | --- | --- | --- |');
    for (const m of s.measures) {
      const verdict = passes(m);
      out.push(
        `| ${m.name} | ${fixed(m.value)} (${m.detail}) | ${m.target ? `${m.target.op} ${m.target.value.toFixed(2)}` : '—'} | ${verdict === undefined ? '' : verdict ? 'pass' : '**fail**'} |`,
      );
    }
    out.push('');
    if (s.breakdown) {
      out.push(`| ${s.breakdown.header.join(' | ')} |`, `| ${s.breakdown.header.map(() => '---').join(' | ')} |`);
      for (const r of s.breakdown.rows) out.push(`| ${r.join(' | ')} |`);
      out.push('');
    }
    for (const note of s.notes) out.push(`${note}  `);
    if (s.notes.length > 0) out.push('');
  }
  return out.join('\n');
}

// ---- the training corpus: its test split, and the learning curve ----

function corpusSplit(show: boolean, records: readonly CorpusRecord[], split: 'test' | 'val'): Section {
  const batches = [...new Set(records.map((r) => r.batch))].join(', ');
  const what = split === 'test' ? 'test split' : 'validation split';
  const why = split === 'test' ? 'never trained on' : 'not trained on, but the thresholds were chosen on it, so it flatters';
  return scoreCorpus(records, `Training corpus, ${what} (${records.length} drafts, batches ${batches}; ${why})`, show);
}

/**
 * A post often holds more than one problem. Two breaches of different kinds by the same role at the same school
 * (each of one category, under 400 characters), joined into one draft: of the parts whose kind is named when judged
 * alone, how many are still named in the joined draft. 400 pairs, drawn the same way at every run.
 */
function twoBreaches(records: readonly CorpusRecord[], of: string): Section {
  const single = records.filter((r) => r.expect === 'nudge' && r.text.length < 400 && r.categories.length === 1);
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const named = (r: Labelled): Set<string> => new Set(run(r.text, r.school, r.role as Role | undefined).categories);
  let pairs = 0;
  let alone = 0;
  let kept = 0;
  const lost = new Map<string, [number, number]>();
  for (let tries = 0; tries < 6000 && pairs < 400 && single.length > 1; tries++) {
    const a = single[Math.floor(next() * single.length)] as CorpusRecord;
    const b = single[Math.floor(next() * single.length)] as CorpusRecord;
    if (a === b || a.role !== b.role || a.school !== b.school || a.categories[0] === b.categories[0]) continue;
    pairs++;
    const both = named({ ...a, text: `${a.text.trim()} ${b.text.trim()}` });
    for (const part of [a, b]) {
      const kind = part.categories[0] as string;
      if (!named(part).has(kind)) continue;
      alone++;
      const [l, n] = lost.get(kind) ?? [0, 0];
      lost.set(kind, [l + (both.has(kind) ? 0 : 1), n + 1]);
      if (both.has(kind)) kept++;
    }
  }
  return {
    title: `Two breaches in one draft (${pairs} pairs of ${of}'s breaches of one kind each)`,
    measures: [{ name: 'both kinds still named', value: rate(kept, alone), detail: `${kept}/${alone}` }],
    breakdown: {
      header: ['category', 'named alone', 'lost when joined'],
      rows: [...lost].sort(([x], [y]) => x.localeCompare(y)).map(([c, [l, n]]) => [c, String(n), String(l)]),
    },
    notes: ['Only parts whose kind is named when judged alone count; a part lost when joined is the same words, one draft later.'],
  };
}

/**
 * While someone types, the engine reads the draft at each pause: every start of a message is judged, not only the
 * finished post. The first 1 to 6 words of each quiet draft (one that has at least two words more), each judged as a
 * draft with its record's school and role: how many nudge while typing, by length, and how many more are held until
 * the way to posting (`Verdict.onPost`: shown only if posted as they stand). `of` names the drafts in the title.
 */
function typedStarts(records: readonly Labelled[], of: string): Section {
  const quiet = records.filter((r) => r.expect === 'quiet');
  const rows: string[][] = [];
  let all = 0;
  let nudged = 0;
  let held = 0;
  for (let words = 1; words <= 6; words++) {
    let n = 0;
    let k = 0;
    let h = 0;
    for (const rec of quiet) {
      const split = rec.text.split(/\s+/).filter(Boolean);
      if (split.length <= words + 2) continue;
      n++;
      const row = run(split.slice(0, words).join(' '), rec.school, rec.role as Role | undefined);
      if (row.nudge && row.onPost) h++;
      else if (row.nudge) k++;
    }
    rows.push([String(words), String(n), String(k), fixed(rate(k, n)), String(h)]);
    all += n;
    nudged += k;
    held += h;
  }
  return {
    title: `Starts of messages while they are typed (the first 1–6 words of ${of}'s ${quiet.length} quiet drafts)`,
    measures: [{ name: 'starts nudged while typing', value: rate(nudged, all), detail: `${nudged}/${all}` }],
    breakdown: { header: ['words', 'starts', 'nudged', 'rate', 'held until posting'], rows },
    notes: [`${held} more are held until posting: shown only if posted as they stand (a short draft only the model found, short of sure).`],
  };
}

function learningCurve(): Section | undefined {
  if (!existsSync(CURVE_FILE)) return undefined;
  const { curve, commit } = JSON.parse(readFileSync(CURVE_FILE, 'utf8')) as {
    commit: string;
    curve: { fraction: number; drafts: number; val: { recall: number; falseAlarms: number; macroF1: number } }[];
  };
  return {
    title: `Learning curve (validation split; npm run train -- --curve, trained from the tree of ${commit})`,
    measures: [],
    breakdown: {
      header: ['training batches', 'drafts', 'recall', 'false alarms', 'macro F1'],
      rows: curve.map((c) => [`${c.fraction * 100}%`, String(c.drafts), fixed(c.val.recall), fixed(c.val.falseAlarms), fixed(c.val.macroF1)]),
    },
    notes: ['Thresholds are chosen on the validation split, so these figures flatter; the test split above does not.'],
  };
}

let engineModel: Model | null | undefined;

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  // `SECOND_THOUGHT_MODEL_FILE` (scripts/model-file.ts, which checked it) judges as `--model` does, and says so.
  if (options.model === undefined && !options.rulesOnly && process.env[MODEL_FILE_VARIABLE]) options.model = modelFilePath();
  if (options.rulesOnly && options.model !== undefined) {
    process.stderr.write('eval: --rules-only judges without a model; give --model or --rules-only, not both\n');
    return 2;
  }
  if (options.rulesOnly) engineModel = null;
  else if (options.model !== undefined) {
    try {
      engineModel = decodeModel(new Uint8Array(readFileSync(options.model)));
    } catch (e) {
      process.stderr.write(`eval: --model ${options.model}: not a model file (${(e as Error).message})\n`);
      return 2;
    }
  }
  const sections: Section[] = [];
  if (options.corpora.length > 0) {
    for (const file of options.corpora.map((f) => resolve(f))) {
      const records = readLabelledCorpus(file);
      sections.push(scoreFile(file, options.show, records), typedStarts(records, corpusName(file)));
    }
  } else {
    if (existsSync(options.corpusDir)) {
      const chosen = readCorpus(options.corpusDir).filter((r) => r.split === options.split);
      const of = options.split === 'test' ? 'the test split' : 'the validation split';
      sections.push(corpusSplit(options.show, chosen, options.split), typedStarts(chosen, of), twoBreaches(chosen, of));
    }
    sections.push(scoreFile(DEV, options.show));
  }
  if (!options.quick) sections.push(hateCheck(), tweetEvalSentiment(), tweetEvalOffensive(), ethos());
  // The recorded curve is the shipped model's: not printed beside another model's figures.
  const curve = options.corpora.length === 0 && options.model === undefined ? learningCurve() : undefined;
  if (curve) sections.push(curve);
  if (options.model !== undefined) process.stdout.write(`Judged with the model file ${options.model}, not the shipped one.\n\n`);
  process.stdout.write(options.markdown ? markdown(sections) : plain(sections));
  const failed = sections.flatMap((s) => s.measures).filter((m) => passes(m) === false);
  return options.strict && failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
