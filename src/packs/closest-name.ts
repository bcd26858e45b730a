/**
 * The known name a misspelt one most likely meant: "naming_chlid" → "naming_child". Within two edits (a letter
 * added, dropped or changed), so a name that is merely unknown ("gossip") gets no guess.
 */
export const MAX_EDITS = 2;

/** Edits between `a` and `b`, or MAX_EDITS + 1 once it is sure to be more. */
function edits(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_EDITS) return MAX_EDITS + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(change, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    if (Math.min(...current) > MAX_EDITS) return MAX_EDITS + 1;
    previous = current;
  }
  return previous[b.length] ?? MAX_EDITS + 1;
}

/** The closest of `known` to `name` within MAX_EDITS, the first listed on a tie; undefined when none is that close. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let fewest = MAX_EDITS + 1;
  for (const candidate of known) {
    const distance = edits(name.toLowerCase(), candidate.toLowerCase());
    if (distance > 0 && distance < fewest) {
      best = candidate;
      fewest = distance;
    }
  }
  return best;
}
