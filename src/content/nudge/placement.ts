/**
 * Where the card goes: beside the composer region (the editor with its toolbar and post button), never over it.
 * Below is tried first (where the eye goes after typing), then above, right and left. When the card does not fit
 * whole at its own width, it may change width to fit (`heightAt`): narrower beside the region (Facebook's Create
 * post dialog leaves a column either side on a small laptop), or wider above or below it (a window narrowed to
 * 800 px). When nothing fits whole (a tall dialog, a small window), the on-screen spot that covers least of the
 * text and the post buttons wins, then the one that covers least of the rest of the composer.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const GAP = 8;
/** The narrowest the card is made to fit beside a composer: its buttons still sit two to a line. */
export const NARROWEST = 300;
/** The widest it is made to fit above or below one: wider, its lines get too long to read. */
export const WIDEST = 720;

/** Where the card goes, and the width it is given there when not its own. */
export interface Spot {
  left: number;
  top: number;
  width?: number;
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/**
 * @param region the composer region's rectangle in viewport coordinates
 * @param card the card's size
 * @param viewport the viewport's size
 * @param stacked room taken by other cards already placed beside the same region (a thread's boxes)
 * @param avoid what must stay visible above all: the editor and the post buttons
 * @param heightAt the card's height at another width, where it can be given one
 */
export function placeCard(
  region: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  stacked = 0,
  avoid: readonly Box[] = [region],
  heightAt?: (width: number) => number,
): Spot {
  const alignedLeft = clamp(region.left, GAP, viewport.width - card.width - GAP);
  const alignedTop = clamp(region.top + stacked, GAP, viewport.height - card.height - GAP);
  const candidates = [
    { left: alignedLeft, top: region.top + region.height + GAP + stacked },
    { left: alignedLeft, top: region.top - GAP - card.height - stacked },
    { left: region.left + region.width + GAP, top: alignedTop },
    { left: region.left - GAP - card.width, top: alignedTop },
  ];
  const fits = (spot: { left: number; top: number }, size: { width: number; height: number }) =>
    spot.left >= GAP &&
    spot.top >= GAP &&
    spot.left + size.width <= viewport.width - GAP &&
    spot.top + size.height <= viewport.height - GAP;
  const whole = candidates.find((spot) => fits(spot, card));
  if (whole) return whole;
  if (heightAt) {
    const resized = fitByWidth(region, card, viewport, stacked, heightAt, fits);
    if (resized) return resized;
  }
  // Nothing fits whole: try each side pushed back on screen, and the window's own corners beside the region.
  const maxLeft = Math.max(GAP, viewport.width - card.width - GAP);
  const maxTop = Math.max(GAP, viewport.height - card.height - GAP);
  const spots = [
    ...candidates,
    { left: maxLeft, top: alignedTop },
    { left: GAP, top: alignedTop },
    { left: alignedLeft, top: GAP },
    { left: alignedLeft, top: maxTop },
  ].map((spot) => ({ left: clamp(spot.left, GAP, maxLeft), top: clamp(spot.top, GAP, maxTop) }));
  let best = spots[0] ?? { left: GAP, top: GAP };
  let bestScore: [number, number] = [Infinity, Infinity];
  for (const spot of spots) {
    // The card's size by name: a DOMRect's are getters, which spreading it would not copy.
    const box = { left: spot.left, top: spot.top, width: card.width, height: card.height };
    const score: [number, number] = [avoid.reduce((sum, each) => sum + overlap(box, each), 0), overlap(box, region)];
    if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
      best = spot;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The card at another width, whole on screen and clear of the region: beside it, as wide as the room there (down to
 * NARROWEST), right then left; then below or above it, as wide as the window allows (up to WIDEST), where a wider
 * card is a shorter one. Undefined when none fits.
 */
function fitByWidth(
  region: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  stacked: number,
  heightAt: (width: number) => number,
  fits: (spot: { left: number; top: number }, size: { width: number; height: number }) => boolean,
): Spot | undefined {
  const right = viewport.width - GAP - (region.left + region.width + GAP);
  const left = region.left - 2 * GAP;
  for (const [room, side] of [
    [right, 'right'],
    [left, 'left'],
  ] as const) {
    const width = Math.floor(Math.min(room, card.width));
    if (width < NARROWEST) continue;
    const height = heightAt(width);
    const top = clamp(region.top + stacked, GAP, viewport.height - height - GAP);
    const spot = { left: side === 'right' ? region.left + region.width + GAP : region.left - GAP - width, top, width };
    if (fits(spot, { width, height })) return spot;
  }
  const wide = Math.floor(Math.min(WIDEST, viewport.width - 2 * GAP));
  if (wide <= card.width) return undefined;
  const height = heightAt(wide);
  const leftEdge = clamp(region.left, GAP, viewport.width - wide - GAP);
  for (const top of [region.top + region.height + GAP + stacked, region.top - GAP - height - stacked]) {
    const spot = { left: leftEdge, top, width: wide };
    if (fits(spot, { width: wide, height })) return spot;
  }
  return undefined;
}
