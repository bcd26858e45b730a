/**
 * The note in the keyboard's path beside a site's composer. The card is a popover at the end of the page (or of the
 * site's dialog), so the browser's own order would reach it only after everything else, and a site's dialog that
 * keeps Tab inside itself (X's and Facebook's do) never would: it knows nothing of a shadow root. So while a note is
 * on screen, Tab from the post goes to the note's first control, through its controls in reading order, then on to
 * what follows the post (its Post button or toolbar); Shift+Tab retraces the same steps back into the post. A
 * question the post waits on ("Post anyway?") keeps Tab within itself, as a dialog does. Listened for on the window,
 * in the capture phase, so a site's own Tab handling, on the document or below, is not also given the key.
 */

/** The controls of the card on screen, in reading order, and whether Tab stays among them (a question). */
export interface CardStops {
  controls: readonly HTMLElement[];
  keepWithin: boolean;
}

/** What Tab can stop at, as the browser has it: enabled, shown, not taken out of the order. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/** The first control after `post` in the page's Tab order (document order, for the positive-less tabindex sites use). */
export function nextTabStop(post: HTMLElement, skip: (element: Element) => boolean): HTMLElement | null {
  for (const element of post.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (!(post.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) || post.contains(element)) continue;
    if (element.tabIndex < 0 || element.matches(':disabled') || element.closest('[inert]') || skip(element)) continue;
    if (element.getClientRects().length === 0) continue;
    return element;
  }
  return null;
}

/**
 * Moves Tab and Shift+Tab between `post` and its card (`stops`, null while no card is on screen) as described
 * above; `back` puts the user back in the post with the caret where they left it.
 */
export function keepNoteInTabOrder(
  post: HTMLElement,
  stops: () => CardStops | null,
  back: () => void,
  isCard: (element: Element) => boolean,
  signal: AbortSignal,
): void {
  const view = post.ownerDocument.defaultView;
  view?.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || !event.isTrusted || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
      const card = stops();
      const first = card?.controls[0];
      const last = card?.controls[card.controls.length - 1];
      if (!card || !first || !last) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      const at = card.controls.indexOf(target as HTMLElement);
      let move: (() => void) | undefined;
      if (at >= 0) {
        const next = at + (event.shiftKey ? -1 : 1);
        const control = card.controls[next];
        if (control) move = () => control.focus();
        else if (card.keepWithin) move = () => (event.shiftKey ? last : first).focus();
        else if (event.shiftKey) move = back;
        else {
          const after = nextTabStop(post, isCard);
          move = after ? () => after.focus() : back;
        }
      } else if (card.keepWithin) {
        return;
      } else if (post.contains(target)) {
        // An open @-mention list takes Tab for itself (the post says so with aria-expanded).
        if (!event.shiftKey && post.getAttribute('aria-expanded') !== 'true') move = () => first.focus();
      } else if (event.shiftKey && target === nextTabStop(post, isCard)) {
        move = () => last.focus();
      }
      if (!move) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      move();
    },
    { capture: true, signal },
  );
}
