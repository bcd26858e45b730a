/** Binary searches over an ascending list, shared by the engine's look-ups and the bench's trace reading. */

/** The index of the first value ≥ `x` in an ascending list of numbers or of words (its length when there is none). */
export function firstAtOrAfter<T extends number | string>(sorted: readonly T[], x: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an ascending list holds `x`. */
export function holdsValue(sorted: readonly number[], x: number): boolean {
  const at = firstAtOrAfter(sorted, x);
  return at < sorted.length && sorted[at] === x;
}

/** The index of the last value ≤ `x` in an ascending list (-1 when there is none). */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
