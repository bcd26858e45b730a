// PRODUCT.md §7's size budgets, held against the built Chrome package (dist/, built first when missing or older
// than the sources): a budget, not a timing. The figures and the verdict come from the same code as
// `npm run package` and `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import messages from '../../src/_locales/en_GB/messages.json';
import { CONDITION_DESCRIPTIONS } from '../../src/engine/rules/conditions/descriptions';
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

  it('ships every message as written, without the notes for translators', () => {
    const shipped = JSON.parse(readFileSync(join(DIST, '_locales', 'en_GB', 'messages.json'), 'utf8')) as Record<string, unknown>;
    const withoutNotes = Object.fromEntries(Object.entries(messages).map(([key, { description: _note, ...rest }]) => [key, rest]));
    expect(shipped).toEqual(withoutNotes);
    expect(Object.keys(shipped)).toHaveLength(Object.keys(messages).length);
  });

  it("ships no condition's description in any script: only docs/rules.md reads them", () => {
    const scripts = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    const code = scripts.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
    expect(scripts).toEqual(expect.arrayContaining(sizes.worker.files.filter((file) => file.endsWith('.js'))));
    // The bundler may requote a string, so look for each one's longest run of plain words.
    const shipped = Object.entries(CONDITION_DESCRIPTIONS).filter(([, does]) => code.includes(longestPlainRun(does)));
    expect(shipped.map(([name]) => name)).toEqual([]);
  });

  it('keeps the PRODUCT.md §7 budgets: content script ≤ 50 KB gzipped, package ≤ 400 KB zipped', () => {
    expect(overBudget('chrome', sizes)).toEqual([]);
  });
});

function longestPlainRun(text: string): string {
  return text.split(/[^a-z ,]+/i).reduce((a, b) => (b.length > a.length ? b : a), '');
}
