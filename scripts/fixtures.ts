/**
 * `npm run fixtures`: rewrites the test fixtures taken from outside the repository (scripts/provenance.ts says what
 * and why) from ../shared/seeds and ../shared/eval/dev.jsonl. Run it when a pack's quotes or the development corpus
 * change; the unit tests fail, where ../shared is present, while the fixtures are stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_PACKS } from '../src/packs';
import { fingerprintFile, policyFixture } from './provenance';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const DEV = join(SHARED, 'eval', 'dev.jsonl');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The run lengths the provenance test checks: five words for the engine's source, twelve for the corpus. */
export const RUN_LENGTHS = [5, 12] as const;

export const fingerprintPath = (n: number): string => join(FIXTURES, `dev-runs-${n}.txt`);
export const policyPath = (id: string): string => join(FIXTURES, 'policies', `${id}.txt`);

/** Every fixture this script writes, by path, from ../shared as it is now. */
export function generateFixtures(): Map<string, string> {
  const out = new Map<string, string>();
  const dev = readFileSync(DEV, 'utf8');
  for (const n of RUN_LENGTHS) out.set(fingerprintPath(n), fingerprintFile(dev, n));
  const seeds = readdirSync(SEEDS);
  for (const pack of BUNDLED_PACKS) {
    if (!pack.policy.seed) continue;
    const name = seeds.find((f) => f.startsWith(`${pack.policy.seed}_`));
    if (!name) throw new Error(`${pack.id}: no seed ${pack.policy.seed} in ${SEEDS}`);
    out.set(policyPath(pack.id), policyFixture(pack, pack.policy.seed, readFileSync(join(SEEDS, name), 'utf8')));
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(DEV) || !existsSync(SEEDS)) {
    process.stderr.write(`fixtures: needs ${DEV} and ${SEEDS}, which are not part of the repository.\n`);
    process.exit(2);
  }
  for (const [path, text] of generateFixtures()) {
    writeFileSync(path, text);
    console.log(`wrote ${path.slice(ROOT.length + 1)}`);
  }
}
