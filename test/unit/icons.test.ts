// The icons: drawn from the one mark (src/pages/shared/mark.ts) by scripts/icons.ts, committed as generated, and
// every size the manifest names is there at that size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcons } from '../../scripts/icons';
import { BRAND_TEAL } from '../../src/pages/shared/mark';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  icons: Record<string, string>;
  action: { default_icon: Record<string, string> };
};

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('icons', () => {
  it('are what scripts/icons.ts draws from the mark (run it after changing the mark)', () => {
    for (const [path, bytes] of renderIcons()) expect(readFileSync(path).equals(bytes), `${path} is stale`).toBe(true);
  });

  it('give the manifest every size it names, at that size', () => {
    const named = { ...manifest.icons, ...manifest.action.default_icon };
    expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
    for (const [size, path] of Object.entries(named)) expect(pngSize(readFileSync(path)), path).toEqual([Number(size), Number(size)]);
  });

  it('have an SVG source in the brand colour', () => {
    const svg = readFileSync('assets/icon.svg', 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 128 128"/);
    expect(svg).toContain(`fill="${BRAND_TEAL}"`);
  });
});
