/**
 * Class codes after "in", "from", "of" or "teach…" ("in 4B", "teaching class 3c"): context.ts tries its pattern only
 * before a digit and a letter that ends a word, not at every word. Whatever the text, that must find exactly what one
 * scan of the whole text with the same pattern finds.
 */
import { describe, expect, it } from 'vitest';
import { CLASS_CODE_ALL, classCodes } from '../../src/engine/context';
import { forEachMatch } from '../../src/engine/school-names';

const found = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  classCodes(text, (start, end) => out.push([start, end]));
  return out;
};
const scanningAll = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  forEachMatch(CLASS_CODE_ALL, text, (m) => out.push([m.index, m.index + m[0].length]));
  return out;
};

const WORDS = ['in', 'from', 'of', 'teach', 'teaches', 'teaching', 'class', '4b', '3c', '12b', '5d', '6e', 'x', 'xin', 'my', 'son', 'is', '4', 'b', '1a,', '2c.'];

describe('class codes', () => {
  it('are found, with where they are', () => {
    const text = 'my son in 4b and the girl from class 3c; she teaches 6e, not 5d';
    expect(found(text).map(([a, b]) => text.slice(a, b))).toEqual(['in 4b', 'from class 3c', 'teaches 6e']);
  });

  it('are what one scan of the whole text finds, in 3,000 texts of class words run together', () => {
    let s = 11;
    const next = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3000; n++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 30) }, () => WORDS[Math.floor(next() * WORDS.length)] as string);
      const text = words.join(next() < 0.1 ? '' : next() < 0.2 ? '  ' : ' ');
      expect(found(text), text).toEqual(scanningAll(text));
    }
  });
});
