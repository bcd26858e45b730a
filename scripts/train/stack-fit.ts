/**
 * Fits the second stage (src/engine/model/stack.ts): one hidden layer of rectified units, a sigmoid per label,
 * cross-entropy over the labels each example speaks for, by Adam on minibatches with weight decay. Deterministic
 * for a seed.
 */
import { INPUT_SCALE } from '../../src/engine/model/stack';
import type { Stack } from '../../src/engine/model/stack';
import { rng, shuffle } from './fit';

export interface StackExample {
  x: Float32Array;
  y: Uint8Array;
  mask: Uint8Array;
  weight: number;
}

export interface StackFitOptions {
  hidden: number;
  epochs: number;
  batch: number;
  rate: number;
  decay: number;
  seed: number;
  /** Per label, how much a positive weighs (1 where not given). */
  positiveWeight?: Float32Array;
}

export function fitStack(examples: readonly StackExample[], o: StackFitOptions): Stack {
  const first = examples[0];
  if (!first) throw new Error('second stage: no examples');
  const I = first.x.length;
  const H = o.hidden;
  const K = first.y.length;
  if (I < K) throw new Error(`second stage: ${I} inputs cannot carry ${K} outputs (the first ${K} inputs are the first stage's log-odds)`);
  const random = rng(o.seed);
  // He initialisation from a seeded Box–Muller.
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const w1 = Float32Array.from({ length: H * I }, () => gauss() * Math.sqrt(2 / I));
  const b1 = new Float32Array(H);
  // Small at first, so that fitting starts from the first stage's own judgement.
  const w2 = Float32Array.from({ length: K * H }, () => gauss() * Math.sqrt(1 / H) * 0.1);
  const b2 = new Float32Array(K);
  const params = [w1, b1, w2, b2];
  const grads = params.map((p) => new Float32Array(p.length));
  const m = params.map((p) => new Float32Array(p.length));
  const v = params.map((p) => new Float32Array(p.length));
  const [g1, gb1, g2, gb2] = grads as [Float32Array, Float32Array, Float32Array, Float32Array];
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const order = examples.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (let start = 0; start < order.length; start += o.batch) {
      for (const g of grads) g.fill(0);
      const end = Math.min(order.length, start + o.batch);
      for (let n = start; n < end; n++) {
        const ex = examples[order[n] as number] as StackExample;
        for (let j = 0; j < H; j++) {
          let s = b1[j] as number;
          const row = j * I;
          for (let i = 0; i < I; i++) s += (w1[row + i] as number) * (ex.x[i] as number);
          h[j] = s > 0 ? s : 0;
        }
        dh.fill(0);
        for (let k = 0; k < K; k++) {
          if (ex.mask[k] === 0) continue;
          // The first stage's log-odds pass straight through; the network learns the correction (stack.ts).
          let s = (b2[k] as number) + INPUT_SCALE * (ex.x[k] as number);
          const row = k * H;
          for (let j = 0; j < H; j++) s += (w2[row + j] as number) * (h[j] as number);
          const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, s))));
          const y = ex.y[k] as number;
          const d = (p - y) * ex.weight * (y === 1 ? (o.positiveWeight?.[k] ?? 1) : 1);
          gb2[k] = (gb2[k] as number) + d;
          for (let j = 0; j < H; j++) {
            g2[row + j] = (g2[row + j] as number) + d * (h[j] as number);
            dh[j] = (dh[j] as number) + d * (w2[row + j] as number);
          }
        }
        for (let j = 0; j < H; j++) {
          if ((h[j] as number) <= 0) continue;
          const d = dh[j] as number;
          gb1[j] = (gb1[j] as number) + d;
          const row = j * I;
          for (let i = 0; i < I; i++) g1[row + i] = (g1[row + i] as number) + d * (ex.x[i] as number);
        }
      }
      step++;
      const scale = 1 / (end - start);
      const b1c = 1 - 0.9 ** step;
      const b2c = 1 - 0.999 ** step;
      params.forEach((p, pi) => {
        const g = grads[pi] as Float32Array;
        const mm = m[pi] as Float32Array;
        const vv = v[pi] as Float32Array;
        const decays = pi === 0 || pi === 2;
        for (let i = 0; i < p.length; i++) {
          const gi = (g[i] as number) * scale + (decays ? o.decay * (p[i] as number) : 0);
          mm[i] = 0.9 * (mm[i] as number) + 0.1 * gi;
          vv[i] = 0.999 * (vv[i] as number) + 0.001 * gi * gi;
          p[i] = (p[i] as number) - (o.rate * ((mm[i] as number) / b1c)) / (Math.sqrt((vv[i] as number) / b2c) + 1e-8);
        }
      });
    }
  }
  return { inputs: I, hidden: H, outputs: K, w1, b1, w2, b2 };
}
