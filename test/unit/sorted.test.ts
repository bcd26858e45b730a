import { describe, expect, it } from 'vitest';
import { sortStably } from '../../src/engine/sorted';

describe('sorting a list stably', () => {
  it('orders short and long lists as Array.prototype.sort does, equal items in the order they came', () => {
    const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;
    for (const length of [0, 1, 2, 5, 32, 33, 200]) {
      // Few distinct starts, so that many items are equal and their order shows whether the sort is stable.
      const items = Array.from({ length }, (_, i) => ({ start: (i * 7919) % 5, i }));
      expect(sortStably(items.slice(), byStart)).toEqual(items.slice().sort(byStart));
    }
  });
});
