/**
 * Marks the words behind each finding without writing into the site's editor: with the CSS Custom Highlight API
 * (the browser paints the ranges, so they follow scrolling, resizing and layout by themselves), or, where that
 * API is missing, with an overlay of underlines drawn outside the editor and redrawn on scroll and resize.
 */
export const HIGHLIGHT_NAME = 'second-thought';
const OVERLAY_TAG = 'second-thought-highlights';

const owners = new Map<object, Range[]>();
let overlay: { host: HTMLElement; root: ShadowRoot; frame: number; listening: AbortController } | null = null;

function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces the ranges one composer highlights; an empty list clears them. */
export function setHighlights(owner: object, ranges: Range[]): void {
  if (ranges.length === 0) {
    if (!owners.delete(owner)) return;
  } else {
    owners.set(owner, ranges);
  }
  paint();
}

function paint(): void {
  const all = [...owners.values()].flat();
  if (supportsHighlights()) {
    if (all.length === 0) CSS.highlights.delete(HIGHLIGHT_NAME);
    else CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...all));
    return;
  }
  drawOverlay(all);
}

function drawOverlay(ranges: Range[]): void {
  if (ranges.length === 0) {
    if (overlay) {
      overlay.listening.abort();
      cancelAnimationFrame(overlay.frame);
      overlay.host.remove();
      overlay = null;
    }
    return;
  }
  if (!overlay) {
    const host = document.createElement(OVERLAY_TAG);
    host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;contain:strict;';
    const root = host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
    const listening = new AbortController();
    const state = { host, root, frame: 0, listening };
    const redraw = (): void => {
      if (state.frame) return;
      state.frame = requestAnimationFrame(() => {
        state.frame = 0;
        drawOverlay([...owners.values()].flat());
      });
    };
    window.addEventListener('scroll', redraw, { capture: true, passive: true, signal: listening.signal });
    window.addEventListener('resize', redraw, { passive: true, signal: listening.signal });
    overlay = state;
  }
  const marks: HTMLElement[] = [];
  for (const range of ranges) {
    for (const rect of range.getClientRects()) {
      const mark = document.createElement('div');
      mark.style.cssText =
        `position:fixed;left:${rect.left}px;top:${rect.bottom - 3}px;width:${rect.width}px;height:0;` +
        'border-bottom:2px solid #c2410c;';
      marks.push(mark);
    }
  }
  overlay.root.replaceChildren(...marks);
}
