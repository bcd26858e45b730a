/**
 * General guidance: the general pack's words, which are no school's policy. A note quoting them says so rather than
 * citing the school (PackClause.general), so that "Ashdown Primary School" is never put to words Ashdown did not write.
 */
import type { Pack, PackClause, PackRule } from '../engine/types';
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

/** `clause`, marked general when it is general guidance (the same object when there is nothing to mark). */
function marked(clause: PackClause): PackClause {
  return clause.general !== true && isGeneralGuidance(clause) ? { ...clause, general: true } : clause;
}

/**
 * `pack` with every clause that is general guidance marked so (`isGeneralGuidance`): done once where packs enter the
 * settings (resolveSettings), so that the engine words a finding under general guidance as what schools usually ask,
 * and the note says whose words it quotes, for a personal pack made before clauses were marked as for any other. The
 * same pack object when nothing needed marking.
 */
export function withGeneralMarked(pack: Pack): Pack {
  let changed = false;
  const rules: Pack['rules'] = {};
  for (const [category, rule] of Object.entries(pack.rules) as [keyof Pack['rules'], PackRule][]) {
    const clause = marked(rule.clause);
    const staffClause = rule.staffClause && marked(rule.staffClause);
    if (clause !== rule.clause || staffClause !== rule.staffClause) changed = true;
    rules[category] = { ...rule, clause, ...(staffClause ? { staffClause } : {}) };
  }
  return changed ? { ...pack, rules } : pack;
}
