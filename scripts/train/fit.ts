/**
 * Multi-label logistic regression fitted by FTRL-Proximal (McMahan et al., "Ad Click Prediction: a View from the
 * Trenches", KDD 2013): per-coordinate learning rates for sparse hashed features, and an L1 term that leaves most
 * weights at exactly zero, which keeps the shipped model small. Each example says which labels it speaks for
 * (`mask`): a public tweet labelled for hate says nothing about complaints. Deterministic for a seed.
 */
export interface Example {
  buckets: Int32Array;
  /** Per label: 1 positive, 0 negative. */
  y: Uint8Array;
  /** Per label: 1 when the example speaks for it. */
  mask: Uint8Array;
  weight: number;
}

export interface FitOptions {
  labels: number;
  buckets: number;
  epochs: number;
  seed: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  /** Per label: how much more a positive example counts (rare categories). */
  positiveWeight?: Float32Array;
}

export interface Fitted {
  /** buckets × labels, row-major. */
  weights: Float32Array;
  bias: Float32Array;
}

/** mulberry32: a small seeded generator, so every run shuffles alike. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

export function fit(examples: readonly Example[], o: FitOptions): Fitted {
  const L = o.labels;
  const z = new Float32Array(o.buckets * L);
  const n = new Float32Array(o.buckets * L);
  const bias = new Float32Array(L);
  const biasN = new Float32Array(L);
  const random = rng(o.seed);
  const order = examples.map((_, i) => i);
  const weightAt = (k: number): number => {
    const zk = z[k] as number;
    if (Math.abs(zk) <= o.l1) return 0;
    return -(zk - Math.sign(zk) * o.l1) / ((o.beta + Math.sqrt(n[k] as number)) / o.alpha + o.l2);
  };
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const ex = examples[index] as Example;
      const f = ex.buckets;
      for (let l = 0; l < L; l++) {
        if (ex.mask[l] === 0) continue;
        let sum = bias[l] as number;
        for (let i = 0; i < f.length; i++) sum += weightAt((f[i] as number) * L + l);
        const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, sum))));
        const y = ex.y[l] as number;
        const g = (p - y) * ex.weight * (y === 1 ? (o.positiveWeight?.[l] ?? 1) : 1);
        if (g === 0) continue;
        const g2 = g * g;
        for (let i = 0; i < f.length; i++) {
          const k = (f[i] as number) * L + l;
          const nk = n[k] as number;
          const sigma = (Math.sqrt(nk + g2) - Math.sqrt(nk)) / o.alpha;
          z[k] = (z[k] as number) + g - sigma * weightAt(k);
          n[k] = nk + g2;
        }
        biasN[l] = (biasN[l] as number) + g2;
        bias[l] = (bias[l] as number) - (o.alpha * g) / (o.beta + Math.sqrt(biasN[l] as number));
      }
    }
  }
  const weights = new Float32Array(o.buckets * L);
  for (let k = 0; k < weights.length; k++) weights[k] = weightAt(k);
  return { weights, bias };
}
