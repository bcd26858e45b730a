/**
 * A broad net for criticism aimed at the school community, for the ways of complaining no fixed phrase foresees.
 * Sentiment alone is blind to who a remark is about (issue #3: it flags the rain, homework and one's own
 * child); here a word of criticism counts only in a sentence that names the school or a member of staff, or
 * carries on from one with "he", "she" or "they", and only when nothing in the sentence turns it round: praise
 * without a "but", a "not" before it, the writer speaking of themself, a question about arrangements, an idiom.
 *
 * The words are judgements of people and places and things done to children (rude, unfair, humiliating,
 * "picks on", "out of her depth"), not topics: "bullying" is a subject schools teach, "bullies the kids" is a
 * charge. The cue list and checks now live with complaint.criticism (rules/complaint.yaml, {COMPLAINT_CRITICISM};
 * rules/conditions/complaint.ts). What is still read here is `criticism`, the checks of @criticism-of-the-school
 * (rules/conditions/staff-conduct.ts); the regex twin of the cues below is read by no rule now (every rule is a
 * rule file) and can go.
 */
import { PRAISE_RE } from './annotate';
import { any, leadWords, re } from './rule';
import { reportedOrRejected } from './speech';
import {
  CONTRAST,
  aimedAtTheSchool,
  askingAboutArrangements,
  everydayIdiom,
  negatedBefore,
  notAboutOthers,
  writerOnThemself,
} from './rules/conditions/complaint';
import type { DraftContext } from './context';
import type { Hit } from './rule';

