/** Conditions of the naming-child rules (rules/naming-child.yaml). */
import { isOtherChild } from '../../names';
import { withoutEdgeQuotes } from '../../phrases/language';
import type { DraftContext } from '../../context';
import { oncePerDraft } from './common';
import type { Conditions, Descriptions, Place } from './types';

/** A hit's words without the quotation marks a token may carry at its edges ("'Ollie B'"). */
function unquoted(draft: DraftContext, hit: Place): { text: string; from: number } {
  const [from, to] = withoutEdgeQuotes(draft.text, hit.start, hit.end);
  return { text: draft.text.slice(from, to), from };
}

/** Words that say a draft carries pictures: the children in it are named by what they are doing. */
const MEDIA = /\b(?:pics?|photos?|pictures?|videos?|vids?|footage|clips?|snaps?)\b/;

const speaksOfMedia = oncePerDraft(MEDIA);


export const NAMING_CHILD_CONDITIONS = {
  'other-child': (hit, draft) => {
    const { text, from } = unquoted(draft, hit);
    const name = /^[a-z]+/.exec(text);
    return name !== null && isOtherChild(draft, from, from + name[0].length);
  },
  // A strict school's reading (even-in-praise.ts): in a draft typed without capitals, "ruby in yr 4" too.
  'other-child-any-case': (hit, draft) => {
    const { text, from } = unquoted(draft, hit);
    const name = /^[a-z]+/.exec(text);
    return name !== null && isOtherChild(draft, from, from + name[0].length, true);
  },
  'initial-capital': (hit, draft) => {
    const { text, from } = unquoted(draft, hit);
    const letter = /[a-z](?:'s)?$/.exec(text);
    return letter !== null && draft.capitalAt(from + letter.index);
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
