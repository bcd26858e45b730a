/**
 * Where the caret stood in a rich-text post while the user is away in the note, put back when they return.
 * `focus()` on a contenteditable leaves the caret where the browser likes: Chromium puts it at the start, and on X
 * (Draft.js, which takes the browser's selection as its own) the next words typed after "Edit my post", "Not now" or
 * Escape landed before the post instead of after it. A textarea keeps its own selection through `focus()`.
 */
export interface Caret {
  /** Focuses the post with the caret where it last stood in it (at the end when that place is gone). */
  back(): void;
}

export function keepCaret(editor: HTMLElement, signal: AbortSignal): Caret {
  const doc = editor.ownerDocument;
  /**
   * The last selection inside the post, as its ends: read on every selection change while the post has focus, so
   * no Range is made there (`getRangeAt` made typing cost half as much again per key, measured in `npm run bench`).
   */
  let anchor: Node | null = null;
  let anchorOffset = 0;
  let focus: Node | null = null;
  let focusOffset = 0;
  const track = (): void => {
    const selection = doc.getSelection();
    if (!selection || selection.anchorNode === null || !editor.contains(selection.anchorNode)) return;
    anchor = selection.anchorNode;
    anchorOffset = selection.anchorOffset;
    focus = selection.focusNode;
    focusOffset = selection.focusOffset;
  };
  // Read only while the post has focus: a page holds many composers (a feed's comment boxes), and the one being
  // written in is the only one whose caret moves.
  const start = (): void => doc.addEventListener('selectionchange', track);
  const stop = (): void => {
    track();
    doc.removeEventListener('selectionchange', track);
  };
  editor.addEventListener('focusin', start, { signal });
  editor.addEventListener('focusout', stop, { signal });
  signal.addEventListener('abort', () => doc.removeEventListener('selectionchange', track), { once: true });
  const active = doc.activeElement;
  if (active && (active === editor || editor.contains(active))) start();
  return {
    back(): void {
      editor.focus();
      if (!editor.isContentEditable) return;
      const selection = doc.getSelection();
      if (!selection) return;
      if (anchor && focus && editor.contains(anchor) && editor.contains(focus)) {
        try {
          selection.setBaseAndExtent(anchor, anchorOffset, focus, focusOffset);
          return;
        } catch {
          // The text changed under the kept place (an offset past its end): the end of the post, below.
        }
      }
      const range = doc.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
      selection.removeAllRanges();
      selection.addRange(range);
    },
  };
}
