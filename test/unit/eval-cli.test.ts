// `npm run eval -- --model FILE`: judging a candidate model without putting it in place of the shipped one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withHeader } from '../../scripts/model-file';
import { decodeModel } from '../../src/engine/model/model';

function evaluate(...args: string[]) {
  // The shipped model unless a test says otherwise, even when the suite runs with a candidate (SECOND_THOUGHT_MODEL_FILE).
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/eval.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SECOND_THOUGHT_MODEL_FILE: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'eval-'));
const corpus = join(dir, 'two.jsonl');
writeFileSync(
  corpus,
  [
    { id: 'a', school: 'bexton', role: 'parent', text: 'If Mr Hale gives my son one more detention I will smash his car up.', expect: 'nudge', categories: ['threat'] },
    { id: 'b', school: 'bexton', role: 'parent', text: 'Does anyone know what time the summer fair starts on Saturday?', expect: 'quiet', categories: [] },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n'),
);

describe('npm run eval -- --model', () => {
  it('judges with the given model file and says so, scoring as the shipped file scores when it is that file', () => {
    const shipped = evaluate('--corpus', corpus, '--quick');
    const given = evaluate('--corpus', corpus, '--quick', '--model', 'src/engine/model/model.bin');
    expect(given.status).toBe(0);
    expect(given.stdout).toMatch(/^Judged with the model file \S+model\.bin, not the shipped one\.\n\n/);
    expect(given.stdout.replace(/^Judged with[^\n]*\n\n/, '')).toBe(shipped.stdout);
    expect(shipped.stdout).toContain('recall (should nudge, did)                1.000 (1/1)');
  });

  it('judges by the given file, not the shipped one: a copy whose thresholds let everything nudge nudges the quiet draft', () => {
    const bytes = new Uint8Array(readFileSync('src/engine/model/model.bin'));
    const { header } = decodeModel(bytes);
    const eager = join(dir, 'eager.bin');
    writeFileSync(eager, withHeader(bytes, { ...header, thresholds: header.thresholds.map(() => 0), solo: header.solo.map(() => 0) }));
    const given = evaluate('--corpus', corpus, '--quick', '--model', eager);
    expect(given.status).toBe(0);
    expect(given.stdout).toContain('false alarms (should stay quiet, nudged)  1.000 (1/1)');
    expect(evaluate('--corpus', corpus, '--quick').stdout).toContain('false alarms (should stay quiet, nudged)  0.000 (0/1)');
  });

  it('refuses a model file that is missing or is not a model, and --model beside --rules-only', () => {
    expect(evaluate('--corpus', corpus, '--model', join(dir, 'none.bin'))).toMatchObject({ status: 2, stderr: `eval: --model ${join(dir, 'none.bin')}: not found\n` });
    expect(evaluate('--corpus', corpus, '--model', corpus)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^eval: --model \S+two\.jsonl: not a model file \(/) });
    expect(evaluate('--corpus', corpus, '--model', 'src/engine/model/model.bin', '--rules-only')).toMatchObject({
      status: 2,
      stderr: 'eval: --rules-only judges without a model; give --model or --rules-only, not both\n',
    });
  });
});

describe('npm run eval with SECOND_THOUGHT_MODEL_FILE', () => {
  it('judges with the variable\'s model file as --model does, and says so', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/eval.ts', '--corpus', corpus, '--quick'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, SECOND_THOUGHT_MODEL_FILE: 'src/engine/model/model.bin' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Judged with the model file \/\S+\/src\/engine\/model\/model\.bin, not the shipped one\.\n\n/);
    expect(result.stdout).toContain('recall (should nudge, did)                1.000 (1/1)');
  });
});
