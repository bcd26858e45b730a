/**
 * Conditions of the staff-conduct rules (rules/staff-conduct.yaml). The criticism net's checks stay one
 * implementation, `criticism` in complaint.ts, shared with the complaint family: called here, never copied.
 */
import { isOtherChild } from '../../names';
import { criticism } from './complaint';
import { aboutSomeoneElse } from './confidential';
import type { Conditions, Descriptions, Place } from './types';

/**
 * A hit read from another rule (`from`): a borrowed pupil's name is the whole hit, and asking whether a sensitive
 * word ("Exclusion" opening a sentence) is a child's name would be wrong, so only borrowed hits are read as names.
 */
const borrowed = (hit: Place): boolean => hit.borrowedFrom !== undefined;

export const STAFF_CONDUCT_CONDITIONS = {
  'pupil-or-someone-else': (hit, draft) => (borrowed(hit) ? isOtherChild(draft, hit.start, hit.end) : aboutSomeoneElse(hit, draft)),
  // `criticism` reads only where the hit is (its start and sentence), which every hit has.
  'criticism-of-the-school': (hit, draft) => criticism(hit, draft),
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const STAFF_CONDUCT_DESCRIPTIONS: Descriptions<typeof STAFF_CONDUCT_CONDITIONS> = {
  'pupil-or-someone-else': "a pupil's name read from another rule (`from`) is another family's child; other words are about someone outside the writer's own family (as @about-someone-else)",
  'criticism-of-the-school': 'criticism aimed at the school community and not turned round by anything around it (complaint.ts: the school or its staff named or carried on, not reported, not a question, an idiom, unqualified praise, a "not" before it or the writer on themself)',
};
