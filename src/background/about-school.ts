/**
 * Which chosen school a note is shown under: the school the post is about. The verdict shown is the most severe of
 * the chosen schools' (engine/schools.ts), and threats and prejudice are found wherever they are aimed, so a threat
 * found under one school's pack can come with a draft about another chosen school, one whose pack leaves threats out.
 * A parent writing about Ashdown expects "Raise it with Ashdown", with Ashdown's route, not the other school's.
 */
import { CATEGORY_MESSAGE } from '../engine/decide';
import { normalise } from '../engine/normalise';
import { findNames, prepareNames } from '../engine/pack-names';
import type { Pack, Verdict } from '../engine/types';

/**
 * The index in `packs` of the school the draft is about, given the index of the school whose verdict is shown
 * (`judged`): that school when the draft names it, or names none of the chosen schools; otherwise the first chosen
 * school the draft names. A school named by its own names comes before one named only through its staff.
 */
export function schoolAbout(text: string, packs: readonly Pack[], judged: number): number {
  if (packs.length <= 1) return judged;
  const found = findNames(prepareNames(packs), normalise(text).text);
  const byOwnName = (i: number): boolean => (found[i]?.own.length ?? 0) > 0;
  const byAnyName = (i: number): boolean => (found[i]?.refs.length ?? 0) > 0;
  for (const named of [byOwnName, byAnyName]) {
    if (named(judged)) return judged;
    const first = packs.findIndex((_, i) => named(i));
    if (first >= 0) return first;
  }
  return judged;
}

/**
 * `verdict`, judged under `from`, as shown under `to`: its pack id, and each finding's message in `to`'s wording
 * where `from` had a wording of its own ("At Northwick we ask…" must not appear under Ashdown's name).
 */
export function verdictUnder(verdict: Verdict, from: Pack, to: Pack): Verdict {
  if (from === to) return verdict;
  const findings = verdict.findings.map((finding) => {
    const own = to.rules[finding.category]?.message;
    const theirs = from.rules[finding.category]?.message;
    const message = own ?? (theirs !== undefined && finding.message === theirs ? CATEGORY_MESSAGE[finding.category] : finding.message);
    return message === finding.message ? finding : { ...finding, message };
  });
  return { ...verdict, findings, packId: to.id };
}
