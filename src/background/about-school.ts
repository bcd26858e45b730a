/**
 * A verdict shown under the school the post is about (`SchoolsVerdict.about`, engine/schools.ts) when another chosen
 * school's pack found it: threats and prejudice are found wherever they are aimed, so a threat found under one
 * school's pack can come with a draft about another chosen school, one whose pack leaves threats out.
 */
import { CATEGORY_MESSAGE } from '../engine/decide';
import type { Pack, Verdict } from '../engine/types';

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
