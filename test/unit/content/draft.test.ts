// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readDraftText } from '../../../src/content/draft';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.append(document.createRange().createContextualFragment(html));
  document.body.replaceChildren(editor);
  return editor;
}

describe('rangeFor', () => {
  it('maps draft offsets back to the text nodes, across spans and lines', () => {
    const editor = editorWith('<p><span>The head is </span><span>useless</span></p><p><span>and rude</span></p>');
    const { text, segments } = readDraftText(editor);
    expect(text).toBe('The head is useless\nand rude');
    const start = text.indexOf('useless');
    expect(rangeFor(segments, start, start + 'useless'.length)?.toString()).toBe('useless');
    const across = rangeFor(segments, text.indexOf('is'), text.indexOf('rude') + 4);
    expect(across?.toString()).toBe('is uselessand rude');
  });

  it('gives no range once the text it was read from has left the page', () => {
    const editor = editorWith('<p><span>Mr Bell is awful</span></p>');
    const { segments } = readDraftText(editor);
    editor.replaceChildren();
    expect(rangeFor(segments, 0, 7)).toBeNull();
  });

  it('gives no range for offsets beyond the text', () => {
    const { segments } = readDraftText(editorWith('<p>short</p>'));
    expect(rangeFor(segments, 2, 40)).toBeNull();
  });
});
