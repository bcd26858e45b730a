/**
 * `npm run train`: fit the engine's model on the training corpus and the public training sets (the linear model,
 * then a second stage on out-of-fold scores: src/engine/model/stack.ts), choose each
 * category's threshold on the validation split, and write the model the extension ships
 * (src/engine/model/model.bin). Deterministic for a seed; a few minutes on a 2-core machine.
 *
 *   npm run train                   train and write the model
 *   npm run train -- --curve        also train on 25% and 50% of the corpus's training batches and write the
 *                                   learning curve (corpus/learning-curve.json) that `npm run eval` prints
 *   npm run train -- --dry-run      train and report, write nothing
 *   npm run train -- --seed N       another seed (default 7)
 *   npm run train -- --fit JSON     override fitting settings (epochs, alpha, beta, l1, l2), for experiments
 *   npm run train -- --public-weight W   how much a public post counts beside a corpus draft (default 0.3)
 *   npm run train -- --corpus-dir DIR    train on another copy of the corpus (a frozen snapshot, for experiments)
 *   npm run train -- --false-alarm-target F   quiet validation drafts the thresholds may nudge (default 0.025)
 *   npm run train -- --size-budget BYTES      the model file's gzipped budget (default 178000, for the package's)
 *   npm run train -- --no-spent               leave out the independent sets already scored (see readSpentIndependent)
 *   npm run train -- --wherever               threats and hate stand alone from no higher than the gate (experiment)
 *   npm run train -- --hateful-val            count held-back hateful tweets among the breaches thresholds catch (experiment)
 *   npm run train -- --spent-train-only       train on the older ones, but choose thresholds without the newest
 *   npm run train -- --report FILE            also score a labelled file with the model just trained (repeatable)
 *   npm run train -- --hold-out NAME          leave a spent independent set (fresh-300-d…) out, to --report it
 *   npm run train -- --direct-rule ID         let one rule of another category stand alone if precise enough (experiment)
 *   npm run train -- --no-stack               the linear model alone, without the second stage (src/engine/model/stack.ts)
 *   npm run train -- --stack-fit JSON         override the second stage's settings (hidden, epochs, batch, rate, decay)
 *   npm run train -- --model-out FILE         write the model to FILE instead (for experiments; also with --dry-run)
 *   npm run train -- --stack-public W         how much a public post counts in the second stage (default 0.3; 0: not at all)
 *   npm run train -- --solo-precision P       threats and hate (or --solo-categories) stand alone from where they were right P of the time (experiment)
 *   npm run train -- --keep-solo FILE         threats and hate (or --solo-categories) stand alone from where the model in FILE has them (experiment)
 *   npm run train -- --solo-categories C,…    the categories those two set, instead of threats and hate (experiment)
 *   npm run train -- --augment                also train on starts of quiet drafts and pairs of breaches (experiment)
 *   npm run train -- --augment-starts R       with --augment: the share of quiet drafts whose start is taken (0.25)
 *   npm run train -- --augment-pairs-without C,…  with --augment: no pair of breaches holds these categories
 *   npm run train -- --augment-starts-unsaid  with --augment: a quiet draft's start is taken only where no rule reads
 *                                             anything in it (a start like "I'm going to kill" is not taught quiet)
 *   npm run train -- --augment-said           with --augment: also the starts of breaches whose rule evidence
 *                                             already shows the breach, as those categories (experiment)
 *   npm run train -- --threat-weight W        in the threshold search a threat caught counts W breaches (default 1;
 *                                             experiment: docs/model.md)
 *   npm run train -- --threat-boost B         in fitting, both stages, the threat label's positives weigh B times what
 *                                             they did (the "nudge" label's do not; default 1; experiment: docs/model.md)
 *   npm run train -- --thresholds-for FILE    no fitting: choose the thresholds of the model in FILE again, on today's
 *                                             validation drafts (with --model-out, --dry-run and the options above)
 *
 * The test split of the corpus is never read here (thresholds come from validation alone), nor is the dev corpus,
 * nor any public test split, nor an independent set not yet scored (it is kept outside the repository until then).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { prepare } from '../src/engine/analyze';
import type { Prepared } from '../src/engine/analyze';
import { allowed, fitsRole, floorFor, modelFindings, probabilities, stackInputs, standsAlone } from '../src/engine/decide';
import { readFirstStage } from '../src/engine/model/first-stage';
import { BITS, BUCKETS, featureSet } from '../src/engine/model/features';
import { decodeModel, encodeModel, MAX_LEVELS } from '../src/engine/model/model';
import type { Label, Model, ModelHeader } from '../src/engine/model/model';
import { CATEGORIES, packChecks } from '../src/engine/types';
import { CATALOGUE } from '../src/engine/rules/catalogue.generated';
import type { AnalyzeOptions, Category } from '../src/engine/types';
import { optionsFor, publicSets, readCorpus, readLabelled, readSpentIndependent, ROOT } from './train/data';
import type { CorpusRecord, PublicRecord } from './train/data';
import { fit, rng, shuffle } from './train/fit';
import { chooseLevels, nearest } from './train/levels';
import { MODEL_FILE, withHeader } from './model-file';
import { checkedLabels } from './check-records';
import type { Example, FitOptions } from './train/fit';
import { fitStack } from './train/stack-fit';
import type { StackExample } from './train/stack-fit';
import type { Stack } from '../src/engine/model/stack';

/** The options this script reads (the comment above says what each does): flags, then options with a value. */
const FLAGS = new Set(['--curve', '--dry-run', '--no-spent', '--wherever', '--hateful-val', '--spent-train-only', '--no-stack', '--augment', '--augment-said', '--augment-starts-unsaid']);
const VALUED = new Set([
  '--seed', '--fit', '--public-weight', '--corpus-dir', '--false-alarm-target', '--size-budget', '--report', '--hold-out',
  '--direct-rule', '--stack-fit', '--model-out', '--stack-public', '--solo-precision', '--keep-solo', '--augment-starts',
  '--thresholds-for', '--augment-pairs-without', '--threat-weight', '--threat-boost', '--solo-categories',
]);
/** Exits with the usage for --help, and with a clear error for an option it does not know: never trains on a typo. */
function checkArguments(argv: readonly string[]): void {
  const usage = (readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0] ?? '').replace(/^\/\*\*\n|^ \* ?/gm, '');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage);
      process.exit(0);
    }
    if (VALUED.has(arg)) {
      if (argv[i + 1] === undefined) {
        process.stderr.write(`train: ${arg} needs a value (npm run train -- --help)\n`);
        process.exit(2);
      }
      i++;
    } else if (!FLAGS.has(arg)) {
      process.stderr.write(`train: ${arg} is not an option train knows (npm run train -- --help)\n`);
      process.exit(2);
    }
  }
}
checkArguments(process.argv.slice(2));

const LABELS: Label[] = [...CATEGORIES, 'nudge'];
const L = LABELS.length;
const NUDGE = L - 1;
const CURVE_FILE = join(ROOT, 'corpus', 'learning-curve.json');
/** Categories in which a rule's hit may find its category on its own, if the rule proves precise enough. */
const DIRECT_CANDIDATES: readonly Category[] = ['threat', 'hate', 'personal_info'];
/**
 * Single rules of other categories that may stand alone on the same terms (`--direct-rule ID` adds one, to try).
 * Calling a named person a paedophile is as unmistakable as a threat; with only the model it went quiet in plain
 * cases ("mr x is a paedo everyone knows it" scored 0.22). On the 80,372-draft corpus, with it a candidate,
 * validation and the spent sets fresh-300-k and -l held out scored the same as without it (0.768 / 0.025 / 0.757;
 * 0.904 / 0.007 / 0.879; 0.921 / 0.007 / 0.864).
 */
