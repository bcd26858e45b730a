/**
 * What "Not now" set aside: the words each dismissed note pointed at, kept by category and by text, not by place, so
 * typing elsewhere in the box moves nothing. A note comes back only for material the user was not shown: a kind of
 * note not dismissed, or words not seen under it ("… And Mr Khan is useless too" after "Mrs Patel is a disgrace").
 * The same words, kept while the user types on or selected and typed again, stay set aside.
 *
 * States: nothing set aside → some notes set aside (each "Not now" adds the words on screen) → nothing again when
 * the box is emptied, or a kind of note is brought back ("Undo" after "Turn off notes about …").
 */
import type { Category, Verdict } from '../engine/types';

/** A finding's words as compared: case and runs of spaces do not make them new. */
function wordsAt(draft: string, start: number, end: number): string {
  return draft.slice(start, end).toLowerCase().replace(/\s+/g, ' ').trim();
}

export class Dismissals {
  /** Per dismissed category, the words its findings pointed at (a category may have none in a cut-short reply). */
  private seen = new Map<Category, string[]>();

  /** Sets aside everything `verdict` pointed at in `draft`: the note the user just said "Not now" to. */
  add(verdict: Verdict, draft: string): void {
    for (const category of verdict.categories) if (!this.seen.has(category)) this.seen.set(category, []);
    for (const { category, span } of verdict.findings) this.seen.get(category)?.push(wordsAt(draft, span.start, span.end));
  }

  /** Brings these kinds of note back, whatever words they pointed at. */
  forget(categories: readonly Category[]): void {
    for (const category of categories) this.seen.delete(category);
  }

  clear(): void {
    this.seen.clear();
  }

  /**
   * Whether `verdict` points at anything not set aside: a category never dismissed, or words of a dismissed one that
   * no dismissed note showed. Words inside ones shown (a span that shrank as the user typed) are not new.
   */
  holdsNew(verdict: Verdict, draft: string): boolean {
    if (verdict.categories.some((category) => !this.seen.has(category))) return true;
    return verdict.findings.some(({ category, span }) => {
      const words = wordsAt(draft, span.start, span.end);
      return !(this.seen.get(category) ?? []).some((shown) => shown.includes(words));
    });
  }
}
