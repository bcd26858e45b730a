/**
 * The packs shipped with the extension: one per seed policy plus `generic`. Validated by the unit tests
 * (test/unit/packs.test.ts: the schema gives back each pack exactly as loaded here), not again by every worker that
 * starts: the schema's checks cost a fresh worker a few milliseconds before its first verdict.
 */
import { CATEGORIES } from '../engine/types';
import type { Category, Pack, PackRule } from '../engine/types';
import bradgate from './bradgate.json';
import stoc from './stoc.json';
import northwick from './northwick.json';
import ogat from './ogat.json';
import bexton from './bexton.json';
import generic from './generic.json';

/** A bundled pack as `parsePack` gives it: the file's fields, its rules in catalogue order. */
function load(json: unknown): Pack {
  const pack = json as Pack;
  const rules: Partial<Record<Category, PackRule>> = {};
  for (const category of CATEGORIES) {
    const rule = pack.rules[category];
    if (rule) rules[category] = rule;
  }
  return { ...pack, rules };
}

export const BUNDLED_PACKS: readonly Pack[] = [bradgate, stoc, northwick, ogat, bexton, generic].map(load);

/** The general guidance: drafts are checked against it until a school is chosen, and personal packs build on it. */
export const GENERIC_PACK = BUNDLED_PACKS.find((pack) => pack.id === 'generic') as Pack;

export function getBundledPack(id: string): Pack | undefined {
  return BUNDLED_PACKS.find((pack) => pack.id === id);
}

export { parsePack } from './schema';
export type { ParsedPack } from './schema';