const DIRECT_CANDIDATE_RULES: readonly string[] = [
  'allegation.child-abuser',
  ...process.argv.flatMap((a, i) => (process.argv[i - 1] === '--direct-rule' ? [a] : [])),
];
{
  const known = new Set(CATALOGUE.families.flatMap((f) => f.rules.map((r) => r.id)));
  const unknown = DIRECT_CANDIDATE_RULES.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`direct-rule candidates: no rule ${unknown.join(', ')} in rules/*.yaml`);
}
/**
 * How often a rule's plain hits must have been right on the training batches for them to stand alone. On the
 * 21,622-draft corpus, on validation: 0.9 (15 rules) 0.757 / 0.020 / 0.766; 0.95 (8) 0.750 / 0.761; 1 (7) 0.772 /
 * 0.020 / 0.771; none 0.769 / 0.770 (recall, false alarms, macro F1). 1 was best on validation, but with it threats
 * and harm aimed at a whole group stood on the model alone: "I'm going to kill all Muslims." went quiet and HateCheck's
 * hateful cases fell from 0.78 to 0.62 (docs/model.md). Validation holds few such drafts; 0.9 stays.
 */
const DIRECT_PRECISION = 0.9;
/**
 * Quiet validation drafts the chosen thresholds may nudge, at most (`--false-alarm-target` for experiments). 2% on
 * validation gave 3.0% false alarms on the first independent set; 3% gave 9.3% on the second (docs/model.md). Since
 * the spent independent sets train and the newest joins validation, on sets held out (docs/model.md): 2% gave
 * fresh-300-e 0.824 / 0.007 and fresh-300-d 0.891 / 0.030; 2.5% 0.848 / 0.015 and 0.897 / 0.030; 3% (e) 0.848 / 0.037.
 * With the corpus of 49 writers, whose validation split is almost all hard look-alikes, on the spent sets held out:
 * 2.5% gave fresh-300-g 0.865 / 0.007 and fresh-300-f 0.879 / 0.022; 3.5% g 0.883 / 0.015; 4.5% g 0.920 / 0.015 and
 * f 0.915 / 0.037. With the 59,122-draft corpus of 70 writers, fresh-300-g and fresh-300-h held out: 2.5% gave
 * 0.853 / 0.015 and 0.915 / 0.037; 3% 0.883 / 0.015 and 0.939 / 0.044; 4% 0.908 / 0.029 and 0.958 / 0.044. 3% was
 * the lowest budget whose recall on the two, together, reached the 0.90 independent drafts need. With the
 * 75,372-draft corpus of 93 writers, fresh-300-g to -j held out (recall / false alarms, mean of the four): 2% gave
 * 0.891 / 0.015, 2.5% 0.908 / 0.019 (docs/model.md). With the 87,872-draft corpus of 110 writers, fresh-300-g to -l
 * held out (mean of the six): 2% gave 0.906 / 0.011 (on 85,622 drafts, 0.899 / 0.012; 2.5% there 0.916 / 0.016). 2%
 * was shipped once (3ffa312) and went back: its `nudge` gate sat at 0.99 and complaint stood alone only from 0.87, so
 * "Really disappointed in the school. The head ignores every email and the office staff are useless." went quiet
 * (complaint 0.79; the extension's own practice-page test failed), and fresh-300-m, scored once, gave 0.809 recall.
 * With the 107,247-draft corpus, fresh-300-zp, -zq and -zr held out (pooled, 454 breaches, 446 quiet): 2% gave
 * 0.943 / 0.022, 2.5% 0.958 / 0.022, 2.8% 0.969 / 0.022: the stricter budget kept the same false alarms there and
 * cost recall (docs/model.md, "fresh-300-zt…").
 */
const falseAlarmAt = process.argv.indexOf('--false-alarm-target');
const FALSE_ALARM_TARGET = falseAlarmAt >= 0 ? Number(process.argv[falseAlarmAt + 1]) : 0.025;
/**
 * The lowest probability at which the model alone may nudge (the gate, or a category standing alone): a finding
 * should be likelier than not. Without it the search set photo's at 0.35, and "Year 6 absolutely smashed it at the
 * gala, so proud of them all!" was found to share photos (0.38).
 */
const LEAST_ALONE = 0.5;
/** Everyday posts (TweetEval offensive val, not offensive) the chosen thresholds may nudge, at most (§8: ≤ 0.01). */
const EVERYDAY_TARGET = 0.007;
/**
 * `--solo-precision P` (experiment): threats and hate stand alone from the lowest probability at which, on validation,
 * at least P of the drafts at or above it that may find the category are labelled with it (as direct rules stand alone
 * when right DIRECT_PRECISION of the time), rather than wherever the search's next move catches most. Their
 * stand-alone thresholds are what nudges hate and threats aimed outside any school (PRODUCT.md §3), which the
 * validation drafts hold few of: the search set them anywhere from 0.50 to 0.97 between neighbouring corpora. Tried
 * at 0.9 on the 103,497-draft corpus: threat alone from 0.50, hate from 0.55, but validation 0.840 / 0.026 against
 * the shipped model's 0.846 / 0.026 (hate alone from 0.5 nudged positive mentions of groups and counter-speech, and
 * the gate rose to make room); not shipped (docs/model.md), so it stays an experiment.
 */
const soloPrecisionAt = process.argv.indexOf('--solo-precision');
const SOLO_PRECISION = soloPrecisionAt >= 0 ? Number(process.argv[soloPrecisionAt + 1]) : null;
if (SOLO_PRECISION !== null && !(SOLO_PRECISION > 0 && SOLO_PRECISION <= 1)) {
  process.stderr.write('train: --solo-precision needs a share between 0 and 1\n');
  process.exit(2);
}
/**
 * The categories `--solo-precision` and `--keep-solo` set: threats and hate, or those `--solo-categories C,…` names
 * (experiment: naming_child kept from the shipped model, where a retrain's search let it stand alone from 0.82
 * against 0.96 and nudged parents' own children and children at clubs, docs/model.md).
 */
const PRECISE_ALONE: readonly Category[] = soloCategories();
const LEAST_DRAFTS_FOR_PRECISION = 20;

function soloCategories(): Category[] {
  const at = process.argv.indexOf('--solo-categories');
  if (at < 0) return ['threat', 'hate'];
  const list = (process.argv[at + 1] ?? '').split(',').filter((c) => c !== '');
  const unknown = list.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  if (list.length === 0 || unknown.length > 0) {
    process.stderr.write(`train: --solo-categories needs categories separated by commas${unknown.length > 0 ? `; not a category: ${unknown.join(', ')}` : ''}\n`);
    process.exit(2);
  }
  if (!process.argv.includes('--keep-solo') && soloPrecisionAt < 0) {
    process.stderr.write('train: --solo-categories says which categories --keep-solo or --solo-precision sets; give one of them\n');
    process.exit(2);
  }
  return list as Category[];
}
/**
 * `--keep-solo FILE` (experiment): threats and hate stand alone from the same probabilities as in the model in FILE
 * (the one shipped), and the search leaves them. Those two knobs decide how much hate and threat aimed outside any
 * school is nudged, which the school-minded validation drafts barely hold; between neighbouring corpora the search
 * moved them by more than the data moved anything else (hate alone from 0.69 in one retrain, 0.92 in the next, with
 * HateCheck's hateful cases 0.907 against 0.809: docs/model.md). Keeping them keeps that behaviour while the rest
 * is chosen again.
 */
