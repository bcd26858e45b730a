/**
 * Where the card goes: beside the composer region (the editor with its toolbar and post button), never over it.
 * Below is tried first (where the eye goes after typing), then above, right and left; when nothing fits whole
 * (a tall dialog, a small window), the on-screen spot that covers least of the text and the post buttons wins,
 * then the one that covers least of the rest of the composer.
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
 * @param avoid what must stay visible above all: the editor and the post buttons
 */
export function placeCard(
  region: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  stacked = 0,
  avoid: readonly Box[] = [region],
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
    const box = { ...spot, ...card };
    const score: [number, number] = [avoid.reduce((sum, each) => sum + overlap(box, each), 0), overlap(box, region)];
    if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
      best = spot;
      bestScore = score;
    }
  }
  return best;
}
