/** The levels `npm run train` rounds a label's weights to before the model file stores them as 4-bit codes. */
import { describe, it, expect } from 'vitest';
import { chooseLevels, nearest } from '../../scripts/train/levels';

describe('weight levels', () => {
  it('keeps the weights as they are when there are no more distinct ones than levels', () => {
    expect(chooseLevels([5, -3, 5, 40, -3], 16)).toEqual([-3, 5, 40]);
  });

  it('puts the levels where the weights are dense, so rounding to them moves a weight little', () => {
    // Most weights just past ±13, a few heavy ones: the levels crowd the light end, and no level is zero.
    const values = [...Array.from({ length: 900 }, (_, i) => 13 + (i % 20)), ...Array.from({ length: 300 }, (_, i) => -(13 + (i % 10))), 90, 110, 127, -127];
    const levels = chooseLevels(values, 16);
    expect(levels.length).toBeLessThanOrEqual(16);
    expect(levels).not.toContain(0);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const error = values.reduce((sum, v) => sum + Math.abs((levels[nearest(levels, v)] as number) - v), 0) / values.length;
    expect(error).toBeLessThan(1.5);
    // The heaviest weight is still near its value, not pulled into the crowd.
    expect(levels[nearest(levels, 127)]).toBeGreaterThan(100);
  });

  it('rounds to the nearest level', () => {
    expect(nearest([-20, -5, 7, 30], 0)).toBe(1);
    expect(nearest([-20, -5, 7, 30], 19)).toBe(3);
    expect(nearest([-20, -5, 7, 30], -100)).toBe(0);
  });
});