const CUES = [
  // How someone behaves.
  'rude(?:ness)?',
  'arrogan(?:t|ce)',
  'patronising',
  'condescending',
  'dismissive',
  'unprofessional',
  'incompeten(?:t|ce)',
  'useless',
  'hopeless',
  'clueless',
  'lazy',
  '(?:bone )?idle',
  'spineless',
  'gutless',
  'two-faced',
  'nasty',
  'vile',
  'cruel',
  'spiteful',
  'vindictive',
  'petty',
  'heartless',
  'uncaring',
  'negligent',
  'power[- ]?mad',
  'power trip',
  'control freaks?',
  'jobsworths?',
  'bull(?:y|ies)(?! (?:week|policy|ambassadors?|workshop|assembly|talk))',
  'bullied (?:my|our|him|her|them|the)',
  'cowards?',
  'liars?',
  '(?:lie|lies|lied|lying) (?:to|about)',
  'hypocrit(?:e|es|ical)',
  // What it is like.
  'pathetic',
  'ridiculous',
  'absurd',
  'ludicrous',
  'laughable',
  'shocking',
  'appalling',
  'awful',
  'terrible',
  'horrendous',
  'horrible',
  'dreadful',
  'atrocious',
  'abysmal',
  'diabolical',
  'disgusting',
  'disgraceful',
  'shameful',
  'outrageous',
  'unacceptable',
  'unfair(?:ly)?',
  'unjust',
  'biased',
  'discriminat(?:ion|ory|ing|es|ed)',
  'chaotic',
  'shambolic',
  'disorganised',
  'pointless',
  'draconian',
  'top(?<=over the top)',
  'heavy[- ]handed',
  '(?:prison|army camp|borstal|dictatorship|zoo|circus|sweatshop|boot camp)(?<=like (?:a|an) (?:prison|army camp|borstal|dictatorship|zoo|circus|sweatshop|boot camp))',
  'a (?:joke|farce|shambles|disgrace|nightmare|mess|laughing stock)',
  'worst',
  'downhill(?<=(?:going|gone|went) downhill)',
  'worse and worse',
  'cliff(?<=off a cliff)',
  'sense(?<=make it make sense)',
  'rip[- ]?off',
  'cow(?<=cash cow)',
  'grabbing(?<=money[- ]grabbing)',
  'waste of (?:money|time|space|taxpayers|a salary|oxygen)',
  // What is done to children and parents.
  'humiliat(?:e|es|ed|ing|ion)',
  'belittl(?:e|es|ed|ing)',
  'embarrass(?:es|ed|ing) (?:him|her|them|my|our|the|kids|children|pupils)',
  '(?:shout|shouts|shouted|shouting|scream|screams|screamed|screaming|yell|yells|yelled|yelling|snap|snaps|snapped|snapping) at (?:him|her|them|my|our|the|kids|children|pupils|us|me|a)',
  '(?:shouts|shouted|shouting) (?:the kids|them|him|her) down',
  '(?:pick|picks|picked|picking) on',
  '(?:singled|singles|singling) (?:him |her |them |my \\w+ |our \\w+ )?out',
  'targeted',
  'victimis(?:e|es|ed|ing)',
  '(?:ignore|ignores|ignored|ignoring) (?:us|me|my|our|parents|the|emails|it|them|him|her|every)',
  '(?:fob|fobs|fobbed|fobbing) (?:us |me |parents )?off',
  'down(?<=let (?:us|me|my \\w+|our \\w+|them|the kids|the children|him|her|everyone) down)',
  'down(?<=let down)(?= by)',
  'fail(?:s|ed|ing) (?:my|our|the|these|those|them|him|her|kids|children|pupils)',
  // Fitness for the job.
  "(?:teach|lead|manage|control|organise|run|cope)\\b(?<=(?:can'?t|cannot|couldn'?t) (?:teach|lead|manage|control|organise|run|cope))",
  'depth(?<=out of (?:his|her|their) depth)',
  'not fit (?:to|for)',
  "(?:teaching|charge|teacher|running|working with)(?<=(?:shouldn'?t|should not) be (?:in |a )?(?:teaching|charge|teacher|running|working with))",
  "(?:idea|clue)(?<=(?:no|zero|haven'?t a|hasn'?t a|not a) (?:idea|clue))",
  "care(?<=(?:don'?t|doesn'?t|didn'?t|never) (?:seem to )?care)",
  "care(?<=couldn'?t care)(?= less)",
  // The writer's own feeling about it.
  '(?:furious|fuming|livid|disgusted|appalled|seething|raging) (?:with|at|by|about|that)',
  'disappointed (?:in|with|by|that)',
  '(?:fed up|sick|sick and tired|tired) (?:of|with) (?:the school|this school|them|him|her|their|the way)',
  '(?:hate|hates|dread|dreads) (?:going|school|that (?:man|woman|teacher)|him|her|the teacher)',
];

// Cues that look back are kept in a pattern of their own: one pattern with both kinds runs slower than two.
const CUE = any(CUES.filter((c) => !c.includes('(?<')));
const CUE_KEYED = any(CUES.filter((c) => c.includes('(?<')));
/**
 * Trigger words: the first word of each cue. A cue with common words before its telling one starts at the
 * telling one and looks back for the rest ("downhill" then "going"), so it is tried only where that word is.
 */
export const CRITICISM_TRIGGERS = leadWords(CUES);
export const CRITICISM_PATTERNS: readonly RegExp[] = [re('\\b(?<hit>', CUE, ')(?![a-z])'), re('\\b(?<hit>', CUE_KEYED, ')(?![a-z])')];

/**
 * Criticism of the school community, not turned round by anything around it: the checks of complaint.criticism
 * (its conditions in rules/conditions/complaint.ts, one implementation), for staff_conduct.criticism.
 */
export function criticism(hit: Hit, draft: DraftContext): boolean {
  if (!notAboutOthers(hit, draft) || !aimedAtTheSchool(hit, draft) || reportedOrRejected(hit, draft)) return false;
  const sentence = draft.sentenceText(hit.sentence);
  if (askingAboutArrangements(hit, draft) || everydayIdiom(hit, draft)) return false;
  if (PRAISE_RE.test(sentence) && !CONTRAST.test(sentence)) return false;
  return !negatedBefore(hit, draft) && !writerOnThemself(hit, draft);
}
