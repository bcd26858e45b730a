/** Packs as older versions of Second Thought made them, for tests of what the settings and the note make of them. */
import type { Pack } from '../../src/engine/types';

/** A personal pack as made before general guidance was marked: its clauses copied as they were, without the mark. */
export function unmarked(pack: Pack): Pack {
  const plain = ({ ref, quote }: { ref: string; quote: string }) => ({ ref, quote });
  const rules = Object.fromEntries(
    Object.entries(pack.rules).map(([category, { clause, staffClause, ...rest }]) => [
      category,
      { ...rest, clause: plain(clause), ...(staffClause ? { staffClause: plain(staffClause) } : {}) },
    ]),
  );
  return { ...pack, rules };
}
