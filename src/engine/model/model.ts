/**
 * The learned model: a multi-label logistic regression over the hashed features of `features.ts`, one output per
 * category, and a small second stage over its outputs (stack.ts), stored in a compact binary file and read by plain TypeScript (no browser API, no dependency), so the
 * worker, the unit tests and the `check` tool score drafts identically.
 *
 * File layout (little-endian). Most kept buckets weigh on one or two labels of the twelve, so rows are stored sparse,
 * and each label's weights take at most 16 values, so a weight is stored as a 4-bit code into its label's levels:
 *   "STM4"                      magic (the file's signature since format 4; the header says which format)
 *   u32 n, n bytes              header, UTF-8 JSON (see ModelHeader)
 *   u32 k                       number of kept buckets
 *   BUCKETS / 8 bytes           which buckets are kept: bucket b is bit b & 7 of byte b >> 3, so four bytes read
 *                               as a little-endian u32 are one word of the in-memory `index`
 *   k bytes, then k bytes       per bucket, which labels carry a weight (bit l for label l; at most 16 labels),
 *                               as two planes: every bucket's labels 0–7, then every bucket's labels 8–15
 *   per label: u8 m, m × int8   its levels (1 to 16 distinct values, none zero)
 *   4 bits per set bit          those weights as codes into their label's levels, bucket by bucket, label by label,
 *                               two to a byte (low half first; an odd count leaves the last high half zero);
 *                               weight = level × scale[label]
 *   the second stage            see stack.ts (it may say there is none)
 * In memory the codes stay as they are in the file, beside each row's first code and its labels' levels already
 * multiplied by their scale, so reading a model is one pass over its bucket map and one over its rows, and scoring a
 * bucket reads only the weights it has. (Format 4 listed the kept buckets as gaps, a byte each: a map of one bit per
 * bucket is smaller zipped, 27 KB against 32, and is read 32 buckets at a time, not one. Format 5 stored each bucket's
 * labels as one little-endian u16: apart, the two planes zip 6.9 KB smaller, as each holds bytes of one kind.) The
 * 4-bit codes make the file about a fifth smaller, gzipped, than a byte per weight; `npm run train` chooses the levels.
 */
import type { Category } from '../types';
import { BUCKETS } from './features';
import { decodeStack, encodeStack } from './stack';
import type { Stack } from './stack';

export interface ModelHeader {
  format: 6;
  /**
   * The outputs, in the order of each row's weights: one per category, then `nudge` (any breach at all), which
   * gates them: a draft nudges when `nudge` reaches its threshold, and then names the categories that reach theirs
   * (or, failing that, the likeliest allowed one: `modelFindings` in decide.ts).
   */
  labels: Label[];
  bits: number;
  bias: number[];
  scale: number[];
  /**
   * Per label, chosen on the validation split (on the second stage's probabilities when there is one): for `nudge`,
   * the gate; for a category, the probability at or above
   * which it is named once the draft nudges.
   */
  thresholds: number[];
  /** Per label: the probability at or above which a category is found on its own, gate or not (above 1: never). */
  solo: number[];
  /** Rules (by id) whose hits are findings on their own (unmistakable wording); other rules are evidence only. */
  direct: string[];
  /** Provenance for the model card: data, seed, sizes, when. */
  trainedOn: Record<string, unknown>;
}

export type Label = Category | 'nudge';

