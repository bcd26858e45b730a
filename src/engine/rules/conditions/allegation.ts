/** Conditions of the allegation rules (rules/allegation.yaml). */
import type { Conditions, Descriptions } from './types';

/**
 * A sentence that opens on drinking with its "I" dropped ("Got tipsy at my sister's wedding…") is the writer's own.
 * A phrase cannot say "at the start of the sentence"; "I was drunk" and "we got tipsy" are phrases in the rules.
 */
const OPENS_ON_OWN_DRINKING = /^\s*(?:got|get|was|were|am) (?:so |well |a bit |very )?(?:drunk|tipsy|pissed|sloshed)\b/;

export const ALLEGATION_CONDITIONS = {
  'opens-on-own-drinking': (hit, draft) => OPENS_ON_OWN_DRINKING.test(draft.sentenceText(hit.sentence)),
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const ALLEGATION_DESCRIPTIONS: Descriptions<typeof ALLEGATION_CONDITIONS> = {
  'opens-on-own-drinking': 'the sentence opens on drinking with no one named ("got tipsy at…"): the writer\'s own',
};
