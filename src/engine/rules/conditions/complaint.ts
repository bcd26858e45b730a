/**
 * Conditions of the complaint rules (rules/complaint.yaml): whether a complaint is aimed at the school, in the
 * writer's own words, and not turned round by what is around it. The checks of the broad criticism net live
 * here, one implementation: `criticism` below composes the same functions for staff_conduct.criticism
 * (@criticism-of-the-school).
 */
import { COMMON_CONDITIONS } from './common';
import { OWN_FAMILY_GATE, PRAISE_RE } from '../../annotate';
import { OWN_FAMILY } from '../../lexicon';
import { negatedJustBefore } from '../../negation';
import { onFirstUse } from '../../regex';
import { someoneElses } from '../../speech';
import { gateOf, textOpens } from '../../word-gate';
import type { WordGate } from '../../word-gate';
import { EVERYDAY_GATE } from '../../word-gates.generated';
import type { DraftContext } from '../../context';
import type { Condition, Conditions, Descriptions, Place } from './types';

/** Nothing in the draft says it is not about the school, and the nearest body named before the hit is not another. */
export const notAboutOthers = (hit: Place, draft: DraftContext): boolean => draft.nearestTarget(hit.start) !== 'other' && !draft.notTheSchool();

/**
 * Words only a school has, opening a hit, or children sent to the name: after a name that could be a place's, they
 * say it is the school's.
 */
const SCHOOL_THING = /^(?:lunch|dinner|meal|food|uniform|detention|homework|behaviour|teacher|staff|office|slt|leadership|management|sen)|\bsend\b/;

/**
 * A school's name stands just before the hit or just after it: one that says it is a school ("Bexton Primary"), or
 * one that could be a place's ("Northwick Park") when the hit opens on something of a school's ("lunches are…").
 */
export const besideASchoolName = (hit: Place, draft: DraftContext): boolean => {
  const name = draft.schoolNameBeside(hit.start, hit.end);
  return name === 2 || (name === 1 && SCHOOL_THING.test(draft.text.slice(hit.start, hit.end)));
};

/** A short carried-on sentence: a pronoun, or a bare verdict of four words or fewer ("Heartless."). */
const CARRIES_ON = /\b(?:he|she|they|them|him|her|their|his|it|its)\b/;

/**
 * The school or its staff are what the sentence is about: named in it, or named in the sentence before and
 * carried on with a pronoun or as a short verdict.
 */
export function aimedAtTheSchool(hit: Place, draft: DraftContext): boolean {
  const s = hit.sentence;
  if (draft.staffSentence[s] === 1 || draft.strongSentence[s] === 1) return true;
  if (s === 0) return false;
  const carried = draft.staffSentence[s - 1] === 1 || draft.strongSentence[s - 1] === 1;
  const text = draft.sentenceText(s);
  return carried && (CARRIES_ON.test(text) || text.trim().split(/\s+/).length <= 4);
}

/** "But", "though", "shame": praise with one of these after it may still be a complaint. */
export const CONTRAST = /\b(?:but|however|though|although|except|yet|shame|pity)\b/;

const praise: Condition = COMMON_CONDITIONS.praise;

/**
 * The writer judging themself, or their own child or family ("I'm useless at fractions", "my son can be so lazy"):
 * the same own-family words as the annotation's `own_child` mark (lexicon.ts). One alternation split in two, so that
 * the family's, a long list, is compiled and tried only in a lead holding one of its gate words ("my", "our").
 */
