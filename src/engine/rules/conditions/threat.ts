/** Conditions of the threat rules (rules/threat.yaml). */
import type { Conditions, Descriptions } from './types';

/** A word of denial; "can't wait" is longing, not denial, so it is taken out first. */
const DENIAL = /\b(?:not|never|nobody|no one|no-one|none)\b|n't\b/;
const LONGING = /\bcan'?t wait\b/g;

/** Asking for someone's address: "anyone know…", "who's got…" (threat.veiled's asking phrase). */
const ASKING = /^(?:anyone|anybody|who)\b/;
/** Going to someone's home to confront them. */
const CONFRONT =
  /\b(?:have (?:a|a quiet|a little|a proper|a few) words?|have it out|sort (?:him|her|them|this|it) out|pay (?:him|her|them) a (?:\w+ )?visit|go(?:ing)? round|pop(?:ping)? round|knock(?:ing)? on (?:his|her|their) door|turn(?:ing)? up|on (?:his|her|their) doorstep|a piece of my mind|tell (?:him|her|them) what i think|face to face)\b/;

export const THREAT_CONDITIONS = {
  'to-confront': (hit, draft) => {
    if (!ASKING.test(draft.text.slice(hit.start, hit.end))) return true;
    const from = draft.sentences[hit.sentence]?.start ?? 0;
    const to = draft.sentences[hit.sentence + 1]?.end ?? draft.sentences[hit.sentence]?.end ?? draft.text.length;
    return CONFRONT.test(draft.text.slice(from, to));
  },
  'denied-before': (hit, draft) => {
    const from = draft.sentences[hit.sentence]?.start ?? 0;
    return DENIAL.test(draft.text.slice(from, hit.end).replace(LONGING, ''));
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const THREAT_DESCRIPTIONS: Descriptions<typeof THREAT_CONDITIONS> = {
  'to-confront': 'a question asking where someone lives or for their address counts only when it, or the sentence after it, says the writer means to confront them there ("have a word", "go round", "sort her out"); every other phrase holds as it is',
  'denied-before': 'a denial ("not", "never", "nobody", "no one", "n\'t") comes before the end of the words in their sentence ("nobody deserves to be hurt")',
};
