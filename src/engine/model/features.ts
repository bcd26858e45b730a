/**
 * What the learned model reads of a draft (PRODUCT.md §3, stage 4): hashed features from the words, from the
 * annotation pass (who each sentence is about, how it is said) and from the rules' evidence. The same function
 * serves training (`npm run train`) and inference, so the two can never drift apart.
 *
 * Families, each hashed with its own seed into one table of 2^BITS buckets:
 * - words, and runs of two and three neighbouring words in a sentence;
 * - each word joined with the targets of its sentence ("kill" beside the writer's own child is not "kill" beside a
 *   teacher);
 * - each word joined with the writer's role (staff talking about "my Year 9s" is not a parent saying it);
 * - the draft's targets and manners, alone and in pairs, and its length;
 * - every rule that fired, by id and by category.
 *
 * Each feature is present or absent (counted once per draft). The token a feature came from is kept, so that a
 * finding can point at the words that weighed most.
 *
 * Tried and left out, on the validation split: character 3–5-grams inside words (normalisation already undoes
 * disguised spellings; the grams lowered recall at the same false-alarm rate and tripled the model) and words joined
 * with their sentence's manner (negated, question, praise…; the manner stays, as draft-level features), and word
 * pairs joined with their sentence's targets.
 */
import { MANNERS, TARGETS } from '../annotate';
import { hashRange } from '../fnv';
import type { Annotation } from '../annotate';
import type { DraftContext } from '../context';
import type { Category, Role } from '../types';
import { LastMemo } from '../last-memo';
import { isWordCode } from '../phrases/language';

export const BITS = 18;
export const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;

/** Word tokens of the normalised text: [start, end) and their sentence. */
export interface Tokens {
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  hash: Int32Array;
  count: number;
}

/** Evidence from a phrase rule: which rule, its category and where (normalised offsets). */
export interface RuleEvidence {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
}

/** FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  return hashRange(s, 0, s.length, seed);
}

/** Mix a family seed with up to two values into one bucket. */
function mix(family: number, a: number, b = 0): number {
  let h = Math.imul(family ^ 0x9e3779b9, 0x85ebca6b);
  h ^= a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39);
  h ^= h >>> 16;
  return h & MASK;
}

const F = { word: 1, pair: 2, target: 4, role: 6, atom: 7, rule: 8, ruleCategory: 9, triple: 10 } as const;
/** What stands before a sentence's first word in its pairs and triples. */
export const SENTENCE_START = hashString('<s>');

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;

/** Four arrays of `cap` in one buffer, the first `count` of each of `from` kept. */
function tokenArrays(cap: number, from?: Tokens): Tokens {
  const all = new Int32Array(4 * cap);
  const t = { start: all.subarray(0, cap), end: all.subarray(cap, 2 * cap), sentence: all.subarray(2 * cap, 3 * cap), hash: all.subarray(3 * cap), count: 0 };
  if (from) {
    t.start.set(from.start.subarray(0, from.count));
    t.end.set(from.end.subarray(0, from.count));
    t.sentence.set(from.sentence.subarray(0, from.count));
    t.hash.set(from.hash.subarray(0, from.count));
  }
  return t;
}

/**
 * Words, and runs of one symbol ("!!!", "🙄") as single tokens. A token's hash is read off the text in place (no
 * string per token), and its four arrays share one buffer: a draft costs one allocation, not four. The buffer has
 * room for a token per four characters (prose has about one per five), doubled when a draft holds more: with room
 * for one per character, a 10,000-character draft's was 160 KB, and the buffers drafts leave outside the heap are
 * what starts most young-generation collections (`--trace-gc`: "external memory pressure", some 32 MB of them).
 */
