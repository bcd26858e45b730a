/**
 * The first stage (the linear model of model.ts) over a draft, read once for both views the engine takes of it:
 * each chunk of a long draft as a whole (the first stage's own score: the highest over the chunks), and each
 * sentence read alone (what the second stage reads as the draft's strongest sentence, stack.ts). A word's features
 * depend only on its sentence, so one pass over the tokens serves both; only where a chunk starts in the middle of
 * a sentence do the two views see different pairs and triples, and there each view gets its own. Every sum adds the
 * same weights in the same order as reading that chunk or sentence alone (`forEachDistinct` over its tokens).
 */
import { CHUNK_TOKENS, chunks, features, roleSeedOf, sameSentence, SENTENCE_START, TOKEN_FEATURES, tokenBuckets, wholeFeatures } from './features';
import type { FeatureSource } from './features';
import { addRow, addRowAt, finish, MAX_LABELS, rowOf, rowWeight } from './model';
import type { Model } from './model';
import type { Role } from '../types';

export interface FirstStage {
  /** Per label, the highest log-odds any chunk gives (one chunk: the draft's). */
  z: Float32Array;
  /** Per label, which chunk gave it. */
  chunk: Int32Array;
  /** The chunks, as token ranges [from, to). */
  ranges: [number, number][];
  /** Per label, the highest log-odds any one sentence gives read alone (a draft with no words: `z`). */
  sentenceBest: Float32Array;
  /** How many sentences hold a word. */
  sentences: number;
  /** Which reading this was (`tokenWeights` answers for the latest only). */
  reading: number;
}

/**
 * Which of the model's rows the chunk and the sentence being read have met: per row, the chunk's stamp in the high
 * half and the sentence's in the low half, so that a row costs one look-up for both. A bucket with no row adds
 * nothing and is not stamped: most buckets a draft meets have none, and the rows met sit in a smaller span of the
 * table than their buckets. When one half's stamps run out, that half is wiped (the other, perhaps mid-reading, is
 * kept) and its stamps start again. One stamp per row of the largest model read so far (tens of thousands, not the
 * table's 262,144 buckets): a fresh worker touches a few hundred kilobytes less.
 */
let stamps = new Uint32Array(0);
let chunkStamp = 0;
let sentenceStamp = 0;

/** Room for a stamp per row of `model`; new stamps (all 0) start both counts again. */
function stampsFor(model: Model): void {
  if (stamps.length >= model.masks.length) return;
  stamps = new Uint32Array(model.masks.length);
  chunkStamp = 0;
  sentenceStamp = 0;
}

/**
 * The rows each chunk's reading met, in the order the chunk first met them, each with the token it came from: what
 * `tokenWeights` needs to find the words that weighed most without reading the chunk again. A draft of up to
 * KEEP_CHUNKS chunks (every short draft, and a 10,000-character one) keeps every chunk's while the first stage reads
 * it: read again when a label first asked for it, a 10,000-character draft's chunk cost it about 2% of its time. A
 * longer draft's chunk is read again once, when a label first asks for it, and kept for the labels after it (several
 * labels often name the same chunk). Of the latest reading only; grown as needed.
 */
let metToken = new Int32Array(256);
let metRow = new Int32Array(256);
let metCount = 0;
let metModel: Model | null = null;
/** The latest reading (0: none yet), and whether it is keeping its rows as it reads. */
let reading = 0;
let kept = false;
/** Which reading's chunks the rows above are (0: none), and those chunks: from, to, first row and end among the rows. */
let keptReading = 0;
let keptChunks = new Int32Array(4 * 8);
let keptCount = 0;
/** The most chunks a reading keeps the rows of as it reads (a 10,000-character draft has four or five). */
const KEEP_CHUNKS = 8;

/** Where the rows of chunk [from, to) of the kept reading start among `metRow` (-1: not kept). */
function keptAt(from: number, to: number): number {
  for (let i = 0; i < keptCount; i++) if (keptChunks[4 * i] === from && keptChunks[4 * i + 1] === to) return 4 * i;
  return -1;
}

/** Rows from `metCount` on are chunk [from, to)'s. */
function keepFrom(from: number, to: number): void {
  if (4 * keptCount === keptChunks.length) {
    const grown = new Int32Array(2 * keptChunks.length);
    grown.set(keptChunks);
    keptChunks = grown;
  }
  keptChunks[4 * keptCount] = from;
  keptChunks[4 * keptCount + 1] = to;
  keptChunks[4 * keptCount + 2] = metCount;
  keptChunks[4 * keptCount + 3] = metCount;
  keptCount++;
}

