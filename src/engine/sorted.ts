/** Binary searches over an ascending list, shared by the engine's look-ups and the bench's trace reading; short sorts. */

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

/**
 * Sorts a list in place, stably, as `list.sort(compare)` does: a short one (most lists a verdict sorts) by insertion,
 * since `sort` copies every list into work arrays of its own; a longer one by `sort`, so the cost stays n log n.
 */
export function sortStably<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 32) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(list[j] as T, x) > 0; j--) list[j + 1] = list[j] as T;
    list[j + 1] = x;
  }
  return list;
}
