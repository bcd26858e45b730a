/**
 * Where a finding of the model points (PRODUCT.md §3, "every finding points at words"): the words that weighed most
 * for its label, made to read as a phrase when quoted.
 */
import type { Prepared } from '../analyze';
import { forEachDistinct } from './features';
import { keepChunk, tokenWeights } from './first-stage';
import type { FirstStage } from './first-stage';
import { weightOf } from './model';
import type { Model } from './model';
import { looksLikeName } from '../names';
import type { AnalyzeOptions, Span } from '../types';

/** The most words a finding of the model highlights. */
const MAX_WORDS = 6;

/**
 * The words that weighed most for one label in one chunk: the run of up to MAX_WORDS words of one sentence whose
 * features add most to that label (a word's share: its own features, and the pairs and triples it ends).
 * Normalised offsets. `first`, the first stage's reading of this draft with this role (`probabilities`), spares
 * reading a short draft's features again (it kept the rows it met, and which word each came from), and a long
 * draft's chunk more than once.
 */
export function weightiest(
  model: Model,
  p: Prepared,
  role: AnalyzeOptions['role'],
  label: number,
  from: number,
  to: number,
  first?: FirstStage,
): Span | undefined {
  // The rows the first stage's reading of this draft kept (a draft of one chunk), or those of this chunk read
  // again once for all its labels; for any other reading, the chunk read again here.
  let kept = first ? tokenWeights(model, first, label, from, to) : null;
  if (first && !kept) {
    keepChunk(model, first, p, role, from, to);
    kept = tokenWeights(model, first, label, from, to);
  }
  const weight = kept ?? new Float32Array(Math.max(0, to - from));
  if (!kept) {
    forEachDistinct(
      p,
      role,
      (bucket, token) => {
        if (token >= from && token < to) weight[token - from] = (weight[token - from] as number) + weightOf(model, bucket, label);
      },
      from,
      to,
    );
  }
  // The run of at most MAX_WORDS tokens in one sentence whose weights add up to most (linear: a fixed window).
  let best = 0;
  let bestA = -1;
  let bestB = -1;
  const sentence = p.tokens.sentence;
  for (let a = 0; a < weight.length; a++) {
    if ((weight[a] as number) <= 0) continue;
    let sum = 0;
    for (let b = a; b < weight.length && b < a + MAX_WORDS && sentence[from + b] === sentence[from + a]; b++) {
      sum += weight[b] as number;
      if (sum > best && (weight[b] as number) > 0) {
        best = sum;
        bestA = a;
        bestB = b;
      }
    }
  }
  if (bestA < 0) return undefined;
  const [a, b] = asPhrase(p, from, to, weight, best, bestA, bestB);
  return { start: p.tokens.start[from + a] as number, end: p.tokens.end[from + b] as number };
}

/**
 * Tokens [a, b] (of the chunk from `from`), the run that weighed most, made to read as a phrase when quoted: it does
 * not end on a word that leads into the next ("That Harrison kid in"), nor split a class from its number ("Year 5");
 * it does not start on a joining word, nor on the end of a clause before it that weighs little ("emails and the head
 * is hopeless" is "the head is hopeless"; "prison and living back" keeps "prison"); it takes in who is at the place it
 * starts with ("Bexton is a nasty little bully", said of "Jake in Year 5 at Bexton", reads as if the school were
 * called one), and up to two words that lead into its first ("someone else's SLT", "that Harrison kid").
 */
function asPhrase(p: Prepared, from: number, to: number, weight: Float32Array, best: number, a: number, b: number): [number, number] {
  const word = (k: number): string => p.n.text.slice(p.tokens.start[from + k] as number, p.tokens.end[from + k] as number).toLowerCase();
  const isSomeone = (k: number): boolean =>
    PEOPLE.has(word(k)) || looksLikeName(p.draft, p.tokens.start[from + k] as number, p.tokens.end[from + k] as number);
  const isClass = (k: number): boolean => k >= 1 && CLASS_WORDS.has(word(k - 1)) && /^(?:\d{1,2}[a-z]?|[a-z]?\d{1,2})$/.test(word(k));
  while (b > a && (LEADS_INTO.has(word(b)) || JOINS.has(word(b)))) b--;
  if (CLASS_WORDS.has(word(b)) && b + from + 1 < to && isClass(b + 1)) b++;
  while (a < b && JOINS.has(word(a))) a++;
  const light = (k: number): boolean => (weight[k] as number) < LITTLE * best && !isSomeone(k);
  while (a + 2 <= b && CLAUSE_JOINS.has(word(a + 1)) && STARTS_CLAUSE.has(word(a + 2)) && light(a)) a += 2;
  const sentence = p.tokens.sentence[from + a];
  const inSentence = (k: number): boolean => k >= 0 && p.tokens.sentence[from + k] === sentence;
  // "Jake at Bexton", "the lad in Year 5 at Bexton", "Jake in Year 5 at Bexton".
  for (let placed = 0; placed < 2 && inSentence(a - 2) && PLACE_JOINS.has(word(a - 1)); placed++) {
    if (isSomeone(a - 2)) a -= 2;
    else if (inSentence(a - 3) && isClass(a - 2)) a -= 3;
    else break;
  }
  for (let lead = 0; lead < 2 && inSentence(a - 1) && LEADS_INTO.has(word(a - 1)); lead++) a--;
  return [a, b];
}

/** Words that lead into the words after them (determiners, possessives, titles): a quote takes them in. */
const LEADS_INTO: ReadonlySet<string> = new Set(
  'the a an this that these those my our your his her their its someone somebody anyone anybody everyone everybody some every no mr mrs miss ms dr sir'.split(' '),
);
/** Words that join what comes before to what comes after: a quote does not end on one. */
const JOINS: ReadonlySet<string> = new Set('in on at of to for with and or but from by as'.split(' '));
/** A word whose share of a run's weight is below this part of it adds little to a quote. */
const LITTLE = 0.2;
/** Words that join two clauses: a quote does not start on a word of little weight before one. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set('and but or so'.split(' '));
/** Words a clause starts with after "and" or "but" (not "copy and paste", "names and numbers"). */
const STARTS_CLAUSE: ReadonlySet<string> = new Set([...LEADS_INTO, ...'i we you he she they it there nobody none half all'.split(' ')]);
/** Words that place someone ("Jake at Bexton", "the lad from 5B"): a quote does not start just after one. */
const PLACE_JOINS: ReadonlySet<string> = new Set('at from in'.split(' '));
/** Words that a class's number follows ("Year 3", "class 4B"). */
const CLASS_WORDS: ReadonlySet<string> = new Set('year yr class form'.split(' '));
/** Words for someone that a place can follow ("the lady at Northwick"), beside names. */
const PEOPLE: ReadonlySet<string> = new Set(
  'lady man woman bloke fella guy lad lass boy girl kid kids child children pupil pupils teacher teachers head deputy ta tas senco caretaker coach officer receptionist mum mums dad dads parent parents staff family families everyone everybody someone nobody'.split(' '),
);