/** Room for `more` rows after the `metCount` kept. */
function roomFor(more: number): void {
  if (metCount + more <= metRow.length) return;
  const grownRow = new Int32Array(2 * (metCount + more));
  grownRow.set(metRow.subarray(0, metCount));
  metRow = grownRow;
  const grownToken = new Int32Array(2 * (metCount + more));
  grownToken.set(metToken.subarray(0, metCount));
  metToken = grownToken;
}

function keep(r: number, token: number): void {
  roomFor(1);
  metRow[metCount] = r;
  metToken[metCount++] = token;
}

/**
 * Per token of [from, to), the weights its features give `label` (a word's own, and the pairs and triples it ends;
 * a rule's evidence counts for the token it starts in), each feature counted once, summed in the order the draft
 * first meets them: what `forEachDistinct` over those tokens gives, to the bit. Null unless `first` is the latest
 * reading and [from, to) a chunk whose rows are kept (each of a draft of up to KEEP_CHUNKS, or one `keepChunk` reads).
 */
export function tokenWeights(model: Model, first: FirstStage, label: number, from: number, to: number): Float32Array | null {
  if (first.reading !== reading || keptReading !== reading || metModel !== model) return null;
  const at = keptAt(from, to);
  if (at < 0) return null;
  const weight = new Float32Array(Math.max(0, to - from));
  for (let i = keptChunks[at + 2] as number, end = keptChunks[at + 3] as number; i < end; i++) {
    const token = metToken[i] as number;
    if (token >= from && token < to) weight[token - from] = (weight[token - from] as number) + rowWeight(model, metRow[i] as number, label);
  }
  return weight;
}

/**
 * Reads chunk [from, to) of the latest reading `first` (of `source` by `role`) again, keeping the rows it meets for
 * `tokenWeights`: `forEachDistinct`'s reading, told apart by row (a bucket with no row adds nothing to any weight)
 * with the chunk's half of the stamps rather than a stamp per bucket. An older reading's chunk is not kept.
 */
export function keepChunk(model: Model, first: FirstStage, source: FeatureSource, role: Role, from: number, to: number): void {
  if (first.reading !== reading || (keptReading === reading && metModel === model && keptAt(from, to) >= 0)) return;
  metCount = 0;
  metModel = model;
  keptReading = first.reading;
  keptCount = 0;
  keepFrom(from, to);
  stampsFor(model);
  nextChunk();
  const { index } = model;
  features(
    source,
    role,
    (bucket, token) => {
      const r = rowOf(index, bucket);
      if (r < 0) return;
      const st = stamps[r] as number;
      if (st >>> 16 === chunkStamp) return;
      stamps[r] = ((chunkStamp << 16) | (st & 0xffff)) >>> 0;
      if (token >= from && token < to) keep(r, token);
    },
    from,
    to,
  );
  keptChunks[3] = metCount;
}

/**
 * The chunk's and the sentence's sums while they are read (scratch: a reading returns neither), each with room past
 * them for the adds of a view that has already met the row (`toBoth`).
 */
const chunkSpans = new Float32Array(2 * MAX_LABELS);
const sentenceSpans = new Float32Array(2 * MAX_LABELS);
/** The sums themselves, for the latest model's labels. */
let chunkSums = chunkSpans.subarray(0, 0);
let sentenceSums = sentenceSpans.subarray(0, 0);

/** One token's buckets, as `tokenBuckets` gives them. */
const buckets = new Int32Array(TOKEN_FEATURES);

function nextChunk(): void {
  if (++chunkStamp > 0xffff) {
    for (let i = 0; i < stamps.length; i++) stamps[i] = (stamps[i] as number) & 0xffff;
    chunkStamp = 1;
  }
}

function nextSentence(): void {
  if (++sentenceStamp > 0xffff) {
    for (let i = 0; i < stamps.length; i++) stamps[i] = (stamps[i] as number) & 0xffff0000;
    sentenceStamp = 1;
  }
}

/**
 * Per last ten bits of a hash, the latest token asked about (`repeats`, in `readFirstStage`) whose hash ends so. Every
 * token of the sentence being read is asked about, so none of the few before a token has its hash when the latest
 * with its last bits is further back; an entry left by another reading or another hash only costs a full look.
 */
const LATEST_MASK = 1023;
const latestAt = new Int32Array(LATEST_MASK + 1);

/** How far back `repeats` looks: runs of up to this many tokens repeated ("!?!?", "@$!1|#*@$!1|#*"). */
const REPEAT_SPAN = 8;

/**
 * Whether token k and the two before it have the same words as some token up to REPEAT_SPAN before it and its two,
 * that token no earlier than `first`: two tokens past the later of its chunk's and its sentence's start, so that both
 * views saw it beside those same two words. Then k has that token's features, already read in both views: a draft
 * that repeats a few symbols a million times costs one look-up per token, not five.
 */