const keepSoloAt = process.argv.indexOf('--keep-solo');
const KEPT_SOLO: readonly number[] | null = keepSoloAt >= 0 ? keptSolo(process.argv[keepSoloAt + 1]) : null;
if (KEPT_SOLO !== null && SOLO_PRECISION !== null) {
  process.stderr.write('train: --keep-solo and --solo-precision both set the stand-alone thresholds of the same categories; choose one\n');
  process.exit(2);
}

/** The stand-alone thresholds of the model in `file`, by this build's labels (a label it lacks: an error). */
function keptSolo(file: string | undefined): number[] {
  if (file === undefined || file.startsWith('--')) {
    process.stderr.write('train: --keep-solo needs a model file (e.g. src/engine/model/model.bin)\n');
    process.exit(2);
  }
  const kept = decodeModel(new Uint8Array(readFileSync(file)));
  return CATEGORIES.map((c) => {
    const at = kept.labels.indexOf(c);
    if (at < 0) throw new Error(`--keep-solo: ${file} has no label ${c}`);
    return kept.header.solo[at] as number;
  });
}

/** For the model card: where `--keep-solo` took threats' and hate's stand-alone thresholds from, and what they are. */
function keptSoloNote(): Record<string, unknown> | null {
  if (KEPT_SOLO === null) return null;
  return { from: process.argv[keepSoloAt + 1], ...Object.fromEntries(PRECISE_ALONE.map((c) => [c, KEPT_SOLO[CATEGORIES.indexOf(c)]])) };
}

/** Categories tied to the gate with `--wherever` (chooseThresholds). */
const WHEREVER: readonly Category[] = process.argv.includes('--wherever') ? ['threat', 'hate'] : [];

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const budgetAt = args.indexOf('--size-budget');
/**
 * The model file's budget, gzipped, in bytes. The issue allows 250 KB for the model, but the whole package must stay
 * within 400 KB zipped (PRODUCT.md §7). Since the store zips are deflated by zlib (scripts/package.ts) the rest of
 * it takes about 225 KB, and the shipped model's 172,101 gzipped bytes zip to 170,158: 178,000 leaves about 3 KB.
 * With 4-bit weights, 185 KB kept all but the lightest (below 4–7/127 of a label's scale); 208 KB scored no better
 * on validation (docs/model.md). A stronger L1 term (9) keeps the model small without pruning, which cost 5 points
 * of recall at 100 KB. (The shipped model takes 172,100 bytes in format 6; the 185 KB budget was set in format 5's
 * bytes.)
 */
const SIZE_BUDGET = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 178_000;
/** A weight option's value, 1 when not given; a value below 1 (or not a number) stops train with an error. */
function weightOption(option: string): number {
  const at = args.indexOf(option);
  const value = at >= 0 ? Number(args[at + 1]) : 1;
  if (!(value >= 1)) {
    process.stderr.write(`train: ${option} needs a number of at least 1\n`);
    process.exit(2);
  }
  return value;
}
/** How many breaches a threat caught counts as in the threshold search (chooseThresholds); 1, every breach alike, unless given. */
const THREAT_WEIGHT = weightOption('--threat-weight');
const THREAT = LABELS.indexOf('threat');
/**
 * How much more the threat label's positives weigh in fitting, in both stages (1 unless given; the "nudge" label and
 * the other labels are untouched): the threshold search's weight (`--threat-weight`) cannot catch threats a model
 * ranks low, this asks the model to score them higher. Recorded in the model's header when not 1.
 */
const THREAT_BOOST = weightOption('--threat-boost');
const seedAt = args.indexOf('--seed');
const SEED = seedAt >= 0 ? Number(args[seedAt + 1]) : 7;
if (!Number.isInteger(SEED)) {
  process.stderr.write('train: --seed needs a whole number\n');
  process.exit(2);
}

