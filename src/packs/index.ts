/** The packs shipped with the extension: one per seed policy plus `generic`, each validated as it loads. */
import type { Pack } from '../engine/types';
import { parsePack } from './schema';
import bradgate from './bradgate.json';
import stoc from './stoc.json';
import northwick from './northwick.json';
import ogat from './ogat.json';
import bexton from './bexton.json';
import generic from './generic.json';

function load(json: unknown): Pack {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new Error(`Bundled pack is invalid: ${parsed.errors.join('; ')}`);
  return parsed.pack;
}

export const BUNDLED_PACKS: readonly Pack[] = [bradgate, stoc, northwick, ogat, bexton, generic].map(load);

export function getBundledPack(id: string): Pack | undefined {
  return BUNDLED_PACKS.find((pack) => pack.id === id);
}

export { parsePack } from './schema';
export type { ParsedPack } from './schema';
