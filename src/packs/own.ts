/** Personal packs: the ones a user makes by describing a school the extension does not ship (pages/options/own-pack.ts). */
import type { Pack } from '../engine/types';

/** Personal packs' ids start with this, so the pages know which added packs the user can edit. */
export const OWN_PACK_PREFIX = 'own-';

export function isOwnPack(pack: Pick<Pack, 'id'>): boolean {
  return pack.id.startsWith(OWN_PACK_PREFIX);
}
