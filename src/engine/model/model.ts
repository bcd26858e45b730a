/**
 * The learned model: a multi-label logistic regression over the hashed features of `features.ts`, one output per
 * category, stored in a compact binary file and read by plain TypeScript (no browser API, no dependency), so the
 * worker, the unit tests and the `check` tool score drafts identically.
 *
 * File layout (little-endian). Most kept buckets weigh on one or two labels of the twelve, so rows are stored sparse,
 * and each label's weights take at most 16 values, so a weight is stored as a 4-bit code into its label's levels:
 *   "STM3"                      magic
 *   u32 n, n bytes              header, UTF-8 JSON (see ModelHeader)
 *   u32 k                       number of kept buckets
 *   k varints                   bucket ids, ascending, each as the gap from the one before
 *   k × u16                     per bucket, which labels carry a weight (bit l for label l; at most 16 labels)
 *   per label: u8 m, m × int8   its levels (1 to 16 distinct values, none zero)
 *   4 bits per set bit          those weights as codes into their label's levels, bucket by bucket, label by label,
 *                               two to a byte (low half first; an odd count leaves the last high half zero);
 *                               weight = level × scale[label]
 * In memory the rows are dense again (k × labels int8), so scoring a bucket is one row read. The 4-bit codes make
 * the file about a fifth smaller, gzipped, than a byte per weight; `npm run train` chooses the levels (docs/model.md).
 */
import type { Category } from '../types';
import { BUCKETS } from './features';

export interface ModelHeader {
  format: 3;
  /**
   * The outputs, in the order of each row's weights: one per category, then `nudge` (any breach at all), which
   * gates them: a draft nudges when `nudge` reaches its threshold, and then names the categories that reach theirs
   * (or, failing that, the likeliest allowed one).
   */
  labels: Label[];
  bits: number;
  bias: number[];
  scale: number[];
  /**
   * Per label, chosen on the validation split: for `nudge`, the gate; for a category, the probability at or above
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
  /** Bucket → row of `weights`, or -1 when the bucket carries no weight. */
  rows: Int32Array;
  weights: Int8Array;
  bias: Float32Array;
  scale: Float32Array;
  thresholds: Float32Array;
}

const MAGIC = [0x53, 0x54, 0x4d, 0x33];
const MAX_LABELS = 16;
/** Distinct weights a label may take: one 4-bit code each. */
export const MAX_LEVELS = 16;

export function encodeModel(header: ModelHeader, buckets: Int32Array, weights: Int8Array): Uint8Array {
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
  const varints: number[] = [];
  let last = 0;
  for (const b of buckets) {
    let gap = b - last;
    last = b;
    while (gap >= 0x80) {
      varints.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    varints.push(gap);
  }
  const masks = new Uint8Array(buckets.length * 2);
  const codes: number[] = [];
  for (let r = 0; r < buckets.length; r++) {
    let mask = 0;
    for (let l = 0; l < L; l++) {
      const w = weights[r * L + l] as number;
      if (w === 0) continue;
      mask |= 1 << l;
      codes.push((levels[l] as number[]).indexOf(w));
    }
    masks[2 * r] = mask & 0xff;
    masks[2 * r + 1] = mask >>> 8;
  }
  const table = levels.flatMap((ls) => [ls.length, ...ls.map((w) => w & 0xff)]);
  const packed = new Uint8Array((codes.length + 1) >> 1);
  codes.forEach((c, i) => (packed[i >> 1] = (packed[i >> 1] as number) | (c << ((i & 1) * 4))));
  const out = new Uint8Array(4 + 4 + json.length + 4 + varints.length + masks.length + table.length + packed.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let p = 8 + json.length;
  view.setUint32(p, buckets.length, true);
  p += 4;
  out.set(varints, p);
  p += varints.length;
  out.set(masks, p);
  p += masks.length;
  out.set(table, p);
  p += table.length;
  out.set(packed, p);
  return out;
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
  if (header.format !== 3) fail(`format ${String(header.format)} is not supported`);
  const labels = header.labels;
  const L = labels.length;
  if (L > MAX_LABELS) fail(`${L} labels, at most ${MAX_LABELS} fit`);
  if (1 << header.bits !== BUCKETS) fail(`built for 2^${header.bits} buckets, the engine hashes into ${BUCKETS}`);
  let p = 8 + n;
  const k = view.getUint32(p, true);
  p += 4;
  const rows = new Int32Array(BUCKETS).fill(-1);
  let bucket = 0;
  for (let r = 0; r < k; r++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      if (p >= bytes.length) fail('bucket list runs past the end');
      const byte = bytes[p++] as number;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += gap;
    if (bucket >= BUCKETS) fail('bucket out of range');
    rows[bucket] = r;
  }
  if (p + 2 * k > bytes.length) fail('label masks run past the end');
  const masks = p;
  p += 2 * k;
  const levels: Int8Array[] = [];
  for (let l = 0; l < L; l++) {
    const m = bytes[p++];
    if (m === undefined || p + m > bytes.length) fail('levels run past the end');
    if ((m as number) > MAX_LEVELS) fail(`label ${l} has ${m} levels, at most ${MAX_LEVELS} fit`);
    levels.push(Int8Array.from(bytes.subarray(p, p + (m as number))));
    p += m as number;
  }
  const weights = new Int8Array(k * L);
  let code = 0;
  for (let r = 0; r < k; r++) {
    const mask = (bytes[masks + 2 * r] as number) | ((bytes[masks + 2 * r + 1] as number) << 8);
    if (mask >>> L !== 0) fail(`a bucket weighs on label ${31 - Math.clz32(mask)}, the model has ${L}`);
    // Only the set bits, lowest first.
    for (let m = mask; m !== 0; m &= m - 1) {
      const l = 31 - Math.clz32(m & -m);
      const byte = bytes[p + (code >> 1)];
      if (byte === undefined) fail('weights run past the end');
      const c = ((byte as number) >> ((code & 1) * 4)) & 0xf;
      const w = (levels[l] as Int8Array)[c];
      if (w === undefined) fail(`a weight of label ${l} uses level ${c}, the label has ${(levels[l] as Int8Array).length}`);
      weights[r * L + l] = w as number;
      code++;
    }
  }
  const end = p + ((code + 1) >> 1);
  if (end !== bytes.length) fail(`${bytes.length - end} bytes left over after the weights`);
  return {
    header,
    labels,
    rows,
    weights,
    bias: Float32Array.from(header.bias),
    scale: Float32Array.from(header.scale),
    thresholds: Float32Array.from(header.thresholds),
  };
}

/** Adds one bucket's quantised weights to per-label sums. */
export function accumulate(model: Model, sums: Float32Array, bucket: number): void {
  const r = model.rows[bucket] as number;
  if (r < 0) return;
  const L = sums.length;
  const base = r * L;
  for (let l = 0; l < L; l++) sums[l] = (sums[l] as number) + (model.weights[base + l] as number);
}

/** Turns summed quantised weights into log-odds per label, in place. */
export function finish(model: Model, sums: Float32Array): Float32Array {
  for (let l = 0; l < sums.length; l++) sums[l] = (sums[l] as number) * (model.scale[l] as number) + (model.bias[l] as number);
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
  const r = model.rows[bucket] as number;
  if (r < 0) return 0;
  return (model.weights[r * model.labels.length + label] as number) * (model.scale[label] as number);
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