function repeats(hashes: Int32Array, k: number, first: number): boolean {
  const h = hashes[k] as number;
  for (let j = k - 1; j >= first && j >= k - REPEAT_SPAN; j--) {
    if (hashes[j] === h && hashes[j - 1] === hashes[k - 1] && hashes[j - 2] === hashes[k - 2]) return true;
  }
  return false;
}

/** The last few whole sentences read in the chunk being read, as token ranges: a sentence met again adds nothing. */
const met = {
  from: new Int32Array(4),
  to: new Int32Array(4),
  count: 0,
  add(from: number, to: number): void {
    const at = this.count++ & 3;
    this.from[at] = from;
    this.to[at] = to;
  },
};

/** Whether sentence [from, to) has the same features as one of `met`. */
function metBefore(source: FeatureSource, from: number, to: number): boolean {
  for (let i = Math.min(met.count, 4) - 1; i >= 0; i--) {
    const a = met.from[i] as number;
    if ((met.to[i] as number) - a === to - from && sameSentence(source, a, from, to - from)) return true;
  }
  return false;
}

/** The first stage's log-odds for a draft, per chunk and per sentence, in one reading of its tokens. */
export function readFirstStage(model: Model, source: FeatureSource, role: Role): FirstStage {
  const L = model.labels.length;
  const { tokens } = source;
  const roleSeed = roleSeedOf(role);
  const ranges = chunks(tokens);
  const z = new Float32Array(L).fill(-Infinity);
  const chunk = new Int32Array(L);
  const sentenceBest = new Float32Array(L).fill(-Infinity);
  // One sentence in one chunk: read alone, it is the whole draft.
  const whole = tokens.count > 0 && tokens.count <= CHUNK_TOKENS && tokens.sentence[0] === tokens.sentence[tokens.count - 1];
  if (chunkSums.length !== L) {
    chunkSums = chunkSpans.subarray(0, L);
    sentenceSums = sentenceSpans.subarray(0, L);
  }
  const chunkSpan = chunkSpans;
  const sentenceSpan = sentenceSpans;
  const c = chunkSums;
  const s = sentenceSums;
  const { index } = model;
  stampsFor(model);
  reading++;
  kept = ranges.length <= KEEP_CHUNKS;
  metCount = 0;
  metModel = model;
  keptReading = kept ? reading : 0;
  keptCount = 0;
  const toChunk = (bucket: number, token: number): void => {
    const r = rowOf(index, bucket);
    if (r < 0) return;
    const st = stamps[r] as number;
    if (st >>> 16 === chunkStamp) return;
    stamps[r] = ((chunkStamp << 16) | (st & 0xffff)) >>> 0;
    addRow(model, c, r);
    if (kept && token >= 0) keep(r, token);
  };
  const toSentence = (bucket: number): void => {
    const r = rowOf(index, bucket);
    if (r < 0) return;
    const st = stamps[r] as number;
    if ((st & 0xffff) === sentenceStamp) return;
    stamps[r] = ((st & 0xffff0000) | sentenceStamp) >>> 0;
    addRow(model, s, r);
  };
  const keptBit = kept ? 1 : 0;
  // A row new to both views adds to both sums; one met before in a view adds that view's share past its sums, where
  // nothing reads it. Worked out with bits rather than tests: which views have met a row is not foreseeable, and the
  // tests cost a 10,000-character draft's first stage about 3%. Its row is kept when new to the chunk (room for it
  // is made before each token's buckets).
  const toBoth = (bucket: number, token: number): void => {
    const r = rowOf(index, bucket);
    if (r < 0) return;
    const st = stamps[r] as number;
    const inChunk = (st >>> 16) ^ chunkStamp;
    const inSentence = (st & 0xffff) ^ sentenceStamp;
    if ((inChunk | inSentence) === 0) return;
    stamps[r] = ((chunkStamp << 16) | sentenceStamp) >>> 0;
    // 1 when the view has not met the row (its stamp differs), else 0; a view that has adds from MAX_LABELS on.
    const chunkNew = (inChunk | -inChunk) >>> 31;
    const sentenceNew = (inSentence | -inSentence) >>> 31;
    addRowAt(model, chunkSpan, (chunkNew ^ 1) << 4, sentenceSpan, (sentenceNew ^ 1) << 4, r);
    metRow[metCount] = r;
    metToken[metCount] = token;
    metCount += chunkNew & keptBit;
  };
  let sentences = 0;
  let sentence = -1;
  let sentenceFrom = 0;
  // Whether the sentence being read is one met before in this chunk (`metBefore`): then it adds nothing.
  let again = false;
  // Sentence `at`, tokens [from, to), read: how many sentences that makes (0 or 1). Told what it reads rather than
  // reading the loop's variables, so that no closure holds them and the loop below keeps them at hand.
  const endSentence = (at: number, from: number, to: number, seen: boolean): number => {
    if (at < 0 || whole) return 0;
    if (seen) return 1;
    wholeFeatures(source, roleSeed, toSentence, from, to);
    finish(model, s);
    for (let l = 0; l < L; l++) if ((s[l] as number) > (sentenceBest[l] as number)) sentenceBest[l] = s[l] as number;
    return 1;
  };
  // The two tokens before the one read, as each view sees them.
  let chunkPrevious = SENTENCE_START;
  let chunkBefore = SENTENCE_START;
  let sentencePrevious = SENTENCE_START;
  let sentenceBefore = SENTENCE_START;
  const hashes = tokens.hash;
  // A loop, not forEach: the variables above, written at every token, stay out of a closure's context.
  for (let r = 0; r < ranges.length; r++) {
    const [from, to] = ranges[r] as [number, number];
    chunkSpan.fill(0);
    nextChunk();
    met.count = 0;
    if (kept) keepFrom(from, to);
    let chunkSentence = -1;
    for (let k = from; k < to; k++) {
      const at = tokens.sentence[k] as number;
      if (at !== sentence) {
        if (sentence >= 0 && sentenceFrom >= from) met.add(sentenceFrom, k);
        sentences += endSentence(sentence, sentenceFrom, k, again);
        sentence = at;
        sentenceFrom = k;
        sentenceSpan.fill(0);
        nextSentence();
        sentencePrevious = SENTENCE_START;
        sentenceBefore = SENTENCE_START;
        let end = k + 1;
        while (end < to && tokens.sentence[end] === at) end++;
        // Met before, whole, in this chunk: both views have read its features, and its sum is among the best.
        again = !whole && (end < to || end === tokens.count || tokens.sentence[end] !== at) && metBefore(source, k, end);
        if (again) {
          chunkSentence = at;
          chunkBefore = end - k >= 2 ? (hashes[end - 2] as number) : SENTENCE_START;
          chunkPrevious = hashes[end - 1] as number;
          sentenceBefore = chunkBefore;
          sentencePrevious = chunkPrevious;
          k = end - 1;
          continue;
        }
      }
      const h = hashes[k] as number;
      if (at !== chunkSentence) {
        chunkSentence = at;
        chunkPrevious = SENTENCE_START;
        chunkBefore = SENTENCE_START;
      }
      // Each view's buckets are read in a loop here rather than through tokenFeatures' callback: one call site
      // per view, where the view's reader is inlined.
      // Most tokens' words are not among the few before them: the latest token whose hash ends as this one's tells,
      // at one look-up, whether any could be.
      const latest = latestAt[h & LATEST_MASK] as number;
      latestAt[h & LATEST_MASK] = k;
      if (latest >= k - REPEAT_SPAN && repeats(hashes, k, Math.max(from, sentenceFrom) + 2)) {
        // Its buckets are those of a token already read in both views: each is stamped, and adds nothing.
      } else if (whole) {
        const n = tokenBuckets(source, roleSeed, k, chunkPrevious, chunkBefore, buckets);
        for (let i = 0; i < n; i++) toChunk(buckets[i] as number, k);
      } else if (chunkPrevious === sentencePrevious && chunkBefore === sentenceBefore) {
        // The rows new to the chunk are kept in `toBoth`, not through `keep`: a call per row cost a
        // 10,000-character draft about as much as reading its chunk again. It writes a row even when not keeping.
        if (metCount + TOKEN_FEATURES > metRow.length) roomFor(TOKEN_FEATURES);
        const n = tokenBuckets(source, roleSeed, k, chunkPrevious, chunkBefore, buckets);
        for (let i = 0; i < n; i++) toBoth(buckets[i] as number, k);
      } else {
        let n = tokenBuckets(source, roleSeed, k, chunkPrevious, chunkBefore, buckets);
        for (let i = 0; i < n; i++) toChunk(buckets[i] as number, k);
        n = tokenBuckets(source, roleSeed, k, sentencePrevious, sentenceBefore, buckets);
        for (let i = 0; i < n; i++) toSentence(buckets[i] as number);
      }
      chunkBefore = chunkPrevious;
      chunkPrevious = h;
      sentenceBefore = sentencePrevious;
      sentencePrevious = h;
    }
    wholeFeatures(source, roleSeed, toChunk, from, to);
    if (kept) keptChunks[4 * keptCount - 1] = metCount;
    finish(model, c);
    for (let l = 0; l < L; l++) {
      if ((c[l] as number) > (z[l] as number)) {
        z[l] = c[l] as number;
        chunk[l] = r;
      }
    }
  }
  sentences += endSentence(sentence, sentenceFrom, tokens.count, again);
  // One sentence is the whole draft; no words, and the draft stands for its strongest sentence.
  if (whole || sentences === 0) sentenceBest.set(z);
  if (whole) sentences = 1;
  return { z, chunk, ranges, sentenceBest, sentences, reading };
}
