/** Conditions of the naming-child rules (rules/naming-child.yaml). */
import { isLetterCode } from '../../fold';
import { isOtherChild, looksLikeName } from '../../names';
import { withoutEdgeQuotes } from '../../phrases/language';
import { oncePerDraft } from './common';
import type { DraftContext } from '../../context';
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

/** A word that puts a place after it ("at Harlow Fields"), just before a name. */
const PLACE_BEFORE = /\b(?:at|from|in|to|of|near)\s$/;

/** Whether the word just before `at` (same sentence, one space between) starts with a capital: a longer proper name. */
function capitalisedBefore(draft: DraftContext, at: number): boolean {
  if (at < 2 || draft.text.charCodeAt(at - 1) !== 32) return false;
  let start = at - 1;
  while (start > 0 && isLetterCode(draft.text.charCodeAt(start - 1))) start--;
  if (start === at - 1) return false;
  // The first word of a sentence is capitalised anyway: look back past spaces and quotes for a sentence's end.
  let k = start - 1;
  while (k >= 0 && (draft.text.charCodeAt(k) === 32 || draft.text.charCodeAt(k) === 34 || draft.text.charCodeAt(k) === 39)) k--;
  if (k < 0 || '.!?\n'.includes(draft.text.charAt(k))) return false;
  return draft.capitalAt(start);
}


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
  // "Oscar Bellamy": a given name that is no one's title or school, then a capitalised surname, so one child is
  // singled out even where no sentence names the school (a first name alone is too often the writer's own).
  'full-name': (hit, draft) => {
    const [from, to] = withoutEdgeQuotes(draft.text, hit.start, hit.end);
    // The end of a place's or school's name is not a person: "at Harlow Fields", "Outwood Kelsey Vale".
    if (PLACE_BEFORE.test(draft.text.slice(Math.max(0, from - 6), from)) || capitalisedBefore(draft, from)) return false;
    const first = firstWordEnd(draft.text, from, to);
    if (first === from || draft.text.charCodeAt(first) !== 32 || !isOtherChild(draft, from, first)) return false;
    const second = firstWordEnd(draft.text, first + 1, to);
    return second > first + 1 && looksLikeName(draft, first + 1, second);
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const NAMING_CHILD_DESCRIPTIONS: Descriptions<typeof NAMING_CHILD_CONDITIONS> = {
  'other-child': "the hit's first word, less any 's, looks like a child's name (a capital, not a common word) and is not the writer's own child",
  'other-child-any-case': 'as @other-child, and in a draft typed without capitals a word that is no common word counts as a name too (where a school asks for no names at all)',
  'initial-capital': 'the lone letter the hit ends with is a capital in the draft as written (a surname initial: "Noah T")',
  'photo-draft': 'the draft speaks of photos or video ("pics", "video", "footage", "clips"…)',
  'full-name': "the hit is a given name and a surname, both capitalised, the first as @other-child reads it (\"Oscar Bellamy\"), and not the end of a place's name (\"at Harlow Fields\", \"Outwood Kelsey Vale\")",
};
