/**
 * The drafts every speed figure in `npm run bench` is taken on, ours and the peers' alike: cut from the corpus's
 * training drafts, joined to length, starting at a different place each time so no two drafts are the same text.
 * (A fixed mix written for the benchmark used to stand here; real drafts cost about 1.7 times more per character.)
 */
import { corpusDrafts } from './realistic';

let joined: string | undefined;

export function draftOf(length: number, seed: number): string {
  joined ??= corpusDrafts().join('\n');
  const from = (seed * 7919 * 97) % Math.max(1, joined.length - length - 1);
  let text = joined.slice(from, from + length);
  while (text.length < length) text += `\n${joined.slice(0, length - text.length)}`;
  return text;
}

/** The value at quantile `q` (0 to 1) of an ascending list: the nearest-rank method. */
export function quantile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}