const log = (line: string): void => {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

const fitAt = args.indexOf('--fit');
/** The fitting settings; `--fit '{"epochs":8}'` overrides some, for experiments on the validation split. */
const FIT: Omit<FitOptions, 'seed'> = {
  labels: L,
  buckets: BUCKETS,
  epochs: 6,
  alpha: 0.2,
  beta: 1,
  l1: 9,
  l2: 2,
  ...(fitAt >= 0 ? (JSON.parse(args[fitAt + 1] ?? '{}') as Partial<FitOptions>) : {}),
};
/** `--hold-out NAME` (experiment, repeatable): train as if that spent independent set had not been written yet. */
const HELD_OUT = args.flatMap((a, i) => (args[i - 1] === '--hold-out' ? [a] : []));
const publicAt = args.indexOf('--public-weight');
const PUBLIC_WEIGHT = publicAt >= 0 ? Number(args[publicAt + 1]) : 0.3;

/** A held-back public post as a quiet record of the generic pack. */
const EVERYDAY_RECORD: CorpusRecord = {
  id: '',
  batch: 'public',
  split: 'val',
  site: 'x',
  role: 'parent',
  school: 'generic',
  text: '',
  expect: 'quiet',
  categories: [],
  target: 'none',
  register: 'standard',
  topic: 'public',
  lookalike: null,
};

interface Prepped {
  record: CorpusRecord;
  prepared: Prepared;
  options: AnalyzeOptions;
  buckets: Int32Array;
}

function prepCorpus(records: readonly CorpusRecord[]): Prepped[] {
  return records.map((record) => {
    const options = optionsFor(record.school, record.role);
    const prepared = prepare(record.text, options);
    return { record, prepared, options, buckets: featureSet(prepared, options.role) };
  });
}

function corpusExample(p: Prepped): Example {
  const y = new Uint8Array(L);
  const mask = new Uint8Array(L).fill(1);
  for (const c of p.record.categories) y[CATEGORIES.indexOf(c)] = 1;
  y[NUDGE] = p.record.categories.length > 0 ? 1 : 0;
  // Staff conduct is a staff-only category: parents' drafts say nothing about it either way.
  if (p.options.role !== 'staff') mask[CATEGORIES.indexOf('staff_conduct')] = 0;
  // A breach only by the school's stricter clause: the pack's rule decides it, the model learns the common line.
  if (p.record.packOnly === true) for (const c of [...p.record.categories, 'nudge' as const]) mask[LABELS.indexOf(c)] = 0;
  return { buckets: p.buckets, y, mask, weight: 1 };
}

/** A public post ready to train: its example, and what the second stage reads from it. */
interface PublicPrepped {
  example: Example;
  prepared: Prepared;
  options: AnalyzeOptions;
}

function publicExample(r: PublicRecord): PublicPrepped {
  const options = optionsFor('generic', 'parent');
  const prepared = prepare(r.text, options);
  const y = new Uint8Array(L);
  const mask = new Uint8Array(L);
  for (const [c, v] of Object.entries(r.labels)) {
    const l = CATEGORIES.indexOf(c as Category);
    mask[l] = 1;
    y[l] = v;
  }
  // The `nudge` output is never taught by public posts: on validation, their idea of offensive (weighted 0.1 and
  // 0.35) lowered recall at the same false-alarm rate. They teach the categories they are labelled for.
  return { example: { buckets: featureSet(prepared, options.role), y, mask, weight: PUBLIC_WEIGHT }, prepared, options };
}

/**
 * Quantise to int8 per label, keep the buckets that carry weight (pruning the lightest until within budget), and
 * round each label's kept weights to at most 16 levels, which the model file stores as 4-bit codes.
 */
function pack(weights: Float32Array, bias: Float32Array, header: Omit<ModelHeader, 'scale' | 'bias'>, stack: Stack | null): Uint8Array {
  const scale = new Array<number>(L).fill(0);
  for (let l = 0; l < L; l++) {
    const abs: number[] = [];
    for (let b = 0; b < BUCKETS; b++) {
      const w = Math.abs(weights[b * L + l] as number);
      if (w > 0) abs.push(w);
    }
    abs.sort((a, b) => a - b);
    // Clip at the 99.9th percentile: a few outliers should not cost every other weight its resolution.
    scale[l] = (abs[Math.floor(abs.length * 0.999)] ?? 1) / 127 || 1 / 127;
  }
  const quantise = (w: number, l: number): number => Math.max(-127, Math.min(127, Math.round(w / (scale[l] as number))));
  // Each bucket's heaviest quantised weight: buckets lighter than the floor are dropped, the floor found by bisection.
  const heaviest = new Int32Array(BUCKETS);
  for (let b = 0; b < BUCKETS; b++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(quantise(weights[b * L + l] as number, l)));
    heaviest[b] = m;
  }
  const build = (floor: number): Uint8Array => {
    const kept: number[] = [];
    for (let b = 0; b < BUCKETS; b++) if ((heaviest[b] as number) > floor) kept.push(b);
    const q = new Int8Array(kept.length * L);
    kept.forEach((b, r) => {
      for (let l = 0; l < L; l++) {
        const v = quantise(weights[b * L + l] as number, l);
        q[r * L + l] = Math.abs(v) > floor ? v : 0;
      }
    });
    for (let l = 0; l < L; l++) {
      const rows = kept.map((_, r) => r).filter((r) => q[r * L + l] !== 0);
      const levels = chooseLevels(rows.map((r) => q[r * L + l] as number), MAX_LEVELS);
      for (const r of rows) q[r * L + l] = levels[nearest(levels, q[r * L + l] as number)] as number;
    }
    return encodeModel({ ...header, bias: [...bias], scale }, Int32Array.from(kept), q, stack);
  };
  const size = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
  let lo = 0;
  let hi = 127;
  if (size(build(0)) <= SIZE_BUDGET) hi = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (size(build(mid)) <= SIZE_BUDGET) hi = mid;
    else lo = mid + 1;
  }
  const bytes = build(hi);
  log(`model: weights below ${hi}/127 of a label's scale dropped; ${bytes.length} bytes, ${size(bytes)} gzipped`);
  return bytes;
}

/** Per validation draft: the model's probabilities, which categories may be found, and the direct rules' ones. */
interface Scored {
  /** The labelled categories the draft's school checks (`checkedLabels`): none, and it should stay quiet. */
  want: Set<Category>;
  prob: Float32Array;
  allowed: boolean[];
  /** Per category, whether the pack checks it for this role, whatever the draft is about (`fitsRole`). */
  fits: boolean[];
  /** Per category: whether the draft's pack checks it at all. */
  checked: boolean[];
  /** Categories found by direct rules. */
  ruled: Set<Category>;
  /** Per category: the least probability at which the model alone finds it in this draft (`floorFor`). */
  floor: number[];
}

function scoreAll(model: Model, items: readonly Prepped[]): Scored[] {
  return items.map((p) => ({
    want: new Set(checkedLabels(p.record.categories, p.options.pack)),
    prob: probabilities(model, p.prepared, p.options).prob,
    allowed: CATEGORIES.map((c) => allowed(c, p.prepared, p.options)),
    fits: CATEGORIES.map((c) => fitsRole(c, p.options)),
    checked: CATEGORIES.map((c) => packChecks(p.options.pack, c)),
    ruled: new Set(p.prepared.evidence.filter((e) => standsAlone(model, e)).map((e) => e.category)),
    floor: CATEGORIES.map((c) => floorFor(p.prepared, c)),
  }));
}

/** The second stage is fitted unless `--no-stack` (docs/model.md has both models' figures). */
const STACK = !flag('--no-stack');
/** The second stage learns from first-stage scores of drafts whose batch that first stage never saw: four folds. */
const STACK_FOLDS = 4;
const HATE = CATEGORIES.indexOf('hate');
const stackPublicAt = args.indexOf('--stack-public');
/**
 * `--stack-public W`: how much each public post counts in the second stage (0: they take no part). With none, the
 * second stage nudged plain statements about groups as hate ("Muslims live in my street."): the corpus's drafts that
 * name a group are mostly hostile, and the public posts show it many that are not.
 */
const STACK_PUBLIC = stackPublicAt >= 0 ? Number(args[stackPublicAt + 1]) : 0.3;
const stackAt = args.indexOf('--stack-fit');
/**
 * The second stage's settings (`--stack-fit JSON` overrides some, for experiments). On validation, at 2.5% false
 * alarms, with `fresh-300-p` and `-q` held out (recall / false alarms / macro F1; docs/model.md): first stage alone
 * 0.772 / 0.025 / 0.757; 32 hidden units, 12 epochs 0.817 / 0.775; 32 units, 24 epochs at half the rate 0.814 /
 * 0.779; 64 units, 20 epochs 0.838 / 0.784.
 */
const STACK_FIT = { hidden: 64, epochs: 20, batch: 64, rate: 0.002, decay: 1e-4, ...(stackAt >= 0 ? (JSON.parse(args[stackAt + 1] ?? '{}') as object) : {}) };

function positiveWeights(examples: readonly Example[]): Float32Array {
  const positives = LABELS.map((_, l) => examples.filter((e) => e.mask[l] && e.y[l]).length);
  const negatives = LABELS.map((_, l) => examples.filter((e) => e.mask[l] && !e.y[l]).length);
  const weights = Float32Array.from(positives.map((p, l) => Math.min(4, Math.sqrt((negatives[l] as number) / Math.max(1, p)) / 2) || 1));
  weights[THREAT] = (weights[THREAT] as number) * THREAT_BOOST;
  return weights;
}

/** The second stage's weight of a positive per label: 1 but for threat's `--threat-boost`. */
function stackPositiveWeights(): Float32Array {
  const weights = new Float32Array(L).fill(1);
  weights[THREAT] = THREAT_BOOST;
  return weights;
}

/**
 * Second-stage examples: every training draft scored by a first stage fitted without its batch. With
 * `--stack-public W`, the public posts take part too (each in one of the folds, weighted W): they teach the second
 * stage what they are labelled for, and a post labelled not hate (and nothing else) teaches it not to nudge.
 */
