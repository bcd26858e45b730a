/** Conditions of the threat rules (rules/threat.yaml). */
import type { Conditions, Descriptions } from './types';

/** A word of denial; "can't wait" is longing, not denial, so it is taken out first. */
const DENIAL = /\b(?:not|never|nobody|no one|no-one|none)\b|n't\b/;
const LONGING = /\bcan'?t wait\b/g;

export const THREAT_CONDITIONS = {
  'denied-before': (hit, draft) => {
    const from = draft.sentences[hit.sentence]?.start ?? 0;
    return DENIAL.test(draft.text.slice(from, hit.end).replace(LONGING, ''));
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const THREAT_DESCRIPTIONS: Descriptions<typeof THREAT_CONDITIONS> = {
  'denied-before': 'a denial ("not", "never", "nobody", "no one", "n\'t") comes before the end of the words in their sentence ("nobody deserves to be hurt")',
};
