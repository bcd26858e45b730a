/**
 * The spelling repair recognises a misspelling two ways: `isVariant` answers for one word, and `variantsOf` lists a
 * keyword's misspellings for the filter a worker builds after its first drafts. If they disagreed, a draft would be
 * repaired differently early in a worker's life than later; this checks them against each other for every keyword.
 */
import { describe, expect, it } from 'vitest';
import { isVariant, KEYWORDS, variantsOf } from '../../src/engine/spelling';

/** Words one edit from `keyword`: every letter dropped, every neighbour pair swapped, every letter changed or added. */
function nearby(keyword: string): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= keyword.length; i++) {
    if (i < keyword.length) out.add(keyword.slice(0, i) + keyword.slice(i + 1));
    if (i + 1 < keyword.length) out.add(keyword.slice(0, i) + keyword.charAt(i + 1) + keyword.charAt(i) + keyword.slice(i + 2));
    for (const c of letters) {
      if (i < keyword.length) out.add(keyword.slice(0, i) + c + keyword.slice(i + 1));
      out.add(keyword.slice(0, i) + c + keyword.slice(i));
    }
  }
  out.delete(keyword);
  return out;
}

describe('spelling repair', () => {
  it('recognises exactly the misspellings it lists, for every keyword', () => {
    let listed = 0;
    for (const keyword of KEYWORDS) {
      const variants = new Set(variantsOf(keyword));
      listed += variants.size;
      for (const word of nearby(keyword)) expect(isVariant(word, keyword), `${word} for ${keyword}`).toBe(variants.has(word));
      for (const word of variants) expect(isVariant(word, keyword), `${word} for ${keyword}`).toBe(true);
    }
    expect(listed).toBeGreaterThan(1000);
  });

  it("starts every misspelling with its keyword's first or second letter, as the repair files keywords to try", () => {
    const strays = [...KEYWORDS].flatMap((keyword) => variantsOf(keyword).filter((v) => v[0] !== keyword[0] && v[0] !== keyword[1]).map((v) => `${v} for ${keyword}`));
    expect(strays).toEqual([]);
  });
});
