/** Conditions of the abuse rules (rules/abuse.yaml). */
import { someoneElses } from '../../speech';
import type { Conditions, Descriptions } from './types';

// A word naming who the mocking is aimed at, when the sentence names no member of staff outright.
const AIMED_WORD = /\b(?:he|she|him|her|they|teacher|head|staff)\b/;
// A linking verb: what a "subject is …" finding always holds, and a bare verdict ("Clueless.") never does.
const LINKING_VERB = /(?:'s|'re)\b|\b(?:is|are|was|were|been|be|seems|looks)\b/;

export const ABUSE_CONDITIONS = {
  'aimed-in-school': (hit, draft) => {
    if (draft.nearestTarget(hit.start) === 'other' || someoneElses(hit, draft)) return false;
    return draft.strongSentence[hit.sentence] === 1 || !draft.notTheSchool();
  },
  'mocks-someone': (hit, draft) => draft.staffSentence[hit.sentence] === 1 || AIMED_WORD.test(draft.sentenceText(hit.sentence)),
  'verdict-alone': (hit, draft) => {
    const words = draft.text.slice(hit.start, hit.end);
    if (LINKING_VERB.test(words)) return true;
    const sentence = draft.sentences[hit.sentence];
    if (!sentence) return false;
    const before = draft.text.slice(sentence.start, hit.start);
    const after = draft.text.slice(hit.end, sentence.end);
    return /^\s{0,3}$/.test(before) && /^(?:[.!]|\s*$)/.test(after);
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const ABUSE_DESCRIPTIONS: Descriptions<typeof ABUSE_CONDITIONS> = {
  'aimed-in-school': 'the words are aimed at someone in the school: not at someone outside it named just before, not quoted or argued against, and, when the writer says the post is not about the school, next to a named school person',
  'mocks-someone': 'the sentence names a member of staff, or points at a person (he, she, they, the teacher, the head, staff)',
  'verdict-alone': 'a bare verdict naming no one ("Clueless.") counts only as a sentence of its own',
};
