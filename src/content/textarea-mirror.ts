/**
 * A textarea's text has no DOM nodes, so no range can point at its words. A mirror is a copy of that text laid out
 * exactly over the textarea (same box, font, wrapping and scroll), invisible and click-through: ranges over the
 * mirror's text sit where the words are drawn, so the findings are highlighted as in X's and Facebook's editors,
 * and the textarea itself is never written to. The page that owns the textarea gives the mirror element and lays it
 * out as the textarea, over it (page.css, `.mirror`); this keeps its text, its scroll and its width for a scrollbar.
 */
import { textareaMirrors } from './draft';

/** Keeps the mirror's text as wide as the textarea's, whose scrollbar (when it has one) narrows it, and scrolled as far. */
function align(textarea: HTMLTextAreaElement, mirror: HTMLElement): void {
  mirror.style.paddingRight = '';
  const scrollbar = textarea.offsetWidth - textarea.clientWidth - textarea.clientLeft * 2;
  if (scrollbar > 0) mirror.style.paddingRight = `${parseFloat(getComputedStyle(mirror).paddingRight) + scrollbar}px`;
  mirror.scrollTop = textarea.scrollTop;
  mirror.scrollLeft = textarea.scrollLeft;
}

/** Lays `mirror` over `textarea` and keeps it there (resizing, scrolling) until `signal` aborts. */
export function mirrorTextarea(textarea: HTMLTextAreaElement, mirror: HTMLElement, signal: AbortSignal): void {
  mirror.setAttribute('aria-hidden', 'true');
  const text = document.createTextNode(textarea.value);
  // A final empty line takes room in a textarea but not in a block: the zero-width space gives it that room.
  mirror.replaceChildren(text, document.createTextNode('\u200b'));
  const follow = (): void => align(textarea, mirror);
  // Read with the draft: the mirror takes the text as it is now, then the textarea's place and scroll.
  textareaMirrors.set(textarea, () => {
    if (text.data !== textarea.value) text.data = textarea.value;
    follow();
    return [{ node: text, start: 0 }];
  });
  follow();
  textarea.addEventListener('scroll', follow, { passive: true, signal });
  const resized = new ResizeObserver(follow);
  resized.observe(textarea);
  signal.addEventListener(
    'abort',
    () => {
      resized.disconnect();
      textareaMirrors.delete(textarea);
      mirror.replaceChildren();
    },
    { once: true },
  );
}
