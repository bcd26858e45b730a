// @vitest-environment happy-dom
// Where the CSS Custom Highlight API is missing (as in this DOM), highlights are an overlay drawn outside the
// editor: nothing is ever added inside the editor, and the overlay goes when the last highlight does.
import { describe, expect, it } from 'vitest';
import { setHighlights } from '../../../src/content/highlights';

describe('highlights without the CSS Custom Highlight API', () => {
  it('draws an overlay outside the editor and removes it when cleared', () => {
    expect('highlights' in CSS).toBe(false);
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = 'The head is useless';
    document.body.replaceChildren(editor);
    const range = document.createRange();
    const text = editor.firstChild as Text;
    range.setStart(text, 12);
    range.setEnd(text, 19);

    const owner = {};
    setHighlights(owner, [range]);
    const overlay = document.querySelector('second-thought-highlights');
    expect(overlay).not.toBeNull();
    expect(editor.contains(overlay)).toBe(false);
    expect(editor.childNodes).toHaveLength(1);
    expect((overlay as HTMLElement).style.pointerEvents).toBe('none');

    setHighlights(owner, []);
    expect(document.querySelector('second-thought-highlights')).toBeNull();
    expect(editor.textContent).toBe('The head is useless');
  });
});