export interface Model {
  header: ModelHeader;
  labels: readonly Label[];
  /**
   * Bucket → its row plus one, or 0 when the bucket carries no weight. Read again from the bucket map on first use
   * (tests, tools): the engine reads `index`, and a fresh worker does not fill this 1 MB table (about 0.8 ms of its
   * start; the 32 KB map is kept for it).
   */
  readonly rows: Int32Array;
  /**
   * `rows` again, small enough to stay in the processor's nearer caches (64 KB, not 1 MB: the first stage's look-ups
   * there were a third of its time): per 32 buckets, which hold a row (bit `bucket & 31`), then how many rows those
   * buckets and all before them hold. Rows follow their buckets' order, so that count less the bits set at and above
   * a bucket's is its row (`rowOf`). Counting from the top lets reading the file set the count at every bucket,
   * without a test for the first of its 32.
   */
  index: Int32Array;
  /** Per row: which labels it weighs on (bit l for label l). */
  masks: Uint16Array;
  /** Per row: the index of its first code. */
  first: Int32Array;
  /** The weights' 4-bit codes, two to a byte, low half first. */
  codes: Uint8Array;
  /** Label l's level c, times the label's scale, at l × 16 + c. */
  levels: Float32Array;
  bias: Float32Array;
  thresholds: Float32Array;
  /** The second stage, or null: the first stage's probabilities are then the model's. */
  stack: Stack | null;
  /** `header.direct` as a set. */
  direct: ReadonlySet<string>;
}

const MAGIC = [0x53, 0x54, 0x4d, 0x34];
/**
 * Labels a model may have, and distinct weights a label may take (one 4-bit code each). Both are 16, and the loops
 * that add weights count on it, with shifts by 4 written out (`(l << 4) | c` for l × MAX_LEVELS + c): a name from
 * the module scope is read again at each use, and in those loops that cost the first stage about 4% (bench drafts).
 */
export const MAX_LABELS = 16;
export const MAX_LEVELS = 16;

