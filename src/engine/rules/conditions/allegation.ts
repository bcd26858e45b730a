/** Conditions of the allegation rules (rules/allegation.yaml). */
import type { Conditions } from './types';

/**
 * A sentence that opens on drinking with its "I" dropped ("Got tipsy at my sister's wedding…") is the writer's own.
 * A phrase cannot say "at the start of the sentence"; "I was drunk" and "we got tipsy" are phrases in the rules.
 */
const OPENS_ON_OWN_DRINKING = /^\s*(?:got|get|was|were|am) (?:so |well |a bit |very )?(?:drunk|tipsy|pissed|sloshed)\b/;

export const ALLEGATION_CONDITIONS: Conditions = {
  'opens-on-own-drinking': {
    does: 'the sentence opens on drinking with no one named ("got tipsy at…"): the writer\'s own',
    test: (hit, draft) => OPENS_ON_OWN_DRINKING.test(draft.sentenceText(hit.sentence)),
  },
};