const SELF_BEFORE = /\b(?:i|i'?m|i am|i was|i felt|i feel|i'?ve been|felt|made me)(?: [\w']+){0,3} $/;
const OWN_BEFORE = onFirstUse(() => new RegExp(`\\b${OWN_FAMILY}(?: \\w+)?(?: is| was| can be|'s| has been| gets)(?: [\\w']+){0,3} $`));
/** Asking about arrangements, not complaining: the sentence opens as such a question. */
const ASKING = onFirstUse(() => /^\W*(?:does|do|has|have|is|are|can|could|would|will) (?:anyone|anybody|someone|somebody|any)(?=\b)|^\W*(?:anyone know|what time|when (?:is|are|does)|where (?:is|are|do))/);
/** Idioms and the everyday, where a harsh word is not a judgement of anyone. */
export const EVERYDAY_LIST = [
  `(?:playing|plays|played|cast as|part of|role of) ['"]?(?:the |a )?['"]?(?:bully|villain|baddie|wicked|evil)`,
  'killing me|eyes in the back|traffic|weather|rain|snow|parking on|the roads?|potholes|wifi|wi-fi|printer|my own fault|terrible twos',
  'worst (?:hair|cold|weather|traffic|day of my life)|hate to (?:say|ask|be|admit)|hate it when my',
];
/**
 * One of them, tested only in a sentence holding one of the list's gate words (word-gate.ts). The closing (?=\b)
 * means \b: V8 compiles it two to three times faster after an alternation.
 */
const EVERYDAY = onFirstUse(() => new RegExp(`\\b(?:${EVERYDAY_LIST.join('|')})(?=\\b)`));
let everydayGate: WordGate | null | undefined;

/** Up to 60 characters of the hit's sentence before it. */
const lead = (hit: Place, draft: DraftContext): string => {
  const start = draft.sentences[hit.sentence]?.start ?? 0;
  return draft.text.slice(Math.max(start, hit.start - 60), hit.start);
};

/** "Not rude", "never lazy", "no longer useless": a denying word (negation.ts) at most one word before the hit. */
export const negatedBefore = (hit: Place, draft: DraftContext): boolean => negatedJustBefore(lead(hit, draft));
export const writerOnThemself = (hit: Place, draft: DraftContext): boolean => {
  const text = lead(hit, draft);
  return SELF_BEFORE.test(text) || (textOpens(OWN_FAMILY_GATE, text) && OWN_BEFORE().test(text));
};
export const askingAboutArrangements = (hit: Place, draft: DraftContext): boolean => ASKING().test(draft.sentenceText(hit.sentence));
const everyday = (): WordGate | null => (everydayGate ??= gateOf(EVERYDAY_LIST, EVERYDAY_GATE));
export const everydayIdiom = (hit: Place, draft: DraftContext): boolean => {
  const text = draft.sentenceText(hit.sentence);
  return textOpens(everyday(), text) && EVERYDAY().test(text);
};
/** The guard patterns tested only where their gate opens, with the gate: a unit test checks that they miss no match. */
export const GATED_GUARDS = (): (readonly [RegExp, WordGate | null])[] => [
  [EVERYDAY(), everyday()],
  [OWN_BEFORE(), OWN_FAMILY_GATE],
];
export const praiseUnqualified: Condition = (hit, draft, notes) => praise(hit, draft, notes) && !CONTRAST.test(draft.sentenceText(hit.sentence));

/** Verdict words that judge whatever the sentence before told, which may be a stranger's doing. */
const BARE_VERDICT = /(?:disgusting|shameful|outrageous|scandalous)$/;
/** Someone outside the school did it: vandals, thieves, "some idiots". */
const STRANGER = /\b(?:someone|somebody|whoever|vandals?|thieves|burglars?|police|a man|a woman|some (?:kids|idiots|people))\b/;

/**
 * A bare "Disgusting." judges what the sentence before it told: the school's or its staff's doing, not a
 * stranger's ("someone sprayed graffiti on the gate. Disgusting.").
 */
export function verdictCarriedOn(hit: Place, draft: DraftContext): boolean {
  if (!BARE_VERDICT.test(draft.text.slice(hit.start, hit.end)) || hit.sentence === 0) return true;
  const before = hit.sentence - 1;
  return (draft.staffSentence[before] === 1 || draft.strongSentence[before] === 1) && !STRANGER.test(draft.sentenceText(before));
}

export const COMPLAINT_CONDITIONS = {
  'verdict-carried-on': verdictCarriedOn,
  'about-institution': (_hit, draft) => draft.aboutInstitution,
  'not-about-others': notAboutOthers,
  'beside-a-school-name': besideASchoolName,
  'someone-elses-words': someoneElses,
  'aimed-at-the-school': aimedAtTheSchool,
  'praise-unqualified': praiseUnqualified,
  'negated-before': negatedBefore,
  'writer-on-themself': writerOnThemself,
  'asking-about-arrangements': askingAboutArrangements,
  'everyday-idiom': everydayIdiom,
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const COMPLAINT_DESCRIPTIONS: Descriptions<typeof COMPLAINT_CONDITIONS> = {
  'verdict-carried-on': 'a verdict ending in "disgusting", "shameful", "outrageous" or "scandalous" follows a sentence about the school or its staff, not a stranger',
  'about-institution': 'the draft names the school, trust or its staff somewhere',
  'not-about-others': 'nothing says the draft is not about the school, and no other body (council, club, shop) is named nearer before the hit',
  'beside-a-school-name': 'a school\'s name stands just before the words or just after them: one that says it is a school ("Bexton Primary", "St Anne\'s", "@BextonPrimary"), or the pack\'s name for a place too ("Northwick Park") when the words open on something of a school\'s ("lunches", "teachers") or send children to it',
  'someone-elses-words': 'the words are quoted, reported or argued against ("calling teachers lazy is out of order")',
  'aimed-at-the-school': 'the sentence names the school or its staff, or carries on from one that does with a pronoun or a short verdict',
  'praise-unqualified': 'the sentence praises or thanks (@praise) with no "but", "though" or "shame" to turn it',
  'negated-before': 'a "not", "never" or "no longer" stands at most one word before the hit ("not rude")',
  'writer-on-themself': 'the writer is judging themself or their own child just before the hit ("I was so disorganised", "my son can be lazy")',
  'asking-about-arrangements': 'the sentence opens as a question about arrangements ("does anyone know", "what time")',
  'everyday-idiom': 'an idiom or the everyday, where a harsh word judges no one ("playing the villain", the traffic, the weather, "terrible twos")',
};

/**
 * Criticism of the school community, not turned round by anything around it: the checks of complaint.criticism, as
 * one function for staff_conduct.criticism (@criticism-of-the-school).
 */
export function criticism(hit: Place, draft: DraftContext): boolean {
  if (!notAboutOthers(hit, draft) || !aimedAtTheSchool(hit, draft) || someoneElses(hit, draft)) return false;
  const sentence = draft.sentenceText(hit.sentence);
  if (askingAboutArrangements(hit, draft) || everydayIdiom(hit, draft)) return false;
  if (PRAISE_RE.test(sentence) && !CONTRAST.test(sentence)) return false;
  return !negatedBefore(hit, draft) && !writerOnThemself(hit, draft);
}
