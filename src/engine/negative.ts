/**
 * A broad net for criticism aimed at the school community, for the ways of complaining no fixed phrase foresees.
 * Sentiment alone is blind to who a remark is about (issue #3: it flags the rain, homework and one's own
 * child); here a word of criticism counts only in a sentence that names the school or a member of staff, or
 * carries on from one with "he", "she" or "they", and only when nothing in the sentence turns it round: praise
 * without a "but", a "not" before it, the writer speaking of themself, a question about arrangements, an idiom.
 *
 * The words are judgements of people and places and things done to children (rude, unfair, humiliating,
 * "picks on", "out of her depth"), not topics: "bullying" is a subject schools teach, "bullies the kids" is a
 * charge. Shared by `complaint.criticism` (parents) and `staff_conduct.criticism` (staff).
 */
import { any, leadWords, re } from './rule';
import { reportedOrRejected } from './speech';
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

/** Praise or thanks with no "but" after it: the sentence is not criticism. */
const PRAISE = /\b(?:thanks?|thank you|grateful|brilliant|amazing|fantastic|lovely|wonderful|superb|star|stars|legend|kind|helpful|supportive|listened|sorted|credit to|well done|proud|praise|fab|incredible|can'?t fault|no complaints)\b/;
const CONTRAST = /\b(?:but|however|though|although|except|yet|shame|pity)\b/;
/** "Not rude", "never lazy", "no longer useless". */
const NEGATED_BEFORE = /\b(?:not|never|no longer|nothing|hardly|isn'?t|wasn'?t|aren'?t|weren'?t|n't)(?: [\w']+)? $/;
/** The writer judging themself, or their own child ("I'm useless at fractions", "my son can be so lazy"). */
const SELF = /\b(?:i|i'?m|i am|i was|i felt|i feel|i'?ve been|felt|made me|my (?:son|daughter|boy|girl|lad|kids?|child|youngest|eldest|husband|wife|partner)(?: \w+)?(?: is| was| can be|'s| has been| gets))(?: [\w']+){0,3} $/;
/** Asking about arrangements, not complaining. */
const QUESTION = /^\W*(?:does|do|has|have|is|are|can|could|would|will) (?:anyone|anybody|someone|somebody|any)\b|^\W*(?:anyone know|what time|when (?:is|are|does)|where (?:is|are|do))/;
/** Idioms and the everyday, where a harsh word is not a judgement of anyone. */
const IDIOM = /\b(?:(?:playing|plays|played|cast as|part of|role of) ['"]?(?:the |a )?['"]?(?:bully|villain|baddie|wicked|evil)|killing me|eyes in the back|traffic|weather|rain|snow|parking on|the roads?|potholes|wifi|wi-fi|printer|my own fault|terrible twos|worst (?:hair|cold|weather|traffic|day of my life)|hate to (?:say|ask|be|admit)|hate it when my)\b/;

/**
 * The school or its staff are what the sentence is about: named in it, or named in the sentence before and
 * carried on with a pronoun or as a short verdict.
 */
function aimedAtTheSchool(hit: Hit, draft: DraftContext): boolean {
  const s = hit.sentence;
  if (draft.staffSentence[s] === true || draft.strongSentence[s] === true) return true;
  if (s === 0) return false;
  const carried = draft.staffSentence[s - 1] === true || draft.strongSentence[s - 1] === true;
  const text = draft.sentenceText(s);
  // A short verdict ("Heartless.") judges what the sentence before told.
  return carried && (/\b(?:he|she|they|them|him|her|their|his|it|its)\b/.test(text) || text.trim().split(/\s+/).length <= 4);
}

/** Criticism of the school community, not turned round by anything around it. */
export function criticism(hit: Hit, draft: DraftContext): boolean {
  if (draft.notTheSchool || draft.nearestTarget(hit.start) === 'other') return false;
  if (!aimedAtTheSchool(hit, draft) || reportedOrRejected(hit, draft)) return false;
  const sentence = draft.sentenceText(hit.sentence);
  if (QUESTION.test(sentence) || IDIOM.test(sentence)) return false;
  if (PRAISE.test(sentence) && !CONTRAST.test(sentence)) return false;
  const start = draft.sentences[hit.sentence]?.start ?? 0;
  const lead = draft.text.slice(Math.max(start, hit.start - 60), hit.start);
  return !NEGATED_BEFORE.test(lead) && !SELF.test(lead);
}
