/**
 * Negation, one implementation: the words that deny, and the three reaches at which the engine asks about them.
 * - A sentence holds one: annotate's `negated` manner, which the model reads and any rule may ask for (@negated).
 * - The clause a hit sits in holds one before it or in it: the hate rules' denials ("I don't think women are
 *   stupid", "nobody should say…": @hate-denied, @hate-denied-before).
 * - One stands at most a word before a hit: the complaint rules' "not rude", "no longer useless" (@negated-before).
 * Each reach reads the same words, so "dont", "cannot" or "hardly" count alike wherever negation is asked about.
 */
import { onFirstUse } from './regex';

/**
 * Words that deny what follows them: the adverbs, and the "n't" verbs however typed ("isn't", "isnt"). Without its
 * apostrophe a verb is listed, since "want" or "went" must not count.
 */
const DENYING = [
  'not',
  'never',
  'nothing',
  'hardly',
  'cannot',
  'no longer',
  "[a-z]*n't",
  '(?:is|was|are|were|do|does|did|ca|wo|ai|sha|have|has|had|should|would|could|must|need)nt',
];
/** Words that deny the clause they stand in, but not the word right after them: "no respect" is not "not respect". */
const CLAUSAL = ['no', 'no one', 'nobody', 'none', 'neither', 'nor'];

/**
 * One of the words, whole: no letter, digit or apostrophe before it (consumed, which irregexp runs faster, and kept
 * as group 1), none after.
 */
const wordsIn = (list: readonly string[]): string => `(^|[^a-z0-9'])(?:${list.join('|')})(?![a-z0-9])`;

/** Every word that denies, of either kind: what annotate's word gate for `negates` is worked out from. */
export const NEGATING = [...DENYING, ...CLAUSAL];
/** One of them, whole. */
export const NEGATING_RE = new RegExp(wordsIn(NEGATING));
const JUST_BEFORE = onFirstUse(() => new RegExp(`${wordsIn(DENYING)}(?: [a-z0-9']+)? $`));
const EVERY = new RegExp(wordsIn(NEGATING), 'g');

/** The (normalised, lowercase) text holds a denying word anywhere: a sentence's or a clause's reach. */
export const negates = (text: string): boolean => NEGATING_RE.test(text);

/** A denying word stands at most one word before the end of `lead`, the text just before a hit ("not rude"). */
export const negatedJustBefore = (lead: string): boolean => JUST_BEFORE().test(lead);

/** The text with its denying words blanked, for a phrase whose own words hold the "not" ("women shouldn't lead"). */
export const withoutNegation = (text: string): string => text.replace(EVERY, '$1 ');
