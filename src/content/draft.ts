/**
 * Reads the draft out of a composer without touching it: a textarea's value, or the text of a
 * contenteditable editor, where each block (a Draft.js block, a Lexical paragraph) is one line.
 * For an editor it also keeps where each text node sits in the draft, so findings can be highlighted.
 */

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

/** A text node of the editor and the draft offset its first character has. */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface DraftText {
  text: string;
  /** In draft order; empty for a textarea. */
  segments: TextSegment[];
}

function collect(element: Element, out: { text: string; segments: TextSegment[] }): void {
  // Between blocks, whitespace-only text is markup formatting, not what the user typed.
  const holdsBlocks = [...element.children].some((child) => BLOCK.has(child.tagName));
  let first = true;
  let previousWasBlock = false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    const isText = child.nodeType === Node.TEXT_NODE;
    if (!isText && !(child instanceof Element)) continue;
    if (isText && holdsBlocks && (child as Text).data.trim() === '') continue;
    const isBlock = child instanceof Element && BLOCK.has(child.tagName);
    if (!first && (isBlock || previousWasBlock)) out.text += '\n';
    first = false;
    previousWasBlock = isBlock;
    if (isText) {
      out.segments.push({ node: child as Text, start: out.text.length });
      out.text += (child as Text).data;
    } else if ((child as Element).tagName === 'BR') {
      // Draft.js and Lexical keep a lone <br> in an empty line: it is the line itself, not a break.
      if (element.childNodes.length !== 1) out.text += '\n';
    } else {
      collect(child as Element, out);
    }
  }
}

export function readDraftText(editor: HTMLElement): DraftText {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, segments: [] };
  }
  const out = { text: '', segments: [] as TextSegment[] };
  collect(editor, out);
  // Editors hold non-breaking spaces where the user typed plain ones; the swap keeps every offset.
  return { text: out.text.replace(/\u00a0/g, ' '), segments: out.segments };
}

export function readDraft(editor: HTMLElement): string {
  return readDraftText(editor).text;
}

/** A DOM range over draft offsets [start, end), or null when the text has changed under the segments. */
export function rangeFor(segments: readonly TextSegment[], start: number, end: number): Range | null {
  /** The text node holding draft offset `offset`; at a boundary, the start of the next node or the end of this. */
  const locate = (offset: number, atStart: boolean): [Text, number] | null => {
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((segments[middle]?.start ?? Infinity) <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    // Empty text nodes share a start with the next one: step back to the last that really covers the offset.
    for (let i = found; i >= 0; i--) {
      const segment = segments[i];
      if (!segment) break;
      const end = segment.start + segment.node.data.length;
      if (offset < end || (!atStart && offset === end)) return [segment.node, offset - segment.start];
      if (offset > end) break;
    }
    return null;
  };
  const from = locate(start, true);
  const to = locate(end, false);
  if (!from || !to || !from[0].isConnected || !to[0].isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
  } catch {
    return null;
  }
  return range;
}
