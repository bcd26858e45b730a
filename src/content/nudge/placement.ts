/**
 * Where the card goes: beside the composer region (the editor with its toolbar and post button), never over it.
 * Below is tried first (where the eye goes after typing), then above, right and left; when nothing fits whole,
 * the spot that covers least of the region wins, kept inside the viewport.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const GAP = 8;

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
 */
export function placeCard(
  region: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  stacked = 0,
): { left: number; top: number } {
  const alignedLeft = clamp(region.left, GAP, viewport.width - card.width - GAP);
  const alignedTop = clamp(region.top + stacked, GAP, viewport.height - card.height - GAP);
  const candidates = [
    { left: alignedLeft, top: region.top + region.height + GAP + stacked },
    { left: alignedLeft, top: region.top - GAP - card.height - stacked },
    { left: region.left + region.width + GAP, top: alignedTop },
    { left: region.left - GAP - card.width, top: alignedTop },
  ];
  const fits = (spot: { left: number; top: number }) =>
    spot.left >= GAP &&
    spot.top >= GAP &&
    spot.left + card.width <= viewport.width - GAP &&
    spot.top + card.height <= viewport.height - GAP;
  const whole = candidates.find(fits);
  if (whole) return whole;
  // Nothing fits whole (a tall dialog, a small window): keep it on screen, covering as little as possible.
  let best = { left: alignedLeft, top: viewport.height - card.height - GAP };
  let bestCover = Infinity;
  for (const spot of candidates) {
    const kept = {
      left: clamp(spot.left, GAP, Math.max(GAP, viewport.width - card.width - GAP)),
      top: clamp(spot.top, GAP, Math.max(GAP, viewport.height - card.height - GAP)),
    };
    const cover = overlap({ ...kept, ...card }, region);
    if (cover < bestCover) {
      best = kept;
      bestCover = cover;
    }
  }
  return best;
}
