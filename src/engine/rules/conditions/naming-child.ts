/** Conditions of the naming-child rules (rules/naming-child.yaml). */
import { isOtherChild } from '../../names';
import { withoutEdgeQuotes } from '../../phrases/language';
import type { DraftContext } from '../../context';
import { oncePerDraft } from './common';
import type { Conditions, Place } from './types';

/** A hit's words without the quotation marks a token may carry at its edges ("'Ollie B'"). */
function unquoted(draft: DraftContext, hit: Place): { text: string; from: number } {
  const [from, to] = withoutEdgeQuotes(draft.text, hit.start, hit.end);
  return { text: draft.text.slice(from, to), from };
}

/** Words that say a draft carries pictures: the children in it are named by what they are doing. */
const MEDIA = /\b(?:pics?|photos?|pictures?|videos?|vids?|footage|clips?|snaps?)\b/;

const speaksOfMedia = oncePerDraft(MEDIA);

export const NAMING_CHILD_CONDITIONS: Conditions = {
  'other-child': {
    does: "the hit's first word, less any 's, looks like a child's name (a capital, not a common word) and is not the writer's own child",
    test: (hit, draft) => {
      const { text, from } = unquoted(draft, hit);
      const name = /^[a-z]+/.exec(text);
      return name !== null && isOtherChild(draft, from, from + name[0].length);
    },
  },
  'initial-capital': {
    does: 'the lone letter the hit ends with is a capital in the draft as written (a surname initial: "Noah T")',
    test: (hit, draft) => {
      const { text, from } = unquoted(draft, hit);
      const letter = /[a-z](?:'s)?$/.exec(text);
      return letter !== null && draft.capitalAt(from + letter.index);
    },
  },
  'photo-draft': {
    does: 'the draft speaks of photos or video ("pics", "video", "footage", "clips"…)',
    test: (_hit, draft) => speaksOfMedia(draft),
  },
};