function outOfFold(train: readonly Prepped[], pub: readonly PublicPrepped[], header: Omit<ModelHeader, 'scale' | 'bias'>): StackExample[] {
  const batches = shuffle([...new Set(train.map((p) => p.record.batch))].sort(), rng(SEED));
  const fold = new Map(batches.map((b, i) => [b, i % STACK_FOLDS]));
  const publicFold = shuffle(pub.map((_, i) => i % STACK_FOLDS), rng(SEED + 1));
  const out: StackExample[] = [];
  for (let k = 0; k < STACK_FOLDS; k++) {
    const examples = [
      ...train.filter((p) => fold.get(p.record.batch) !== k).map(corpusExample),
      ...pub.filter((_, i) => STACK_PUBLIC === 0 || publicFold[i] !== k).map((p) => p.example),
    ];
    log(`second stage: fold ${k + 1} of ${STACK_FOLDS}, fitting on ${examples.length} examples`);
    const fitted = fit(examples, { ...FIT, seed: SEED, positiveWeight: positiveWeights(examples) });
    const model = decodeModel(pack(fitted.weights, fitted.bias, header, null));
    for (const p of train) {
      if (fold.get(p.record.batch) !== k) continue;
      const ex = corpusExample(p);
      out.push({ x: stackInputs(model, p.prepared, p.options, readFirstStage(model, p.prepared, p.options.role)), y: ex.y, mask: ex.mask, weight: 1 });
    }
    if (STACK_PUBLIC === 0) continue;
    pub.forEach((p, i) => {
      if (publicFold[i] !== k) return;
      const first = readFirstStage(model, p.prepared, p.options.role);
      const y = p.example.y.slice();
      const mask = p.example.mask.slice();
      // None of these posts is about a school, so only a threat or hate could make one nudge: a post labelled not
      // hate, and nothing else, teaches the second stage not to nudge (a threat among them is rare).
      if (mask[HATE] === 1 && CATEGORIES.every((_, c) => mask[c] === 0 || y[c] === 0)) mask[NUDGE] = 1;
      out.push({ x: stackInputs(model, p.prepared, p.options, first), y, mask, weight: STACK_PUBLIC });
    });
  }
  return out;
}

/** What the thresholds are: per label the naming threshold, and per category the threshold that stands alone. */
interface Thresholds {
  /** Per label: a category is named at or above it once the draft nudges; for `nudge`, the gate itself. */
  name: number[];
  /** Per category: at or above it, the category is found whatever the gate says (1.01: never). */
  solo: number[];
}

/** The categories a draft would be nudged for: exactly as `decide` finds them (`modelFindings`). */
function found(s: Scored, t: Thresholds): Set<Category> {
  const out = new Set<Category>(s.ruled);
  const labels = modelFindings(s.prob, NUDGE, t.name, t.solo, (l) => s.checked[l] === true, (l) => s.allowed[l] === true, s.ruled.size > 0, (l) => s.floor[l] ?? 0, (l) => s.fits[l] === true);
  for (const l of labels) out.add(CATEGORIES[l] as Category);
  return out;
}

interface Summary {
  recall: number;
  /** Drafts labelled a threat that nudge, and how many there are (for `--threat-weight`). */
  threatsCaught: number;
  threats: number;
  falseAlarms: number;
  macroF1: number;
  f1: Record<string, number>;
}

function summarise(scored: readonly Scored[], thresholds: Thresholds): Summary {
  let tp = 0;
  let pos = 0;
  let fa = 0;
  let quiet = 0;
  let threats = 0;
  let threatsCaught = 0;
  const counts = CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (const s of scored) {
    const got = found(s, thresholds);
    if (s.want.size > 0) {
      pos++;
      if (got.size > 0) tp++;
      if (s.want.has('threat')) {
        threats++;
        if (got.size > 0) threatsCaught++;
      }
    } else {
      quiet++;
      if (got.size > 0) fa++;
    }
    CATEGORIES.forEach((c, l) => {
      const row = counts[l] as { tp: number; fp: number; fn: number };
      if (s.want.has(c) && got.has(c)) row.tp++;
      else if (got.has(c)) row.fp++;
      else if (s.want.has(c)) row.fn++;
    });
  }
  const f1: Record<string, number> = {};
  CATEGORIES.forEach((c, l) => {
    const { tp: t, fp, fn } = counts[l] as { tp: number; fp: number; fn: number };
    f1[c] = t === 0 ? 0 : (2 * t) / (2 * t + fp + fn);
  });
  const values = Object.values(f1);
  return {
    recall: tp / Math.max(1, pos),
    threatsCaught,
    threats,
    falseAlarms: fa / Math.max(1, quiet),
    macroF1: values.reduce((a, b) => a + b, 0) / values.length,
    f1,
  };
}

/**
 * Thresholds, on validation only. Whether to nudge: starting from nothing nudged, lower one knob at a time (the
 * `nudge` gate, or one category's stand-alone threshold), always the move that catches the most breaches per
 * false alarm, while quiet drafts nudge no more often than the target and everyday posts (held-back TweetEval
 * tweets labelled not offensive) no more often than theirs. Which categories to name: then, category by
 * category (three rounds), the naming threshold that gives the best macro F1.
 */
/** The share of drafts that nudge at all. */
function nudgeRate(scored: readonly Scored[], t: Thresholds): number {
  let n = 0;
  for (const s of scored) if (found(s, t).size > 0) n++;
  return n / Math.max(1, scored.length);
}

/**
 * Thresholds on the validation drafts: from nothing nudged, repeatedly lower one knob (the `nudge` gate or a
 * category's stand-alone threshold) to the value that catches most breaches per false alarm, weighing every value
 * down to the false-alarm budget (the first step of a knob often catches nothing that a few more would), while the
 * quiet drafts nudged stay within FALSE_ALARM_TARGET and the everyday tweets within EVERYDAY_TARGET; then each
 * category's naming threshold for the best macro F1. Looking only one step ahead stopped early (validation 0.729 /
 * 0.745 against 0.757 / 0.760 at 2%, recall / macro F1).
 *
 * With `--hateful-val`, the breaches counted as caught include `hateful`: hateful posts from a public set's held-back
 * split, with no school in them. PRODUCT.md §3 nudges hate wherever it is aimed, and the validation drafts all speak
 * of a school, so on them alone the search may leave hate to the school-minded gate (a retrain let hate stand alone
 * only from 0.92, against 0.69 before, and nudged far less of HateCheck). Tried on the 103,122-draft corpus: hate
 * stood alone from 0.69 again and HateCheck's hateful cases rose from 0.809 to 0.869, but its contrasts rose from
 * 0.070 to 0.134 and threats now stood alone only from 0.97; both retrains lost to the model shipped on HateCheck
 * (0.904 / 0.081), so this stays an experiment (docs/model.md).
 */
