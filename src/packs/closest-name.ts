/**
 * The known name a misspelt one most likely meant: "naming_chlid" → "naming_child", "shortname" → "shortName".
 * Within two edits (a letter added, dropped or changed; a different case costs nothing), or a longer or shorter form
 * of the same word ("naming_children" → "naming_child", "personal_information" → "personal_info"): a name that is
 * merely unknown ("gossip") gets no guess.
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

/**
 * The closest of `known` to `name` within MAX_EDITS, the first listed on a tie; undefined when none is that close.
 * Never `name` itself, but a name that differs from it only in case is the closest there is; and never one that
 * would change every letter of it ("7" is not a slip for "id").
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let fewest = Math.min(MAX_EDITS + 1, name.length);
  for (const candidate of known) {
    const distance = edits(name.toLowerCase(), candidate.toLowerCase());
    if (candidate !== name && distance < fewest) {
      best = candidate;
      fewest = distance;
    }
  }
  return best ?? sameStem(name, known);
}

/** Letters a name and a known one must begin with alike to be one word's forms, and the share of the shorter. */
const STEM = 5;
const STEM_SHARE = 0.75;

/** The known name that begins as `name` does for most of the shorter of the two, the longest such start first. */
function sameStem(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let longest = 0;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    let shared = 0;
    while (shared < lower.length && shared < other.length && lower[shared] === other[shared]) shared++;
    if (shared >= STEM && shared >= STEM_SHARE * Math.min(lower.length, other.length) && shared > longest) {
      best = candidate;
      longest = shared;
    }
  }
  return best;
}
