/**
 * Rules are written from the policies and in our own words, never copied from the corpora they are measured on
 * (PRODUCT.md §8: "tuning rules to the exact wording of any corpus line is not allowed"), and the training corpus
 * was written without sight of the development corpus. These tests fail when a five-word run of a
 * development-corpus draft appears in the engine's or the packs' source (patterns, word lists, comments and inline
 * cases alike), or a twelve-word run in a training-corpus draft.
 *
 * The development corpus (../shared/eval/dev.jsonl) is not part of the repository; its runs are, as hashes, in
 * test/fixtures/dev-runs-{5,12}.txt (scripts/provenance.ts), so the checks run in a clone of the repository alone.
 * Where the corpus is present, the fingerprints are also checked to be its current ones.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEV, fingerprintPath, generateFixtures, RUN_LENGTHS } from '../../scripts/fixtures';
import { fingerprintFile, readFingerprint, runHash, runs } from '../../scripts/provenance';

const ROOT = resolve(__dirname, '..', '..');
const SOURCES = [join(ROOT, 'src', 'engine'), join(ROOT, 'src', 'packs')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|json)$/.test(name) ? [path] : [];
  });
}

const fingerprint = (n: number): Set<string> => readFingerprint(readFileSync(fingerprintPath(n), 'utf8'));

/** Every `n`-word run of the given texts whose hash is in `devRuns`, as "name: words". */
function shared(devRuns: Set<string>, n: number, texts: { name: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { name, text } of texts) for (const run of runs(text, n)) if (devRuns.has(runHash(run))) found.push(`${name}: "${run}"`);
  return found;
}

describe('provenance', () => {
  it('holds the development corpus fingerprints, current whenever ../shared/eval/dev.jsonl is present', () => {
    for (const n of RUN_LENGTHS) {
      const hashes = [...fingerprint(n)];
      // 240 drafts give thousands of runs; each line a 48-bit hash, sorted and unique.
      expect(hashes.length, `dev-runs-${n}.txt`).toBeGreaterThan(1000);
      expect(hashes.every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
      expect([...hashes].sort()).toEqual(hashes);
    }
    if (!existsSync(DEV)) {
      console.warn(`provenance: ${DEV} is not here; checked against the committed fingerprints, not regenerated.`);
      return;
    }
    const dev = readFileSync(DEV, 'utf8');
    for (const n of RUN_LENGTHS) {
      expect(readFileSync(fingerprintPath(n), 'utf8'), `dev-runs-${n}.txt is stale: run npm run fixtures`).toBe(fingerprintFile(dev, n));
    }
    expect([...generateFixtures().keys()]).toEqual(expect.arrayContaining(RUN_LENGTHS.map(fingerprintPath)));
  });

  it('finds a copied run however it is punctuated or escaped', () => {
    const copied = 'Honestly the head teacher never once replied to any of us';
    const devRuns = new Set([...runs(copied, 5)].map(runHash));
    const planted = `re("\\\\b${copied.toLowerCase().split(' ').slice(2, 8).join("\\\\s+")}\\\\b") // Honestly, THE head`;
    expect(shared(devRuns, 5, [{ name: 'planted.ts', text: planted }])).toEqual([
      'planted.ts: "head teacher never once replied"',
      'planted.ts: "teacher never once replied to"',
    ]);
    expect(shared(devRuns, 5, [{ name: 'own.ts', text: 'the head teacher replied once' }])).toEqual([]);
  });

  it('shares no five-word run with any development-corpus draft', () => {
    const files = SOURCES.flatMap(sourceFiles).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(shared(fingerprint(5), 5, files)).toEqual([]);
  });

  it('keeps the training corpus clear of the development corpus: no run of twelve words in common', () => {
    // Writers of the corpus never saw the dev corpus; shorter shared runs are stock phrases ("I don't usually post
    // things like this but"), longer ones would mean a draft was copied or paraphrased.
    const dir = join(ROOT, 'corpus', 'drafts');
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(10);
    const drafts = files.flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const record = JSON.parse(line) as { id: string; text: string };
          return { name: record.id, text: record.text };
        }),
    );
    expect(drafts.length).toBeGreaterThan(1000);
    expect(shared(fingerprint(12), 12, drafts)).toEqual([]);
  });
});
