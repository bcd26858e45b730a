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
   * The selection's ends as the post lost focus. Read then, not on every selection change while typing: reading it
   * there cost each keystroke about a third more (the keystroke trace of `npm run bench`), and focus leaves the post
   * before a click or the note's shortcut moves the selection (the composer contract checks it in Chromium and
   * Firefox: "Edit my post on paused post").
   */
  let anchor: Node | null = null;
  let anchorOffset = 0;
  let focus: Node | null = null;
  let focusOffset = 0;
  editor.addEventListener(
    'focusout',
    () => {
      const selection = doc.getSelection();
      if (!selection || selection.anchorNode === null || !editor.contains(selection.anchorNode)) return;
      anchor = selection.anchorNode;
      anchorOffset = selection.anchorOffset;
      focus = selection.focusNode;
      focusOffset = selection.focusOffset;
    },
    { signal },
  );
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
