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

const inside = (editor: HTMLElement, range: Range): boolean =>
  editor.contains(range.startContainer) && editor.contains(range.endContainer);

export function keepCaret(editor: HTMLElement, signal: AbortSignal): Caret {
  const doc = editor.ownerDocument;
  /** The last selection inside the post. */
  let kept: Range | null = null;
  const track = (): void => {
    const selection = doc.getSelection();
    if (selection && selection.rangeCount > 0 && inside(editor, selection.getRangeAt(0))) kept = selection.getRangeAt(0).cloneRange();
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
      let range = kept && inside(editor, kept) ? kept : null;
      if (!range) {
        range = doc.createRange();
        range.selectNodeContents(editor);
        range.collapse(false);
      }
      selection.removeAllRanges();
      selection.addRange(range);
    },
  };
}
