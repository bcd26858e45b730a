/**
 * The levels a label's weights are rounded to before the model file stores them as 4-bit codes
 * (src/engine/model/model.ts): at most 16 values, chosen by one-dimensional k-means (Lloyd's algorithm), so that the
 * levels lie where the weights are dense and the rounding costs the least squared error.
 */

/** Up to `count` levels (whole numbers, none zero, ascending) for these quantised weights (none zero). */
export function chooseLevels(values: ArrayLike<number>, count = 16): number[] {
  const tally = new Map<number, number>();
  for (let i = 0; i < values.length; i++) tally.set(values[i] as number, (tally.get(values[i] as number) ?? 0) + 1);
  const distinct = [...tally.keys()].sort((a, b) => a - b);
  if (distinct.length <= count) return distinct;
  // Start from evenly spaced quantiles of the weights, counted with their multiplicity.
  const sorted = Array.from(values).sort((a, b) => a - b);
  let centres = Array.from({ length: count }, (_, i) => sorted[Math.floor(((i + 0.5) * sorted.length) / count)] as number);
  for (let round = 0; round < 50; round++) {
    const sum = new Float64Array(centres.length);
    const weight = new Float64Array(centres.length);
    for (const v of distinct) {
      const c = nearest(centres, v);
      const n = tally.get(v) as number;
      sum[c] = (sum[c] as number) + v * n;
      weight[c] = (weight[c] as number) + n;
    }
    const next = centres.map((c, i) => ((weight[i] as number) > 0 ? Math.round((sum[i] as number) / (weight[i] as number)) : c));
    const moved = next.some((c, i) => c !== centres[i]);
    centres = next;
    if (!moved) break;
  }
  return [...new Set(centres.filter((c) => c !== 0))].sort((a, b) => a - b);
}

/** The index of the level nearest to `v` (the lower one on a tie). */
export function nearest(levels: readonly number[], v: number): number {
  let best = 0;
  for (let i = 1; i < levels.length; i++) if (Math.abs((levels[i] as number) - v) < Math.abs((levels[best] as number) - v)) best = i;
  return best;
}
