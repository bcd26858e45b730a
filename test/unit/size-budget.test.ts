// PRODUCT.md §7's size budgets, held against the built Chrome package (dist/, built first when missing or older
// than the sources): a budget, not a timing. The figures and the verdict come from the same code as
// `npm run package` and `npm run bench`.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, buildIfStale } from '../../scripts/fresh-build';
import { measurePackage, overBudget, type PackageSizes } from '../../scripts/package';

let sizes: PackageSizes;

beforeAll(() => {
  buildIfStale();
  sizes = measurePackage(DIST);
});

describe('the built extension', () => {
  it('counts every chunk the content script loads, not the loader alone', () => {
    expect(sizes.contentScript.files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(1);
    expect(sizes.contentScript.files.some((file) => file.includes('worker'))).toBe(false);
  });

  it('keeps the PRODUCT.md §7 budgets: content script ≤ 50 KB gzipped, package ≤ 400 KB zipped', () => {
    expect(overBudget('chrome', sizes)).toEqual([]);
  });
});