export function tokenize(draft: DraftContext): Tokens {
  const text = draft.text;
  const len = text.length;
  let cap = Math.min(len + 1, (len >> 2) + 16);
  let { start, end, sentence, hash } = tokenArrays(cap);
  let count = 0;
  let s = 0;
  const spans = draft.sentences;
  // Where sentence s ends, kept in hand rather than read off its span at every token (the last runs to the end).
  const last = spans.length - 1;
  let sentenceEnd = last > 0 ? (spans[0] as { end: number }).end : Infinity;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let h: number;
    if (isWordCode(c)) {
      while (j < len && isWordCode(text.charCodeAt(j))) j++;
      h = hashRange(text, i, Math.min(j, i + 40));
    } else {
      // A symbol: a surrogate pair is one; a run of the same symbol is one token.
      if (c >= 0xd800 && c <= 0xdbff && j < len) j++;
      h = hashRange(text, i, j);
      if (j - i === 1) while (j < len && text.charCodeAt(j) === c) j++;
      else {
        const low = text.charCodeAt(i + 1);
        while (j + 2 <= len && text.charCodeAt(j) === c && text.charCodeAt(j + 1) === low) j += 2;
      }
    }
    while (sentenceEnd <= i) sentenceEnd = ++s < last ? (spans[s] as { end: number }).end : Infinity;
    if (count === cap) {
      // A token takes a character at least: room for len + 1 is never outgrown.
      cap = Math.min(len + 1, 2 * cap);
      ({ start, end, sentence, hash } = tokenArrays(cap, { start, end, sentence, hash, count }));
    }
    start[count] = i;
    end[count] = j;
    sentence[count] = s;
    hash[count] = h;
    count++;
    i = j;
  }
  return { start, end, sentence, hash, count };
}

/** Receives each feature with the token it came from (-1: the draft as a whole). */
export type Emit = (bucket: number, token: number) => void;

/** What features are read from: a draft read once (`prepare` in analyze.ts gives all of it). */
export interface FeatureSource {
  draft: DraftContext;
  tokens: Tokens;
  notes: Annotation;
  evidence: readonly RuleEvidence[];
}

/** The role's seed in the features that join a word with the writer's role. */
export const roleSeedOf = (role: Role): number => (role === 'staff' ? 1 : 2);

/**
 * Every target's bit, and every manner's. A note's bits are stepped through lowest first (`m &= m - 1`), not tested
 * one by one: most sentences have one or two of them, and a test per bit the processor cannot foresee cost a
 * 10,000-character draft's first stage about 7% of its time.
 */
const ALL_TARGETS = (1 << TARGETS.length) - 1;
const ALL_MANNERS = (1 << MANNERS.length) - 1;

/** The most features one token has (`tokenBuckets`): its word, pair, triple and role, and one per target. */
export const TOKEN_FEATURES = 4 + TARGETS.length;

/**
 * Token k's features into `out` (room for TOKEN_FEATURES), returning how many: `previous` and `beforePrevious` are
 * the hashes of the two tokens before it in what is read (SENTENCE_START where there is none: at a sentence's start,
 * and at a chunk's). Into an array rather than through a callback, so that the first stage reads them in a loop of
 * its own (model/first-stage.ts).
 */
export function tokenBuckets({ tokens, notes }: FeatureSource, roleSeed: number, k: number, previous: number, beforePrevious: number, out: Int32Array): number {
  const h = tokens.hash[k] as number;
  out[0] = mix(F.word, h);
  out[1] = mix(F.pair, previous, h);
  out[2] = mix(F.triple, mix(F.pair, beforePrevious, previous), h);
  out[3] = mix(F.role, roleSeed, h);
  let n = 4;
  const targets = notes.sentences[tokens.sentence[k] as number]?.targets ?? 0;
  if (targets === 0) out[n++] = mix(F.target, 0, h);
  else for (let m = targets & ALL_TARGETS; m !== 0; m &= m - 1) out[n++] = mix(F.target, 32 - Math.clz32(m & -m), h);
  return n;
}

const tokenScratch = new Int32Array(TOKEN_FEATURES);

/** `tokenBuckets` through `emit`. */
export function tokenFeatures(source: FeatureSource, roleSeed: number, k: number, previous: number, beforePrevious: number, emit: Emit): void {
  const n = tokenBuckets(source, roleSeed, k, previous, beforePrevious, tokenScratch);
  for (let i = 0; i < n; i++) emit(tokenScratch[i] as number, k);
}

