import { describe, expect, it } from 'vitest';
import { GAP, placeCard, WIDEST } from '../../../src/content/nudge/placement';
import type { Box } from '../../../src/content/nudge/placement';

const VIEWPORT = { width: 1280, height: 900 };
const CARD = { width: 420, height: 220 };

function covers(spot: { left: number; top: number }, region: Box): boolean {
  return (
    spot.left < region.left + region.width &&
    spot.left + CARD.width > region.left &&
    spot.top < region.top + region.height &&
    spot.top + CARD.height > region.top
  );
}

describe('placeCard', () => {
  it('goes below a composer with room beneath it, aligned with its left edge', () => {
    const region = { left: 300, top: 100, width: 600, height: 150 };
    expect(placeCard(region, CARD, VIEWPORT)).toEqual({ left: 300, top: 100 + 150 + GAP });
  });

  it('goes above a composer at the bottom of the window', () => {
    const region = { left: 300, top: 600, width: 600, height: 250 };
    const spot = placeCard(region, CARD, VIEWPORT);
    expect(spot.top + CARD.height).toBeLessThanOrEqual(region.top);
    expect(covers(spot, region)).toBe(false);
  });

  it('goes beside a dialog that fills the window’s height', () => {
    const region = { left: 340, top: 20, width: 500, height: 860 };
    const spot = placeCard(region, CARD, VIEWPORT);
    expect(covers(spot, region)).toBe(false);
    expect(spot.left).toBe(340 + 500 + GAP);
  });

  it('stacks below the cards of earlier boxes in the same thread', () => {
    const region = { left: 300, top: 100, width: 600, height: 150 };
    expect(placeCard(region, CARD, VIEWPORT, 230).top).toBe(100 + 150 + GAP + 230);
  });

  it('stays inside a small window, covering as little of the composer as it can', () => {
    const small = { width: 500, height: 400 };
    const region = { left: 10, top: 10, width: 480, height: 380 };
    const spot = placeCard(region, CARD, small);
    expect(spot.left).toBeGreaterThanOrEqual(GAP);
    expect(spot.top).toBeGreaterThanOrEqual(GAP);
    expect(spot.left + CARD.width).toBeLessThanOrEqual(small.width);
    expect(spot.top + CARD.height).toBeLessThanOrEqual(small.height);
  });
});

describe('placeCard when nothing fits whole', () => {
  it('keeps the text and the post button visible, covering only the dialog’s header', () => {
    const dialog = { left: 390, top: 305, width: 500, height: 290 };
    const editor = { left: 406, top: 378, width: 468, height: 150 };
    const post = { left: 406, top: 544, width: 468, height: 35 };
    const tall = { width: 420, height: 330 };
    const spot = placeCard(dialog, tall, VIEWPORT, 0, [editor, post]);
    const box = { ...spot, ...tall };
    const hits = (other: Box) =>
      box.left < other.left + other.width && box.left + box.width > other.left && box.top < other.top + other.height && box.top + box.height > other.top;
    expect(hits(editor)).toBe(false);
    expect(hits(post)).toBe(false);
  });

  it('reads the card’s size from a DOMRect, whose width and height are getters', () => {
    // The browser passes getBoundingClientRect(): spread into the spot, its size was lost, every spot scored alike,
    // and on Facebook at 1280×900 "Post anyway?" covered the dialog's Post button.
    class Rect {
      get width(): number {
        return 480;
      }
      get height(): number {
        return 321;
      }
    }
    const dialog = { left: 390, top: 305, width: 500, height: 290 };
    const post = { left: 406, top: 544, width: 468, height: 35 };
    const spot = placeCard(dialog, new Rect(), VIEWPORT, 0, [{ left: 406, top: 378, width: 468, height: 150 }, post]);
    expect(spot.top + 321 <= post.top || spot.top >= post.top + post.height).toBe(true);
  });

  it('fits beside the dialog at a narrower width when there is room for one', () => {
    const dialog = { left: 390, top: 305, width: 500, height: 290 };
    // Narrower, the card wraps to more lines.
    const spot = placeCard(dialog, { width: 480, height: 321 }, VIEWPORT, 0, [dialog], (width) => Math.ceil((480 * 321) / width));
    expect(spot).toEqual({ left: 390 + 500 + GAP, top: 305, width: 1280 - GAP - (390 + 500 + GAP) });
  });

  it('fits above or below at a wider width in a narrow window', () => {
    const narrow = { width: 800, height: 900 };
    const dialog = { left: 150, top: 305, width: 500, height: 290 };
    const spot = placeCard(dialog, { width: 480, height: 321 }, narrow, 0, [dialog], (width) => Math.ceil((480 * 321) / width));
    expect(spot).toEqual({ left: 800 - GAP - WIDEST, top: 305 + 290 + GAP, width: WIDEST });
  });
});
