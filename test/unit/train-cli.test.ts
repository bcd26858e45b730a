// `npm run train` takes ten minutes and rewrites the shipped model: an option it does not know must stop it before
// it starts, not be ignored (`--help` once trained a model and wrote it over the shipped one).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function train(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/train.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run train', () => {
  it('prints its usage for --help and trains nothing', () => {
    const { status, stdout, stderr } = train('--help');
    expect(status).toBe(0);
    expect(stdout).toContain('npm run train -- --dry-run      train and report, write nothing');
    expect(stderr).not.toContain('corpus:');
  });

  it('refuses an option it does not know, or one missing its value, before reading anything', () => {
    expect(train('--dryrun')).toMatchObject({ status: 2, stderr: 'train: --dryrun is not an option train knows (npm run train -- --help)\n' });
    expect(train('--dry-run', '--seed')).toMatchObject({ status: 2, stderr: 'train: --seed needs a value (npm run train -- --help)\n' });
    expect(train('--dry-run', '--threat-weight', 'heavy')).toMatchObject({ status: 2, stderr: 'train: --threat-weight needs a number of at least 1\n' });
    expect(train('--dry-run', '--threat-weight', '0.5')).toMatchObject({ status: 2, stderr: 'train: --threat-weight needs a number of at least 1\n' });
    expect(train('--dry-run', '--threat-boost', '0.5')).toMatchObject({ status: 2, stderr: 'train: --threat-boost needs a number of at least 1\n' });
  });
});