/** Every feature of a draft, through `emit` (duplicates included: callers count each bucket once). */
export function features(source: FeatureSource, role: Role, emit: Emit, from = 0, to = source.tokens.count): void {
  const roleSeed = roleSeedOf(role);
  const { tokens } = source;
  let previous = SENTENCE_START;
  let beforePrevious = SENTENCE_START;
  let previousSentence = -1;
  for (let k = from; k < to; k++) {
    const s = tokens.sentence[k] as number;
    if (s !== previousSentence) {
      previous = SENTENCE_START;
      beforePrevious = SENTENCE_START;
      previousSentence = s;
    }
    tokenFeatures(source, roleSeed, k, previous, beforePrevious, emit);
    beforePrevious = previous;
    previous = tokens.hash[k] as number;
  }
  wholeFeatures(source, roleSeed, emit, from, to);
}

/** The features of tokens [from, to) read as a whole, after their words': who they are about and how, their length, the rules' evidence. */
export function wholeFeatures({ tokens, notes, evidence }: FeatureSource, roleSeed: number, emit: Emit, from: number, to: number): void {
  // The draft as a whole: who it is about and how, alone and in pairs, per sentence.
  emit(mix(F.atom, 1, roleSeed), -1);
  emit(mix(F.atom, 2, Math.min(12, Math.round(Math.log2(to - from + 1)))), -1);
  const first = to > from ? (tokens.sentence[from] as number) : 0;
  const last = to > from ? (tokens.sentence[to - 1] as number) : -1;
  for (let s = first; s <= last; s++) {
    const note = notes.sentences[s] as { targets: number; manner: number };
    const manner = note.manner & ALL_MANNERS;
    for (let ts = note.targets & ALL_TARGETS; ts !== 0; ts &= ts - 1) {
      const t = 31 - Math.clz32(ts & -ts);
      emit(mix(F.atom, 3, t), -1);
      for (let ms = manner; ms !== 0; ms &= ms - 1) emit(mix(F.atom, 4 + t, 31 - Math.clz32(ms & -ms)), -1);
    }
    for (let ms = manner; ms !== 0; ms &= ms - 1) emit(mix(F.atom, 20, 31 - Math.clz32(ms & -ms)), -1);
  }
  // The rules' evidence in this chunk: placed once per draft, so a long draft's chunks do not each walk all of it.
  const placed = placeEvidence(tokens, evidence);
  for (let i = firstPlacedAt(placed, from); i < placed.count && (placed.token[i] as number) < to; i++) {
    const at = placed.token[i] as number;
    emit(mix(F.rule, placed.rule[i] as number), at);
    emit(mix(F.ruleCategory, placed.category[i] as number), at);
  }
}

/**
 * Whether tokens [a, a + n) and [b, b + n), each one whole sentence, have the same features when read alone: the same
 * words, the same targets and manner, the same rules' evidence in the same order. Then they score the same to the
 * bit, and the first stage reads a sentence met again no further (model/first-stage.ts).
 */
export function sameSentence({ tokens, notes, evidence }: FeatureSource, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (tokens.hash[a + i] !== tokens.hash[b + i]) return false;
  const first = notes.sentences[tokens.sentence[a] as number] as { targets: number; manner: number };
  const second = notes.sentences[tokens.sentence[b] as number] as { targets: number; manner: number };
  if (first.targets !== second.targets || first.manner !== second.manner) return false;
  const placed = placeEvidence(tokens, evidence);
  let i = firstPlacedAt(placed, a);
  let j = firstPlacedAt(placed, b);
  for (; i < placed.count && (placed.token[i] as number) < a + n; i++, j++) {
    if (j >= placed.count || (placed.token[j] as number) >= b + n) return false;
    if (placed.rule[i] !== placed.rule[j] || placed.category[i] !== placed.category[j]) return false;
  }
  return j >= placed.count || (placed.token[j] as number) >= b + n;
}

