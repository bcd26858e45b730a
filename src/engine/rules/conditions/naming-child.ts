/** Conditions of the naming-child rules (rules/naming-child.yaml). */
import { isLetterCode } from '../../fold';
import { isOtherChild } from '../../names';
import { withoutEdgeQuotes } from '../../phrases/language';
import { oncePerDraft } from './common';
import type { Conditions, Descriptions } from './types';

/**
 * The conditions read a hit's words without the quotation marks a token may carry at its edges ("'Ollie B'"), off the
 * draft's text in place: asked for every hit of the naming rules, a slice and a match array each came to 2 KB in a
 * 10,000-character draft. Where the first word of text[from, to) ends, as /^[a-z]+/ finds it (`from` when none).
 */
function firstWordEnd(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && isLetterCode(text.charCodeAt(end))) end++;
  return end;
}

/** As /[a-z](?:'s)?$/ finds it in text[from, to): the letter before a final 's if there is one, else a final letter. */
function lastLetter(text: string, from: number, to: number): number {
  if (to - from >= 3 && text.charCodeAt(to - 2) === 39 && text.charCodeAt(to - 1) === 115 && isLetterCode(text.charCodeAt(to - 3))) return to - 3;
  return to > from && isLetterCode(text.charCodeAt(to - 1)) ? to - 1 : -1;
}

/** Words that say a draft carries pictures: the children in it are named by what they are doing. */
const MEDIA = /\b(?:pics?|photos?|pictures?|videos?|vids?|footage|clips?|snaps?)\b/;

const speaksOfMedia = oncePerDraft(MEDIA);


export const NAMING_CHILD_CONDITIONS = {
  'other-child': (hit, draft) => {
    const [from, to] = withoutEdgeQuotes(draft.text, hit.start, hit.end);
    const end = firstWordEnd(draft.text, from, to);
    return end > from && isOtherChild(draft, from, end);
  },
  // A strict school's reading (even-in-praise.ts): in a draft typed without capitals, "ruby in yr 4" too.
  'other-child-any-case': (hit, draft) => {
    const [from, to] = withoutEdgeQuotes(draft.text, hit.start, hit.end);
    const end = firstWordEnd(draft.text, from, to);
    return end > from && isOtherChild(draft, from, end, true);
  },
  'initial-capital': (hit, draft) => {
    const [from, to] = withoutEdgeQuotes(draft.text, hit.start, hit.end);
    const letter = lastLetter(draft.text, from, to);
    return letter >= 0 && draft.capitalAt(letter);
  },
  'photo-draft': (_hit, draft) => speaksOfMedia(draft),
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const NAMING_CHILD_DESCRIPTIONS: Descriptions<typeof NAMING_CHILD_CONDITIONS> = {
  'other-child': "the hit's first word, less any 's, looks like a child's name (a capital, not a common word) and is not the writer's own child",
  'other-child-any-case': 'as @other-child, and in a draft typed without capitals a word that is no common word counts as a name too (where a school asks for no names at all)',
  'initial-capital': 'the lone letter the hit ends with is a capital in the draft as written (a surname initial: "Noah T")',
  'photo-draft': 'the draft speaks of photos or video ("pics", "video", "footage", "clips"…)',
};
