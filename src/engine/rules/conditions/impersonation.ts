/** Conditions of the impersonation rules (rules/impersonation.yaml). */
import type { Conditions, Descriptions } from './types';

/** How far after a page's start its name is looked for: a name or handle, not the rest of the post. */
const NAME_REACH = 80;
/** And how far before it, within its sentence: the name said first ("a new Bexton Primary page, better than the real one"). */
const NAME_BEFORE = 40;

/** Where the look back starts: NAME_BEFORE characters before `at`, or after the last sentence end in between. */
function lookBackFrom(text: string, at: number): number {
  const from = Math.max(0, at - NAME_BEFORE);
  for (let i = at - 1; i >= from; i--) if ('.!?\n'.includes(text.charAt(i))) return i + 1;
  return from;
}
/**
 * Words that make a page's name the school's own voice. Read as parts of words on purpose ("hillsideacademy",
 * "schoolnews" as handles), which no phrase can say.
 */
const SCHOOLISH = /official|school|academy|primary|trust|college|high/;

export const IMPERSONATION_CONDITIONS = {
  'names-the-school': (hit, draft) => {
    const from = lookBackFrom(draft.text, hit.start);
    const to = Math.min(draft.text.length, hit.end + NAME_REACH);
    return SCHOOLISH.test(draft.text.slice(from, to)) || draft.namesSchoolWithin(from, to);
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const IMPERSONATION_DESCRIPTIONS: Descriptions<typeof IMPERSONATION_CONDITIONS> = {
  'names-the-school': 'the page or account named just after the words, or just before them in the same sentence, is the school\'s (its name from the pack, or "official", "school", "academy"…)',
};
