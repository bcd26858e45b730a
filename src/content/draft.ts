/**
 * Reads the draft out of a composer without touching it: a textarea's value, or the text of a
 * contenteditable editor, where each block (a Draft.js block, a Lexical paragraph) is one line.
 * For an editor it also keeps where each text node sits in the draft, so findings can be highlighted; a textarea has
 * no text nodes, so only one given a mirror (textarea-mirror.ts) has somewhere to highlight.
 */

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

/** A text node of the editor and the draft offset its first character has. */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface DraftText {
  text: string;
  /** In draft order; for a textarea, its mirror's text, or empty without one. */
  segments: TextSegment[];
}

function holdsBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK.has(child.tagName)) return true;
  }
  return false;
}

interface Frame {
  element: Element;
  child: ChildNode | null;
  first: boolean;
  previousWasBlock: boolean;
  /** Only asked when a whitespace-only text node turns up, which real editors rarely have. */
  holdsBlocks?: boolean;
}

/**
 * A depth-first walk of an editor with its own stack, so it can stop after a time budget and carry on later:
 * a pasted essay is read in slices that never hold the page's main thread for long. It runs over every node,
 * so plain loops and node types, nothing allocated per node.
 */
class EditorWalk {
  private readonly out = { text: '', segments: [] as TextSegment[] };
  private readonly stack: Frame[];

  constructor(editor: HTMLElement) {
    this.stack = [{ element: editor, child: editor.firstChild, first: true, previousWasBlock: false }];
  }

  /** Walks for about `budgetMs`; returns the draft when done, or null when there is more to read. */
  step(budgetMs: number): DraftText | null {
    const { out, stack } = this;
    const start = performance.now();
    let steps = 0;
    while (stack.length > 0) {
      if (++steps % 256 === 0 && performance.now() - start > budgetMs) return null;
      const frame = stack[stack.length - 1] as Frame;
      const child = frame.child;
      if (!child) {
        stack.pop();
        continue;
      }
      frame.child = child.nextSibling;
      const type = child.nodeType;
      if (type === Node.TEXT_NODE) {
        const data = (child as Text).data;
        // Between blocks, whitespace-only text is markup formatting, not what the user typed.
        if (data.trim() === '' && (frame.holdsBlocks ??= holdsBlock(frame.element))) continue;
        if (!frame.first && frame.previousWasBlock) out.text += '\n';
        out.segments.push({ node: child as Text, start: out.text.length });
        out.text += data;
        frame.first = false;
        frame.previousWasBlock = false;
      } else if (type === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName;
        const isBlock = BLOCK.has(tag);
        if (!frame.first && (isBlock || frame.previousWasBlock)) out.text += '\n';
        frame.first = false;
        frame.previousWasBlock = isBlock;
        if (tag === 'BR') {
          // Draft.js and Lexical keep a lone <br> in an empty line: it is the line itself, not a break.
          if (frame.element.childNodes.length !== 1) out.text += '\n';
        } else {
          stack.push({ element: child as Element, child: child.firstChild, first: true, previousWasBlock: false });
        }
      }
    }
    // Editors hold non-breaking spaces where the user typed plain ones; the swap keeps every offset.
    return { text: out.text.replace(/\u00a0/g, ' '), segments: out.segments };
  }
}

/** A few milliseconds: well inside a frame, far inside the 50 ms that makes a long task. */
const SLICE_MS = 8;

/**
 * Textareas with a mirror of their text laid over them, each with a reading of where that text sits in its mirror.
 * Only the extension's own pages make mirrors (textarea-mirror.ts), so the content script carries none of that code.
 */
export const textareaMirrors = new WeakMap<HTMLElement, () => TextSegment[]>();

/** A textarea's or input's draft, read whole; null for an editor. */
function readField(editor: HTMLElement): DraftText | null {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, segments: textareaMirrors.get(editor)?.() ?? [] };
  }
  return null;
}

/** The draft and where its text nodes sit, read in one go. */
export function readDraftText(editor: HTMLElement): DraftText {
  const field = readField(editor);
  if (field) return field;
  return new EditorWalk(editor).step(Infinity) as DraftText;
}

/**
 * The same, read in slices with the main thread given back in between; null when `stale()` says the draft
 * changed before the reading was done.
 */
export async function readDraftTextInSlices(editor: HTMLElement, stale: () => boolean): Promise<DraftText | null> {
  const field = readField(editor);
  if (field) return field;
  const walk = new EditorWalk(editor);
  for (;;) {
    const done = walk.step(SLICE_MS);
    if (done) return done;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stale()) return null;
  }
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
