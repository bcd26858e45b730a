import { describe, it, expect } from 'vitest';
import { LastMemo } from '../../src/engine/last-memo';

describe('LastMemo', () => {
  it('answers for the last key only, and never for another', () => {
    const memo = new LastMemo<object, number>();
    const first = {};
    const second = {};
    expect(memo.get(first)).toBeUndefined();
    memo.set(first, 1);
    expect(memo.get(first)).toBe(1);
    expect(memo.get(second)).toBeUndefined();
    memo.set(second, 2);
    expect(memo.get(second)).toBe(2);
    expect(memo.get(first)).toBeUndefined();
  });
});