export function encodeModel(header: ModelHeader, buckets: Int32Array, weights: Int8Array, stack: Stack | null = null): Uint8Array {
  const L = header.labels.length;
  if (L > MAX_LABELS) throw new Error(`model file: ${L} labels, at most ${MAX_LABELS} fit`);
  if (weights.length !== buckets.length * L) throw new Error(`model file: ${weights.length} weights for ${buckets.length} buckets × ${L} labels`);
  // Each label's levels: its distinct weights other than zero, in ascending order.
  const levels: number[][] = [];
  for (let l = 0; l < L; l++) {
    const seen = new Set<number>();
    for (let r = 0; r < buckets.length; r++) if (weights[r * L + l] !== 0) seen.add(weights[r * L + l] as number);
    if (seen.size > MAX_LEVELS) throw new Error(`model file: label ${header.labels[l]} has ${seen.size} distinct weights, at most ${MAX_LEVELS} fit`);
    levels.push([...seen].sort((a, b) => a - b));
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const map = new Uint8Array(BUCKETS >>> 3);
  let last = -1;
  for (const b of buckets) {
    if (b <= last || b >= BUCKETS) throw new Error(`model file: buckets must ascend, each once, below ${BUCKETS} (${b} after ${last})`);
    last = b;
    map[b >>> 3] = (map[b >>> 3] as number) | (1 << (b & 7));
  }
  const k = buckets.length;
  const masks = new Uint8Array(k * 2);
  const codes: number[] = [];
  for (let r = 0; r < buckets.length; r++) {
    let mask = 0;
    for (let l = 0; l < L; l++) {
      const w = weights[r * L + l] as number;
      if (w === 0) continue;
      mask |= 1 << l;
      codes.push((levels[l] as number[]).indexOf(w));
    }
    masks[r] = mask & 0xff;
    masks[k + r] = mask >>> 8;
  }
  const table = levels.flatMap((ls) => [ls.length, ...ls.map((w) => w & 0xff)]);
  const packed = new Uint8Array((codes.length + 1) >> 1);
  codes.forEach((c, i) => (packed[i >> 1] = (packed[i >> 1] as number) | (c << ((i & 1) * 4))));
  if (stack && (stack.outputs !== L || stack.w1.length !== stack.hidden * stack.inputs || stack.w2.length !== L * stack.hidden)) {
    throw new Error(`model file: a second stage of ${stack.inputs} × ${stack.hidden} × ${stack.outputs} does not fit ${L} labels`);
  }
  const second = encodeStack(stack);
  const out = new Uint8Array(4 + 4 + json.length + 4 + map.length + masks.length + table.length + packed.length + second.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let p = 8 + json.length;
  view.setUint32(p, buckets.length, true);
  p += 4;
  out.set(map, p);
  p += map.length;
  out.set(masks, p);
  p += masks.length;
  out.set(table, p);
  p += table.length;
  out.set(packed, p);
  out.set(second, p + packed.length);
  return out;
}

/*
 * A worker reads the model once, in its first moments, before any code is optimised. Its two long loops are
 * functions of their own, kept plain: a small function's loop is optimised sooner than the same loop inside
 * decodeModel (about 2 ms less of a fresh worker's start, a one-off measurement).
 */

/** Whether this processor stores numbers low byte first, as the file does (every browser's does; the fallback is for completeness). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `count` little-endian 32-bit numbers at `p`, as a fresh array: one copy of the bytes where the processor reads them
 * as the file stores them, which a fresh worker does far faster than reading a number at a time.
 */
export function wordsAt(bytes: Uint8Array, p: number, count: number, littleEndian = LITTLE_ENDIAN): Int32Array {
  const from = bytes.byteOffset + p;
  const copy = bytes.buffer.slice(from, from + count * 4);
  if (!littleEndian) {
    const b = new Uint8Array(copy);
    for (let i = 0; i < b.length; i += 4) b.subarray(i, i + 4).reverse();
  }
  return new Int32Array(copy);
}

/**
 * Fills `index` (see Model) from the bucket map's words, 32 buckets each, and `rows` (bucket → row + 1) when given;
 * returns how many buckets the map holds.
 */
function readRows(words: Int32Array, rows: Int32Array | null, index: Int32Array): number {
  let count = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as number;
    if (word === 0) continue;
    if (rows) for (let m = word; m !== 0; m &= m - 1) rows[(w << 5) | (31 - Math.clz32(m & -m))] = ++count;
    else {
      // Its set bits, counted in parallel.
      let c = word - ((word >>> 1) & 0x55555555);
      c = (c & 0x33333333) + ((c >>> 2) & 0x33333333);
      count += (Math.imul((c + (c >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    index[2 * w] = word;
    index[2 * w + 1] = count;
  }
  return count;
}

/**
 * Fills each row's labels into `masks` from the file's two planes at `p` (labels 0–7 of every row, then labels 8–15)
 * and where each row's weights start into `first`; returns the weight count and every label any row weighs on.
 */
function readMasks(bytes: Uint8Array, p: number, masks: Uint16Array, first: Int32Array): { count: number; labels: number } {
  const k = masks.length;
  let count = 0;
  let labels = 0;
  for (let r = 0; r < k; r++) {
    const mask = (bytes[p + r] as number) | ((bytes[p + k + r] as number) << 8);
    masks[r] = mask;
    labels |= mask;
    first[r] = count;
    // The set bits, counted in parallel.
    let m = mask - ((mask >>> 1) & 0x5555);
    m = (m & 0x3333) + ((m >>> 2) & 0x3333);
    m = (m + (m >>> 4)) & 0x0f0f;
    count += (m + (m >>> 8)) & 0x1f;
  }
  return { count, labels };
}

/** Read a model file; throws a clear error on anything that is not one. */
export function decodeModel(bytes: Uint8Array): Model {
  const fail = (why: string): never => {
    throw new Error(`model file: ${why}`);
  };
  if (bytes.length < 12 || MAGIC.some((m, i) => bytes[i] !== m)) fail('not a Second Thought model (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = view.getUint32(4, true);
  if (8 + n + 4 > bytes.length) fail('header runs past the end');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))) as ModelHeader;
  if (header.format !== 6) fail(`format ${String(header.format)} is not supported (this engine reads format 6)`);
  const labels = header.labels;
  const L = labels.length;
  if (L > MAX_LABELS) fail(`${L} labels, at most ${MAX_LABELS} fit`);
  if (1 << header.bits !== BUCKETS) fail(`built for 2^${header.bits} buckets, the engine hashes into ${BUCKETS}`);
  let p = 8 + n;
  const k = view.getUint32(p, true);
  p += 4;
  if (p + (BUCKETS >>> 3) > bytes.length) fail('bucket map runs past the end');
  const words = wordsAt(bytes, p, BUCKETS >>> 5);
  const index = new Int32Array(BUCKETS >>> 4);
  const kept = readRows(words, null, index);
  if (kept !== k) fail(`the bucket map holds ${kept} buckets, the file says ${k}`);
  p += BUCKETS >>> 3;
  if (p + 2 * k > bytes.length) fail('label masks run past the end');
  const masks = new Uint16Array(k);
  const first = new Int32Array(k);
  const { count, labels: weighed } = readMasks(bytes, p, masks, first);
  if (weighed >>> L !== 0) fail(`a bucket weighs on label ${31 - Math.clz32(weighed)}, the model has ${L}`);
  p += 2 * k;
  const levels = new Float32Array(L * MAX_LEVELS);
  const levelCount: number[] = [];
  for (let l = 0; l < L; l++) {
    const m = bytes[p++];
    if (m === undefined || p + m > bytes.length) fail('levels run past the end');
    if ((m as number) > MAX_LEVELS) fail(`label ${l} has ${m} levels, at most ${MAX_LEVELS} fit`);
    levelCount.push(m as number);
    for (let c = 0; c < (m as number); c++) levels[l * MAX_LEVELS + c] = (((bytes[p + c] as number) << 24) >> 24) * (header.scale[l] as number);
    p += m as number;
  }
  const end = p + ((count + 1) >> 1);
  if (end > bytes.length) fail('weights run past the end');
  const codes = bytes.slice(p, end);
  // A label with fewer than 16 levels could be given a code it lacks: only then is every code looked at.
  if (levelCount.some((m) => m < MAX_LEVELS)) {
    for (let r = 0, code = 0; r < k; r++) {
      for (let m = masks[r] as number; m !== 0; m &= m - 1, code++) {
        const l = 31 - Math.clz32(m & -m);
        const c = ((codes[code >> 1] as number) >> ((code & 1) * 4)) & 0xf;
        if (c >= (levelCount[l] as number)) fail(`a weight of label ${l} uses level ${c}, the label has ${levelCount[l]}`);
      }
    }
  }
  const stack = decodeStack(bytes, end, L);
  const model = Object.assign(Object.create(LATER) as Model, {
    header,
    labels,
    index,
    masks,
    first,
    codes,
    levels,
    bias: Float32Array.from(header.bias),
    thresholds: Float32Array.from(header.thresholds),
    stack,
    direct: new Set(header.direct),
  });
  rowReaders.set(model, () => {
    const rows = new Int32Array(BUCKETS);
    readRows(words, rows, new Int32Array(BUCKETS >>> 4));
    return rows;
  });
  return model;
}

/** How to read each decoded model's `rows` again from its file. */
const rowReaders = new WeakMap<Model, () => Int32Array>();
/**
 * `rows` is on the models' prototype, read once on first use: an accessor on the model itself would change its shape
 * and made short drafts about 7% slower (the 55,366 short corpus drafts, back to back).
 */
const LATER = {
  get rows(): Int32Array {
    const rows = (rowReaders.get(this as unknown as Model) as () => Int32Array)();
    Object.defineProperty(this, 'rows', { value: rows });
    return rows;
  },
};

/** A bucket's row, or -1 when it carries no weight: `rows[bucket] - 1`, read from a model's `index`. */
export function rowOf(index: Int32Array, bucket: number): number {
  const at = 2 * (bucket >>> 5);
  // This bucket's bit and those above it in its 32: this row and the rows after it there.
  let from = (index[at] as number) >>> (bucket & 31);
  if ((from & 1) === 0) return -1;
  // Its set bits, counted in parallel.
  from -= (from >>> 1) & 0x55555555;
  from = (from & 0x33333333) + ((from >>> 2) & 0x33333333);
  from = (from + (from >>> 4)) & 0x0f0f0f0f;
  return (index[at + 1] as number) - (Math.imul(from, 0x01010101) >>> 24);
}

/**
 * Adds one bucket's weights to per-label sums, and to a second set of sums too when given (a chunk's and a
 * sentence's at once: model/first-stage.ts).
 */
export function accumulate(model: Model, sums: Float32Array, bucket: number, also?: Float32Array): void {
  const r = rowOf(model.index, bucket);
  if (r >= 0) addRow(model, sums, r, also);
}

/** `accumulate` for a bucket whose row (`rowOf`) is already known. */
export function addRow(model: Model, sums: Float32Array, r: number, also?: Float32Array): void {
  let code = model.first[r] as number;
  for (let m = model.masks[r] as number; m !== 0; m &= m - 1, code++) {
    const l = 31 - Math.clz32(m & -m);
    const c = ((model.codes[code >> 1] as number) >> ((code & 1) * 4)) & 0xf;
    const w = model.levels[(l << 4) | c] as number;
    sums[l] = (sums[l] as number) + w;
    if (also) also[l] = (also[l] as number) + w;
  }
}

/**
 * `addRow` into two sets of sums, label l's at `aAt + l` and `bAt + l`: the first stage sends a view's adds past its
 * sums (to MAX_LABELS on, where nothing is read) when that view has already met the row, rather than choosing which
 * sums to add to by tests the processor cannot foresee (model/first-stage.ts).
 */
export function addRowAt(model: Model, a: Float32Array, aAt: number, b: Float32Array, bAt: number, r: number): void {
  const { codes, levels } = model;
  let code = model.first[r] as number;
  for (let m = model.masks[r] as number; m !== 0; m &= m - 1, code++) {
    const l = 31 - Math.clz32(m & -m);
    const w = levels[(l << 4) | (((codes[code >> 1] as number) >> ((code & 1) * 4)) & 0xf)] as number;
    a[aAt + l] = (a[aAt + l] as number) + w;
    b[bAt + l] = (b[bAt + l] as number) + w;
  }
}

/** Turns summed weights into log-odds per label, in place. */
export function finish(model: Model, sums: Float32Array): Float32Array {
  for (let l = 0; l < sums.length; l++) sums[l] = (sums[l] as number) + (model.bias[l] as number);
  return sums;
}

/** Log-odds per label for one set of distinct buckets. */
export function logits(model: Model, buckets: ArrayLike<number>): Float32Array {
  const sums = new Float32Array(model.labels.length);
  for (let i = 0; i < buckets.length; i++) accumulate(model, sums, buckets[i] as number);
  return finish(model, sums);
}

/** The weight one bucket gives one label (0 when the bucket carries none). */
export function weightOf(model: Model, bucket: number, label: number): number {
  const r = rowOf(model.index, bucket);
  return r < 0 ? 0 : rowWeight(model, r, label);
}

/** `weightOf` for a bucket whose row is already known. */
export function rowWeight(model: Model, r: number, label: number): number {
  const mask = model.masks[r] as number;
  if (((mask >>> label) & 1) === 0) return 0;
  // Its code follows one for each label below it that the row weighs on: those bits, counted in parallel.
  let below = mask & ((1 << label) - 1);
  below -= (below >>> 1) & 0x5555;
  below = (below & 0x3333) + ((below >>> 2) & 0x3333);
  below = (below + (below >>> 4)) & 0x0f0f;
  const code = (model.first[r] as number) + ((below + (below >>> 8)) & 0x1f);
  const c = ((model.codes[code >> 1] as number) >> ((code & 1) * 4)) & 0xf;
  return model.levels[(label << 4) | c] as number;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
