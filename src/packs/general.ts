/**
 * General guidance: the general pack's words, which are no school's policy. A note quoting them says so rather than
 * citing the school (PackClause.general), so that "Ashdown Primary School" is never put to words Ashdown did not write.
 */
import type { PackClause } from '../engine/types';
import { GENERIC_PACK } from '.';

const key = (clause: PackClause): string => JSON.stringify([clause.ref, clause.quote]);

/** The general pack's clauses, as personal packs copied them before clauses were marked general. */
const GENERAL_CLAUSES = new Set(
  Object.values(GENERIC_PACK.rules).flatMap((rule) => [rule.clause, ...(rule.staffClause ? [rule.staffClause] : [])].map(key)),
);

/**
 * Whether `clause` is general guidance: marked so, or word for word one of the general pack's (a personal pack made,
 * or exported and added by another parent, before clauses were marked carries them unmarked).
 */
export function isGeneralGuidance(clause: PackClause): boolean {
  return clause.general === true || GENERAL_CLAUSES.has(key(clause));
}
