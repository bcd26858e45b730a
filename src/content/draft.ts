/**
 * Reads the draft out of a composer without touching it: a textarea's value, or the text of a
 * contenteditable editor, where each block (a Draft.js block, a Lexical paragraph) is one line.
 */

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

function textOf(element: Element): string {
  // Between blocks, whitespace-only text is markup formatting, not what the user typed.
  const holdsBlocks = [...element.children].some((child) => BLOCK.has(child.tagName));
  let out = '';
  let first = true;
  let previousWasBlock = false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    let part: string;
    let isBlock = false;
    if (child.nodeType === Node.TEXT_NODE) {
      part = (child as Text).data;
      if (holdsBlocks && part.trim() === '') continue;
    } else if (child instanceof Element) {
      if (child.tagName === 'BR') {
        // Draft.js and Lexical keep a lone <br> in an empty line: it is the line itself, not a break.
        part = element.childNodes.length === 1 ? '' : '\n';
      } else {
        isBlock = BLOCK.has(child.tagName);
        part = textOf(child);
      }
    } else {
      continue;
    }
    if (!first && (isBlock || previousWasBlock)) out += '\n';
    out += part;
    first = false;
    previousWasBlock = isBlock;
  }
  return out;
}

export function readDraft(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  // Editors hold non-breaking spaces where the user typed plain ones.
  return textOf(editor).replace(/\u00a0/g, ' ');
}
