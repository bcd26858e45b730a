/**
 * What the private-message page's box starts with: the draft as typed, except that a sentence holding a threat's
 * words is left out ("… I'll be waiting for him at the gate tomorrow"), so a parent starts from a message they can
 * send to the school, and the page says so. Every other kind of note leaves the draft whole.
 */
import type { Span } from '../../engine/types';

export interface Prefill {
  text: string;
  /** Whether a sentence was left out because it held a threat. */
  leftOut: boolean;
}

/** A sentence ends at . ! or ? (and any closing quote or bracket) before a space or the end, or at a line break. */
const SENTENCE_END = /([.!?]+["'”’)\]]*|\n)\s*/g;
/** "Mr. Khan": a title's full stop does not end the sentence. */
const TITLE = /\b(?:mr|mrs|ms|mx|dr|prof|st|sr|jr)$/i;

/** The draft's sentences as [start, end) ranges that cover it end to end, each with the spaces after it. */
export function sentenceRanges(draft: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of draft.matchAll(SENTENCE_END)) {
    const [all, mark = ''] = match;
    const end = match.index + all.length;
    if (mark !== '\n') {
      // "3.5", "www.x.com": no space after it, so no end of a sentence.
      if (all.length === mark.length && end < draft.length) continue;
      if (mark === '.' && TITLE.test(draft.slice(start, match.index))) continue;
    }
    ranges.push([start, end]);
    start = end;
  }
  if (start < draft.length) ranges.push([start, draft.length]);
  return ranges;
}

/** The draft less every sentence that `threats` (the threat findings' places) touch. */
export function prefill(draft: string, threats: readonly Span[] = []): Prefill {
  if (threats.length === 0) return { text: draft, leftOut: false };
  const touches = ([start, end]: [number, number]): boolean =>
    threats.some((span) => span.start < end && Math.max(span.end, span.start + 1) > start);
  const kept = sentenceRanges(draft).filter((range) => !touches(range));
  const text = kept.map(([start, end]) => draft.slice(start, end)).join('');
  return text.length === draft.length ? { text: draft, leftOut: false } : { text: text.trim(), leftOut: true };
}
