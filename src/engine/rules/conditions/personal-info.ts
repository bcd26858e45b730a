/** Conditions of the personal-info rules (rules/personal-info.yaml). */
import type { Conditions, Descriptions } from './types';

/** A routine's words end in when it happens: "… every Friday", "… on Saturdays". */
const ROUTINE = /\b(?:every|most|on) [a-z]+$/;
const PRONOUN = /\b(?:he|she|they|him|her)\b/;

export const PERSONAL_INFO_CONDITIONS = {
  'someones-routine': (hit, draft) => {
    if (!ROUTINE.test(draft.text.slice(hit.start, hit.end))) return true;
    if (draft.staffSentence[hit.sentence] === 1) return true;
    return PRONOUN.test(draft.text.slice(draft.sentences[hit.sentence]?.start ?? 0, hit.start));
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const PERSONAL_INFO_DESCRIPTIONS: Descriptions<typeof PERSONAL_INFO_CONDITIONS> = {
  'someones-routine': 'words that give away a routine ("… every Friday") are about someone: the sentence names a member of staff, or has he, she, they, him or her before them',
};