/** The first of `placed` at or after token `from`. */
function firstPlacedAt(placed: PlacedEvidence, from: number): number {
  let lo = 0;
  let hi = placed.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placed.token[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A draft's rule evidence by token, ascending, with the hashes the features need. */
interface PlacedEvidence {
  token: Int32Array;
  rule: Int32Array;
  category: Int32Array;
  count: number;
}

const placedCache = new LastMemo<readonly RuleEvidence[], PlacedEvidence>();
/** Most drafts have no evidence: they share this, and cost the cache nothing. */
const NO_EVIDENCE: PlacedEvidence = { token: new Int32Array(0), rule: new Int32Array(0), category: new Int32Array(0), count: 0 };

/**
 * Asked once per sentence and chunk, placed once per draft. The placing is a function of its own: its closures
 * capture `tokens`, and a function with such closures allocates their context on every call, the cached ones too
 * (10 KB per 10,000-character draft).
 */
function placeEvidence(tokens: Tokens, evidence: readonly RuleEvidence[]): PlacedEvidence {
  if (evidence.length === 0) return NO_EVIDENCE;
  return placedCache.get(evidence) ?? placeAnew(tokens, evidence);
}

function placeAnew(tokens: Tokens, evidence: readonly RuleEvidence[]): PlacedEvidence {
  const order = evidence.map((e, i) => ({ at: tokenAt(tokens, e.start), i }));
  order.sort((a, b) => a.at - b.at || a.i - b.i);
  const count = order.length;
  const placed: PlacedEvidence = { token: new Int32Array(count), rule: new Int32Array(count), category: new Int32Array(count), count };
  for (let k = 0; k < count; k++) {
    const { at, i } = order[k] as { at: number; i: number };
    const e = evidence[i] as RuleEvidence;
    placed.token[k] = at;
    placed.rule[k] = hashString(e.ruleId);
    placed.category[k] = hashString(e.category);
  }
  placedCache.set(evidence, placed);
  return placed;
}

/** Most tokens one chunk of a long draft holds: training drafts fit in one; a long paste is read in chunks. */
export const CHUNK_TOKENS = 600;

/** [from, to) token ranges of at most CHUNK_TOKENS, cut at sentence ends where one is near. */
export function chunks(tokens: Tokens): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < tokens.count) {
    let to = Math.min(tokens.count, from + CHUNK_TOKENS);
    if (to < tokens.count) {
      let cut = to;
      while (cut > from + CHUNK_TOKENS / 2 && tokens.sentence[cut] === tokens.sentence[cut - 1]) cut--;
      if (cut > from + CHUNK_TOKENS / 2) to = cut;
    }
    out.push([from, to]);
    from = to;
  }
  if (out.length === 0) out.push([0, 0]);
  return out;
}

/** The token that holds or follows normalised position `pos`. */
export function tokenAt(tokens: Tokens, pos: number): number {
  let lo = 0;
  let hi = tokens.count - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.end[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Marks the buckets already seen in one reading (a draft, a chunk, a sentence): a stamp per bucket instead of a set
 * built per reading. Two bytes a stamp; when the stamps run out, every mark is wiped and they start again.
 */
class Seen {
  private readonly stamps = new Uint16Array(BUCKETS);
  private stamp = 0;

  /** Starts a new reading: nothing is seen. */
  clear(): void {
    this.stamp = (this.stamp + 1) & 0xffff;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** True the first time a bucket is met in this reading. */
  first(bucket: number): boolean {
    if (this.stamps[bucket] === this.stamp) return false;
    this.stamps[bucket] = this.stamp;
    return true;
  }
}

const seen = new Seen();

/** Calls `each` once per distinct bucket of the draft (or chunk), in the order they first occur. */
export function forEachDistinct(source: FeatureSource, role: Role, each: Emit, from = 0, to = source.tokens.count): void {
  seen.clear();
  features(
    source,
    role,
    (bucket, token) => {
      if (seen.first(bucket)) each(bucket, token);
    },
    from,
    to,
  );
}

/** The distinct buckets of a draft, ascending. */
export function featureSet(source: FeatureSource, role: Role, from = 0, to = source.tokens.count): Int32Array {
  const out: number[] = [];
  forEachDistinct(source, role, (bucket) => out.push(bucket), from, to);
  return Int32Array.from(out).sort();
}
