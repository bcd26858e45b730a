/**
 * The second stage: a small neural network over what the first stage (the linear model of model.ts) and the rest of
 * the engine already know about a draft. The linear model adds its words' weights up over the whole draft, so one
 * friendly sentence can wash out the complaint beside it, and it cannot weigh one kind of evidence by another. The
 * second stage reads each label's log-odds for the whole draft and for its strongest sentence read alone, the rules'
 * evidence by category (plain, reported, standing alone), who the draft is about and how, and which categories may
 * be found at all (`stackInputs` in decide.ts), and combines them through one hidden layer of rectified units into a
 * probability per label. `npm run train` fits it on out-of-fold first-stage scores: each training draft scored by a
 * linear model that never saw its batch, so that it learns how far to trust those scores on text they never saw.
 *
 * It corrects the first stage rather than replacing it: each output's log-odds are the first stage's whole-draft
 * log-odds for that label (its first `outputs` inputs, times INPUT_SCALE) plus what the hidden layer adds. Where
 * the training drafts say little (a bland one-line remark, say), the correction stays small and the draft is judged
 * as the linear model judges it.
 *
 * In the model file, after the first stage's weights (model.ts), little-endian:
 *   u16 inputs, u16 hidden, u16 outputs     hidden 0: no second stage (then inputs and outputs are 0 too)
 *   hidden × f32, hidden × f32              per hidden unit: its weights' scale, its bias
 *   outputs × f32, outputs × f32            per output: its weights' scale, its bias
 *   hidden × inputs int8                    first layer, row by row (weight = value × its row's scale)
 *   outputs × hidden int8                   second layer, likewise
 */
import { MANNERS, TARGETS } from '../annotate';
import { CATEGORIES } from '../types';

export interface Stack {
  inputs: number;
  hidden: number;
  outputs: number;
  /** hidden × inputs, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** outputs × hidden, row-major. */
  w2: Float32Array;
  b2: Float32Array;
}

/** The first `outputs` inputs are the first stage's log-odds divided by this (see `stackInputs` in decide.ts). */
export const INPUT_SCALE = 4;

/** How many inputs the second stage reads for a first stage of `labels` outputs (see `stackInputs`). */
export function stackWidth(labels: number): number {
  return 2 * labels + 3 + 4 * CATEGORIES.length + TARGETS.length + MANNERS.length;
}

/** The draft being read's inputs that are not 0: where each is, and its value (grown to the widest stack met). */
let liveAt = new Int32Array(0);
let liveValue = new Float64Array(0);
/** Likewise its hidden units that are not 0, in order: which, and their values (float32, as a unit's value is). */
let hiddenAt = new Int32Array(0);
let hiddenValue = new Float32Array(0);

/**
 * The second stage's probability per label, for its inputs `x`. Most inputs are 0 for any one draft (categories
 * with no hit, targets not named), and so are many hidden units: only the others are multiplied. A product with 0
 * adds nothing to a sum, and each unit still adds its products in input order, so the sums are the same to the bit.
 * Four hidden units are summed side by side: each sum waits on its last addition, four do not wait on each other.
 * The hidden units that are not 0 are listed once, so each output runs over them without a test per unit (a test
 * that goes one way or the other at random, unit by unit).
 */
export function stackForward(stack: Stack, x: ArrayLike<number>): Float32Array {
  const { inputs: I, hidden: H, w1, b1 } = stack;
  if (liveAt.length < I) {
    liveAt = new Int32Array(I);
    liveValue = new Float64Array(I);
  }
  if (hiddenAt.length < H) {
    hiddenAt = new Int32Array(H);
    hiddenValue = new Float32Array(H);
  }
  let n = 0;
  for (let i = 0; i < I; i++) {
    const v = x[i] as number;
    if (v === 0) continue;
    liveAt[n] = i;
    liveValue[n++] = v;
  }
  // A unit whose sum is not above 0 is 0 (rectified). One above 0 but below float32's least is 0 as a float32 too:
  // listing it adds a product of 0 to each output's sum, which leaves the sum as it was.
  let m = 0;
  let j = 0;
  for (; j + 4 <= H; j += 4) {
    const r0 = j * I;
    const r1 = r0 + I;
    const r2 = r1 + I;
    const r3 = r2 + I;
    let s0 = b1[j] as number;
    let s1 = b1[j + 1] as number;
    let s2 = b1[j + 2] as number;
    let s3 = b1[j + 3] as number;
    for (let q = 0; q < n; q++) {
      const i = liveAt[q] as number;
      const v = liveValue[q] as number;
      s0 += (w1[r0 + i] as number) * v;
      s1 += (w1[r1 + i] as number) * v;
      s2 += (w1[r2 + i] as number) * v;
      s3 += (w1[r3 + i] as number) * v;
    }
    if (s0 > 0) {
      hiddenAt[m] = j;
      hiddenValue[m++] = s0;
    }
    if (s1 > 0) {
      hiddenAt[m] = j + 1;
      hiddenValue[m++] = s1;
    }
    if (s2 > 0) {
      hiddenAt[m] = j + 2;
      hiddenValue[m++] = s2;
    }
    if (s3 > 0) {
      hiddenAt[m] = j + 3;
      hiddenValue[m++] = s3;
    }
  }
  for (; j < H; j++) {
    let s = b1[j] as number;
    for (let q = 0; q < n; q++) s += (w1[j * I + (liveAt[q] as number)] as number) * (liveValue[q] as number);
    if (s > 0) {
      hiddenAt[m] = j;
      hiddenValue[m++] = s;
    }
  }
  const out = new Float32Array(stack.outputs);
  for (let k = 0; k < stack.outputs; k++) {
    let s = (stack.b2[k] as number) + INPUT_SCALE * (x[k] as number);
    const row = k * H;
    for (let q = 0; q < m; q++) s += (stack.w2[row + (hiddenAt[q] as number)] as number) * (hiddenValue[q] as number);
    out[k] = 1 / (1 + Math.exp(-s));
  }
  return out;
}