function chooseThresholds(scored: readonly Scored[], everyday: readonly Scored[], hateful: readonly Scored[]): Thresholds {
  const t: Thresholds = { name: new Array<number>(L).fill(0.5), solo: new Array<number>(L).fill(1.01) };
  t.name[NUDGE] = 1.01;
  // `--wherever`: threats and hate stand alone from no higher than the gate (PRODUCT.md §3 nudges them wherever they
  // are aimed, so their own probability should not need more than any breach's): lowering the gate lowers theirs.
  // Tried on the 103,497-draft corpus: validation 0.852 / 0.026 against 0.846 / 0.026, test split 0.855 / 0.026,
  // fresh-300-zi 0.969 / 0.007, but HateCheck's hateful cases 0.836 (both standing alone from 0.80); not shipped
  // (docs/model.md), so it stays an experiment.
  const wherever = WHEREVER.map((c) => CATEGORIES.indexOf(c));
  // `--solo-precision`: those categories' stand-alone thresholds are set here, by precision, and the search leaves them.
  // `--keep-solo`: they are the given model's, and the search leaves them too.
  const precise = SOLO_PRECISION === null && KEPT_SOLO === null ? [] : PRECISE_ALONE.map((c) => CATEGORIES.indexOf(c));
  for (const l of precise) t.solo[l] = KEPT_SOLO !== null ? (KEPT_SOLO[l] as number) : preciseFrom(scored, l, SOLO_PRECISION as number);
  const knobs: { get: () => number; set: (v: number) => void }[] = [
    {
      get: () => t.name[NUDGE] as number,
      set: (v) => {
        t.name[NUDGE] = v;
        for (const l of wherever) t.solo[l] = Math.min(t.solo[l] as number, v);
      },
    },
    ...CATEGORIES.flatMap((_, l) => (precise.includes(l) ? [] : [{ get: () => t.solo[l] as number, set: (v: number) => (t.solo[l] = v) }])),
  ];
  const breaches = scored.filter((s) => s.want.size > 0).length;
  /**
   * The share of breaches caught: the validation drafts' and the hateful posts', each post counting once, and each
   * threat `--threat-weight` times (1 unless given: a threat missed is the costliest miss).
   */
  const caught = (sum: Summary, hatefulNudged: number): number =>
    (sum.recall * breaches + (THREAT_WEIGHT - 1) * sum.threatsCaught + hatefulNudged * hateful.length) /
    Math.max(1, breaches + (THREAT_WEIGHT - 1) * sum.threats + hateful.length);
  for (let round = 0; round < 2000; round++) {
    const now = summarise(scored, t);
    const nowCaught = caught(now, nudgeRate(hateful, t));
    let best: { knob: number; value: number; score: number } | undefined;
    knobs.forEach((knob, k) => {
      const was = knob.get();
      const solo = t.solo.slice();
      for (let v = Math.round((was - 0.01) * 100) / 100; v >= LEAST_ALONE; v = Math.round((v - 0.01) * 100) / 100) {
        knob.set(v);
        const after = summarise(scored, t);
        const afterCaught = caught(after, nudgeRate(hateful, t));
        if (afterCaught === nowCaught && after.falseAlarms === now.falseAlarms) continue;
        const allowed = after.falseAlarms <= FALSE_ALARM_TARGET && nudgeRate(everyday, t) <= EVERYDAY_TARGET;
        if (allowed && afterCaught > nowCaught) {
          const score = (afterCaught - nowCaught + 1e-6) / (after.falseAlarms - now.falseAlarms + 1e-3);
          if (!best || score > best.score) best = { knob: k, value: v, score };
        }
        // Every value down to the budget is weighed (false alarms only grow as a threshold falls), not only the next
        // one: a knob whose first step catches nothing may catch many a few steps on.
        if (!allowed) break;
      }
      knob.set(was);
      t.solo = solo;
    });
    if (!best || best.score <= 0) break;
    (knobs[best.knob] as (typeof knobs)[number]).set(best.value);
  }
  const grid = Array.from({ length: 97 }, (_, i) => 0.02 + i * 0.01);
  for (let round = 0; round < 3; round++) {
    for (let l = 0; l < CATEGORIES.length; l++) {
      let best = t.name[l] as number;
      let bestF1 = summarise(scored, t).macroF1;
      for (const v of grid) {
        t.name[l] = v;
        const f1 = summarise(scored, t).macroF1;
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          best = v;
        }
      }
      t.name[l] = best;
    }
  }
  const round2 = (v: number): number => Math.round(v * 100) / 100;
  return { name: t.name.map(round2), solo: t.solo.map(round2) };
}

/** Of the drafts that may find category l with probability at least v, how many there are and how many are labelled l. */
function tail(scored: readonly Scored[], l: number, v: number): { n: number; right: number } {
  let n = 0;
  let right = 0;
  const c = CATEGORIES[l] as Category;
  for (const s of scored) {
    if (s.checked[l] !== true || s.allowed[l] !== true || (s.prob[l] as number) < v) continue;
    n++;
    if (s.want.has(c)) right++;
  }
  return { n, right };
}

/**
 * The lowest probability, from LEAST_ALONE up, at which at least `share` of the drafts at or above it (and no fewer
 * than LEAST_DRAFTS_FOR_PRECISION of them) are labelled with category l; 1.01 (never alone) if there is none.
 */
function preciseFrom(scored: readonly Scored[], l: number, share: number): number {
  for (let v = LEAST_ALONE; v < 1; v = Math.round((v + 0.01) * 100) / 100) {
    const { n, right } = tail(scored, l, v);
    if (n >= LEAST_DRAFTS_FOR_PRECISION && right / n >= share) return v;
  }
  return 1.01;
}

/** How precise a category would be standing alone, from 0.5 up (logged for threats and hate: docs/model.md). */
function precisionCurve(scored: readonly Scored[], c: Category): string {
  const l = CATEGORIES.indexOf(c);
  const points: string[] = [];
  for (let v = 0.5; v < 1; v = Math.round((v + 0.05) * 100) / 100) {
    const { n, right } = tail(scored, l, v);
    points.push(`${v.toFixed(2)} ${n === 0 ? '-' : (right / n).toFixed(3)} (${n})`);
  }
  return `${c} alone, right of drafts at or above: ${points.join(', ')}`;
}

/**
 * Rules whose hits stand as findings on their own: in the categories where wording can be unmistakable (threats,
 * hate, personal details), each rule that found its own category at least DIRECT_PRECISION of the times it fired
 * plainly (not in quoted or reported speech) on the training batches; a rule that never fired there keeps the
 * standing its own cases give it, and one that fired only in reported speech is evidence only. Only plain hits of
 * direct rules stand alone (decide.ts): a slur quoted in counter-speech is evidence, not a finding. Elsewhere
 * (complaints, abuse…) even precise rules cost more false alarms on validation than they catch.
 *
 * Tried and left out, on validation: forgiving one stray hit and counting any breach as right (16 rules direct:
 * recall 0.753 and macro F1 0.709 against 0.776 and 0.737), and every rule of the three categories direct (0.613).
 */
