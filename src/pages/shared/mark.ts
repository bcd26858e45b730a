/**
 * The Second Thought mark, drawn once here: a teal rounded square holding a white speech bubble with a pause in it
 * ("think before you post"). The page header draws it as SVG (Brand.tsx); scripts/icons.ts writes assets/icon.svg
 * from markSvg() and draws the manifest's PNG icons from the same shapes. Coordinates are in a 128-unit square.
 */

/** The brand's one colour (the pages' light-theme accent). */
export const BRAND_TEAL = '#0b6e6e';

export const MARK = {
  size: 128,
  /** The rounded square: its corner radius. */
  corner: 25.6,
  /** The bubble: an ellipse… */
  bubble: { cx: 64, cy: 57.6, rx: 42.24, ry: 33.28 },
  /** …with a tail at its lower left. */
  tail: [
    [35.84, 76.8],
    [56.32, 76.8],
    [56.32, 79.36],
    [35.84, 104.96],
  ] as const,
  /** The pause: two bars. */
  bars: [
    { x: 51.2, y: 43.52, width: 7.68, height: 28.16 },
    { x: 69.12, y: 43.52, width: 7.68, height: 28.16 },
  ] as const,
};

/** The mark as a standalone SVG document. */
export function markSvg(): string {
  const { size, corner, bubble, tail, bars } = MARK;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">`,
    `  <rect width="${size}" height="${size}" rx="${corner}" fill="${BRAND_TEAL}"/>`,
    `  <ellipse cx="${bubble.cx}" cy="${bubble.cy}" rx="${bubble.rx}" ry="${bubble.ry}" fill="#ffffff"/>`,
    `  <polygon points="${tail.map(([x, y]) => `${x},${y}`).join(' ')}" fill="#ffffff"/>`,
    ...bars.map((b) => `  <rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${BRAND_TEAL}"/>`),
    '</svg>',
    '',
  ].join('\n');
}
