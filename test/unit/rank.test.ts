// scripts/rank.ts: how a model ranks validation drafts before any threshold, for a retrain's rule (docs/model.md).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { aboveShares } from '../../scripts/rank';

function rank(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/rank.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rank', () => {
  it('counts the drafts with a label that score above the given share of the drafts without it', () => {
    // Ten drafts without the label, scored 0.0 to 0.9: 10% of them lie at or above 0.9, 20% at or above 0.8.
    const others = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    const have = [0.95, 0.9, 0.85, 0.5];
    // Above the highest other (0.9, tied not counted): one; above the second (0.8): three; above the sixth (0.4): four.
    expect(aboveShares(have, others, [0.05, 0.1, 0.5])).toEqual([1, 3, 4]);
    // A share past every other counts every draft above the lowest.
    expect(aboveShares([0.01, 0], [0, 0], [0.99])).toEqual([1]);
  });

  it('refuses what it cannot read, saying why, before reading the corpus', () => {
    expect(rank()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^rank: no model file given\nUsage:/) });
    expect(rank('--shares', '2', 'x.bin')).toMatchObject({ status: 2, stderr: 'rank: --shares takes numbers between 0 and 1, such as 0.01,0.02\n' });
    expect(rank('--labels', 'threats', 'x.bin')).toMatchObject({ status: 2, stderr: 'rank: --labels: threats is no category (nor nudge)\n' });
    expect(rank('--sort', 'x.bin')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^rank: --sort is not an option rank knows/) });
    expect(rank('missing.bin')).toMatchObject({ status: 2, stderr: 'rank: missing.bin not found\n' });
    expect(rank('--help')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: npx tsx scripts\/rank.ts/) });
  });
});