function directRules(items: readonly Prepped[]): string[] {
  const tally = new Map<string, { hit: number; right: number }>();
  const seen = new Set<string>();
  for (const p of items) {
    for (const e of p.prepared.evidence) seen.add(e.ruleId);
    const plain = p.prepared.evidence.filter((e) => e.plain);
    for (const id of new Set(plain.map((e) => e.ruleId))) {
      const e = plain.find((x) => x.ruleId === id);
      const t = tally.get(id) ?? { hit: 0, right: 0 };
      t.hit++;
      if (e && p.record.categories.includes(e.category)) t.right++;
      tally.set(id, t);
    }
  }
  const out: string[] = [];
  for (const rule of CATALOGUE.families.flatMap((f) => f.rules)) {
    if (!DIRECT_CANDIDATES.includes(rule.category) && !DIRECT_CANDIDATE_RULES.includes(rule.id)) continue;
    const t = tally.get(rule.id) ?? { hit: 0, right: 0 };
    if ((t.hit === 0 && !seen.has(rule.id)) || (t.hit > 0 && t.right / t.hit >= DIRECT_PRECISION)) out.push(rule.id);
    else log(`rule ${rule.id} is evidence only: right ${t.right} of ${t.hit} times on the training batches`);
  }
  return out;
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

interface Trained {
  bytes: Uint8Array;
  model: Model;
  val: Summary;
}

function trainOn(
  train: readonly Prepped[],
  val: readonly Prepped[],
  everyday: readonly Prepped[],
  hateful: readonly Prepped[],
  pub: readonly PublicPrepped[],
  meta: Record<string, unknown>,
): Trained {
  const examples = [...train.map(corpusExample), ...pub.map((p) => p.example)];
  const positiveWeight = positiveWeights(examples);
  log(`fitting on ${examples.length} examples (${train.length} corpus drafts), ${FIT.epochs} epochs`);
  const fitted = fit(examples, { ...FIT, seed: SEED, positiveWeight });
  const direct = directRules(train);
  const header: Omit<ModelHeader, 'scale' | 'bias'> = {
    format: 6,
    labels: LABELS,
    bits: BITS,
    thresholds: new Array<number>(L).fill(0.5),
    solo: new Array<number>(L).fill(1.01),
    direct,
    trainedOn: meta,
  };
  const stack = STACK ? fitSecondStage(train, pub, header) : null;
  const { thresholds, scored } = thresholdsOf(decodeModel(pack(fitted.weights, fitted.bias, header, stack)), val, everyday, hateful);
  const bytes = pack(fitted.weights, fitted.bias, { ...header, thresholds: thresholds.name, solo: thresholds.solo }, stack);
  const model = decodeModel(bytes);
  return { bytes, model, val: summarise(scored, thresholds) };
}

/** A model's thresholds chosen on the validation drafts (chooseThresholds), with those drafts scored. */
function thresholdsOf(
  model: Model,
  val: readonly Prepped[],
  everyday: readonly Prepped[],
  hateful: readonly Prepped[],
): { thresholds: Thresholds; scored: Scored[] } {
  const scored = scoreAll(model, val);
  for (const c of PRECISE_ALONE) log(precisionCurve(scored, c));
  const everydayScored = scoreAll(model, everyday);
  const hatefulScored = scoreAll(model, hateful);
  const searchStarted = Date.now();
  const thresholds = chooseThresholds(scored, everydayScored, hatefulScored);
  log(`threshold search: ${((Date.now() - searchStarted) / 1000).toFixed(1)} s`);
  log(`everyday tweets (TweetEval offensive val, not offensive) nudged: ${nudgeRate(everydayScored, thresholds).toFixed(4)}`);
  if (hateful.length > 0) log(`hateful tweets (TweetEval hate val) nudged: ${nudgeRate(hatefulScored, thresholds).toFixed(4)}`);
  return { thresholds, scored };
}

/**
 * `--thresholds-for FILE`: the model in FILE with its thresholds chosen again on today's validation drafts, its
 * weights untouched (minutes, not a retrain: for trying another way of choosing them).
 */
function rethreshold(file: string, val: readonly Prepped[], everyday: readonly Prepped[], hateful: readonly Prepped[]): Trained {
  const before = new Uint8Array(readFileSync(file));
  const old = decodeModel(before);
  const { thresholds, scored } = thresholdsOf(old, val, everyday, hateful);
  log(`${file}: thresholds were ${LABELS.map((c, l) => `${c} ${old.thresholds[l]?.toFixed(2)}/${old.header.solo[l]?.toFixed(2)}`).join(', ')}`);
  const trainedOn = { ...old.header.trainedOn, thresholdsChosen: { commit: commit(), validation: val.length, soloPrecision: SOLO_PRECISION, keptSolo: keptSoloNote() } };
  const bytes = withHeader(before, { ...old.header, thresholds: thresholds.name, solo: thresholds.solo, trainedOn });
  return { bytes, model: decodeModel(bytes), val: summarise(scored, thresholds) };
}

function fitSecondStage(train: readonly Prepped[], pub: readonly PublicPrepped[], header: Omit<ModelHeader, 'scale' | 'bias'>): Stack {
  const oof = outOfFold(train, pub, header);
  log(`second stage: fitting on ${oof.length} out-of-fold drafts, ${JSON.stringify(STACK_FIT)}`);
  return fitStack(oof, { ...STACK_FIT, seed: SEED, positiveWeight: stackPositiveWeights() });
}

function report(name: string, s: Summary): void {
  log(`${name}: recall ${s.recall.toFixed(3)}, false alarms ${s.falseAlarms.toFixed(3)}, macro F1 ${s.macroF1.toFixed(3)}`);
  log(`  F1 ${Object.entries(s.f1).map(([c, v]) => `${c} ${v.toFixed(2)}`).join(', ')}`);
}

/**
 * `--augment` (experiment): drafts made from the training drafts, for what whole drafts do not teach. The start of a
 * quiet draft (its first 2–6 words, as the engine reads it at a pause in typing) is quiet; two breaches of different
 * kinds by the same role at the same school, one after the other, are both kinds. A draft that is a breach only by
 * its school's stricter clause (`packOnly`: Northwick's praise of a named child) is masked when alone, and so joins no
 * pair, where it would be taught as a breach.
 */
function augmented(train: readonly CorpusRecord[]): CorpusRecord[] {
  const random = rng(SEED + 101);
  const startsAt = args.indexOf('--augment-starts');
  const startRate = startsAt >= 0 ? Number(args[startsAt + 1]) : 0.25;
  if (!(startRate >= 0 && startRate <= 1)) throw new Error('train: --augment-starts needs a share from 0 to 1');
  const out: CorpusRecord[] = [];
  let said = 0;
  let unsaid = 0;
  const saidRandom = rng(SEED + 102);
  for (const r of train) {
    if (r.expect === 'quiet') {
      if (random() >= startRate) continue;
      const words = r.text.split(/\s+/).filter(Boolean);
      if (words.length < 8) continue;
      const k = 2 + Math.floor(random() * 5);
      const text = words.slice(0, k).join(' ');
      // A start the rules read as a breach ("I'm going to kill…" before "…him, he ate my chips") is quiet only for
      // what follows it; taught quiet, it teaches the model to miss the breach that starts the same way.
      if (flag('--augment-starts-unsaid') && prepare(text, optionsFor(r.school, r.role)).evidence.length > 0) {
        unsaid++;
        continue;
      }
      out.push({ ...r, id: `${r.id}~start`, text });
    } else if (flag('--augment-said') && r.categories.length > 0) {
      // A start that already says the breach, by the rules' own reading of it, is that breach while it is typed.
      const words = r.text.split(/\s+/).filter(Boolean);
      if (words.length < 8) continue;
      const k = 2 + Math.floor(saidRandom() * 5);
      const text = words.slice(0, k).join(' ');
      const shown = new Set(prepare(text, optionsFor(r.school, r.role)).evidence.map((e) => e.rule.category));
      const categories = r.categories.filter((c) => shown.has(c));
      if (categories.length === 0) continue;
      said++;
      out.push({ ...r, id: `${r.id}~said`, text, categories });
    }
  }
  const starts = out.length - said;
  // `--augment-pairs-without hate`: no pair holds these kinds (a hate breach beside any other taught that a group
  // named near any breach is hate, and nudged HateCheck's negated and positive statements: docs/model.md).
  const withoutAt = args.indexOf('--augment-pairs-without');
  const without = new Set(withoutAt >= 0 ? (args[withoutAt + 1] ?? '').split(',') : []);
  for (const c of without) if (!(CATEGORIES as readonly string[]).includes(c)) throw new Error(`train: --augment-pairs-without: ${c} is not a category`);
  const breaches = train.filter((r) => r.expect === 'nudge' && r.packOnly !== true && r.text.length < 400 && r.categories.length > 0 && !r.categories.some((c) => without.has(c)));
  let pairs = 0;
  for (let tries = 0; pairs < 4000 && tries < 40000; tries++) {
    const a = breaches[Math.floor(random() * breaches.length)] as CorpusRecord;
    const b = breaches[Math.floor(random() * breaches.length)] as CorpusRecord;
    if (a === b || a.role !== b.role || a.school !== b.school || b.categories.every((c) => a.categories.includes(c))) continue;
    pairs++;
    out.push({ ...a, id: `${a.id}~${b.id}`, text: `${a.text.trim()} ${b.text.trim()}`, categories: [...new Set([...a.categories, ...b.categories])] });
  }
  log(`augmented: ${starts} starts of quiet drafts (${unsaid} more left out: the rules read something in them), ${said} starts of breaches that say them, ${pairs} pairs of breaches`);
  return out;
}

function main(): void {
  const started = Date.now();
  const dirAt = args.indexOf('--corpus-dir');
  const corpus = readCorpus(dirAt >= 0 ? args[dirAt + 1] : undefined);
  // Spent independent sets: the older ones train, the newest joins validation (--spent-train-only: left out).
  const spent = flag('--no-spent') ? [] : readSpentIndependent(undefined, HELD_OUT).filter((r) => !flag('--spent-train-only') || r.split === 'train');
  const train = [...corpus.filter((r) => r.split === 'train'), ...spent.filter((r) => r.split === 'train')];
  if (flag('--augment')) train.push(...augmented(train));
  // Validation chooses the model's thresholds: a breach only by a school's stricter clause is the pack's to find.
  const val = [...corpus.filter((r) => r.split === 'val'), ...spent.filter((r) => r.split === 'val')].filter((r) => r.packOnly !== true);
  const count = (split: string): number => corpus.filter((r) => r.split === split).length;
  log(`corpus: ${corpus.length} drafts (${count('train')} train, ${count('val')} validation, ${count('test')} test, unread)`);
  if (spent.length > 0) log(`independent sets already scored: ${[...new Set(spent.map((r) => `${r.batch} (${r.split})`))].join(', ')}`);
  const valP = prepCorpus(val);
  // Everyday posts held back from training: TweetEval offensive val tweets labelled not offensive.
  const everyday = prepCorpus(
    publicSets('val')
      .filter((r) => r.source.startsWith('tweeteval-offensive') && CATEGORIES.every((c) => r.labels[c] === 0))
      .map((r, i) => ({ ...EVERYDAY_RECORD, id: `everyday-${i}`, text: r.text })),
  );
  // `--hateful-val`: hateful posts held back from training (TweetEval hate val, hateful) count among the breaches the
  // thresholds should catch (chooseThresholds).
  const hateful = !flag('--hateful-val')
    ? []
    : prepCorpus(
        publicSets('val')
          .filter((r) => r.source.startsWith('tweeteval-hate') && r.labels.hate === 1)
          .map((r, i) => ({ ...EVERYDAY_RECORD, id: `hateful-${i}`, text: r.text, expect: 'nudge' as const, categories: ['hate' as Category] })),
      );
  const againAt = args.indexOf('--thresholds-for');
  if (againAt >= 0) {
    const again = rethreshold(args[againAt + 1] as string, valP, everyday, hateful);
    report('validation', again.val);
    finish(again, started);
    return;
  }
  const trainP = prepCorpus(train);
  const pub = publicSets('train');
  log(`public training sets: ${pub.length} posts; featurising`);
  const pubPrepped = pub.map(publicExample);
  const sources: Record<string, number> = {};
  for (const r of pub) sources[r.source] = (sources[r.source] ?? 0) + 1;
  const meta = {
    corpus: { drafts: train.length, batches: [...new Set(train.map((r) => r.batch))].length, validation: val.length },
    public: sources,
    publicWeight: PUBLIC_WEIGHT,
    fit: FIT,
    seed: SEED,
    commit: commit(),
    ...(KEPT_SOLO === null ? {} : { keptSolo: keptSoloNote() }),
    ...(THREAT_BOOST === 1 ? {} : { threatBoost: THREAT_BOOST }),
  };
  const full = trainOn(trainP, valP, everyday, hateful, pubPrepped, meta);
  report('validation', full.val);
  // `--report FILE`: score another labelled set with the model and thresholds just chosen (for experiments).
  for (let i = args.indexOf('--report'); i >= 0; i = args.indexOf('--report', i + 1)) {
    const file = args[i + 1] as string;
    const scored = scoreAll(full.model, prepCorpus(readLabelled(file, 'report', 'test')));
    report(file, summarise(scored, { name: Array.from(full.model.thresholds), solo: full.model.header.solo }));
  }
  if (flag('--curve')) {
    const batches = [...new Set(train.map((r) => r.batch))];
    const curve: { fraction: number; drafts: number; val: Summary }[] = [];
    for (const fraction of [0.25, 0.5]) {
      const chosen = new Set(shuffle(batches.slice(), rng(SEED)).slice(0, Math.max(1, Math.round(batches.length * fraction))));
      const part = trainP.filter((p) => chosen.has(p.record.batch));
      const t = trainOn(part, valP, everyday, hateful, pubPrepped, meta);
      report(`learning curve ${fraction * 100}% (${part.length} drafts)`, t.val);
      curve.push({ fraction, drafts: part.length, val: t.val });
    }
    curve.push({ fraction: 1, drafts: trainP.length, val: full.val });
    if (!flag('--dry-run')) writeFileSync(CURVE_FILE, `${JSON.stringify({ seed: SEED, commit: meta.commit, curve }, null, 2)}\n`);
  }
  finish(full, started);
}

/** Logs the thresholds and writes the model: to `--model-out FILE` if given (even with --dry-run), else to the shipped file. */
function finish(trained: Trained, started: number): void {
  const { model, bytes } = trained;
  log(`thresholds ${LABELS.map((c, l) => `${c} ${model.thresholds[l]?.toFixed(2)}/${model.header.solo[l]?.toFixed(2)}`).join(', ')}; ${model.header.direct.length} direct rules`);
  const outAt = args.indexOf('--model-out');
  if (outAt >= 0) writeFileSync(args[outAt + 1] as string, bytes);
  else if (!flag('--dry-run')) {
    writeFileSync(MODEL_FILE, bytes);
    log(`wrote ${MODEL_FILE} (${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped)`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