/** Rows of `w` (each `width` long) as int8 with one scale per row. */
function quantiseRows(w: Float32Array, rows: number, width: number): { scale: Float32Array; q: Int8Array } {
  const scale = new Float32Array(rows);
  const q = new Int8Array(rows * width);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let i = 0; i < width; i++) max = Math.max(max, Math.abs(w[r * width + i] as number));
    const s = max / 127 || 1;
    scale[r] = s;
    for (let i = 0; i < width; i++) q[r * width + i] = Math.round((w[r * width + i] as number) / s);
  }
  return { scale, q };
}

/** The second stage's section of the model file (a stack of null: the section that says there is none). */
export function encodeStack(stack: Stack | null): Uint8Array {
  if (!stack) return new Uint8Array(6);
  const { inputs: I, hidden: H, outputs: K } = stack;
  const one = quantiseRows(stack.w1, H, I);
  const two = quantiseRows(stack.w2, K, H);
  const out = new Uint8Array(6 + 8 * H + 8 * K + H * I + K * H);
  const view = new DataView(out.buffer);
  view.setUint16(0, I, true);
  view.setUint16(2, H, true);
  view.setUint16(4, K, true);
  let p = 6;
  for (let j = 0; j < H; j++, p += 4) view.setFloat32(p, one.scale[j] as number, true);
  for (let j = 0; j < H; j++, p += 4) view.setFloat32(p, stack.b1[j] as number, true);
  for (let k = 0; k < K; k++, p += 4) view.setFloat32(p, two.scale[k] as number, true);
  for (let k = 0; k < K; k++, p += 4) view.setFloat32(p, stack.b2[k] as number, true);
  out.set(new Uint8Array(one.q.buffer), p);
  out.set(new Uint8Array(two.q.buffer), p + H * I);
  return out;
}

/**
 * Reads the second stage's section from `bytes` at `at`, which must run to the end of the file, for a first stage
 * of `labels` outputs. Null when the file says there is none; throws a clear error on anything else amiss.
 */
export function decodeStack(bytes: Uint8Array, at: number, labels: number): Stack | null {
  const fail = (why: string): never => {
    throw new Error(`model file: second stage: ${why}`);
  };
  if (at + 6 > bytes.length) fail('its sizes run past the end');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const I = view.getUint16(at, true);
  const H = view.getUint16(at + 2, true);
  const K = view.getUint16(at + 4, true);
  let p = at + 6;
  if (H === 0) {
    if (I !== 0 || K !== 0) fail(`no hidden units, but ${I} inputs and ${K} outputs`);
    if (p !== bytes.length) fail(`${bytes.length - p} bytes left over after it`);
    return null;
  }
  if (K !== labels) fail(`${K} outputs for a model of ${labels} labels`);
  if (I !== stackWidth(labels)) fail(`reads ${I} inputs, the engine gives it ${stackWidth(labels)}`);
  const end = p + 8 * H + 8 * K + H * I + K * H;
  if (end > bytes.length) fail('its weights run past the end');
  if (end < bytes.length) fail(`${bytes.length - end} bytes left over after it`);
  const floats = (n: number): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++, p += 4) out[i] = view.getFloat32(p, true);
    return out;
  };
  const scale1 = floats(H);
  const b1 = floats(H);
  const scale2 = floats(K);
  const b2 = floats(K);
  const w1 = scaledRows(bytes, p, H, I, scale1);
  p += H * I;
  const w2 = scaledRows(bytes, p, K, H, scale2);
  return { inputs: I, hidden: H, outputs: K, w1, b1, w2, b2 };
}

/**
 * `rows` × `cols` signed bytes at `at`, each row times its scale. Row by row, so a fresh worker's first pass (read
 * before anything is optimised) does no division per weight and boxes no quotient.
 */
function scaledRows(bytes: Uint8Array, at: number, rows: number, cols: number, scale: Float32Array): Float32Array {
  const out = new Float32Array(rows * cols);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + at, rows * cols);
  for (let r = 0, i = 0; r < rows; r++) {
    const s = scale[r] as number;
    for (const end = i + cols; i < end; i++) out[i] = (weights[i] as number) * s;
  }
  return out;
}
