/**
 * Conditions of the confidential rules (rules/confidential.yaml). Whose matter the sensitive words are is decided
 * by who is named nearest before them, which no phrase can say: so the people a sentence may be about are read
 * here, as the TypeScript rule read them.
 */
import type { DraftContext } from '../../context';
import { isLetterCode } from '../../fold';
import { OWN_FAMILY, TITLES } from '../../lexicon';
import { isOtherChild } from '../../names';
import { firstAtOrAfter } from '../../sorted';
import { oncePerDraft } from './common';
import type { Conditions, Descriptions, Place } from './types';
import { LastMemo } from '../../last-memo';

/** Someone other than the writer's family, as the subject of a sentence. */
const OTHER_PERSON = new RegExp(
  '\\b(?:' +
    [
      `(?:${TITLES.join('|')}) [a-z*]+`,
      "[a-z]+(?: [a-z])?'s (?:mum|dad|mother|father|parents|family|brother|sister)",
      '(?:a|the|one of the|that|this|two|three|several|some) (?:\\w+ ){0,2}(?:teacher|ta|head|deputy|member of staff|staff member|boy|girl|lad|kid|child|pupil|student|dinner lady|receptionist|caretaker|senco)s?',
      '(?:a|one of the) (?:year \\d{1,2}|y\\d{1,2}) (?:staff|teachers?|boy|girl|kid|pupil)',
      'one of (?:my|the) (?:little ones|kids|pupils|students|year \\d+s|class|tutees|form)',
      'one of my year \\d+s',
      'one of the (?:year \\d{1,2} )?staff',
      'little [a-z]+',
      '(?:his|her|their) (?:mum|dad|family|parents)',
      'a teacher at',
      '(?:kid|boy|girl|ta|teacher) who',
    ].join('|') +
    ')',
  'g',
);

/**
 * The writer's own family as the subject (lexicon.ts OWN_FAMILY, the annotation's own child), but not as the owner of
 * a class or a friend ("my son's class"); or the writer's own matter, or the writer.
 */
const OWN_PERSON = new RegExp(
  `\\b${OWN_FAMILY}(?![a-z])(?!'?s (?:class|school|teacher|friend|mate|year|form|group|set|team|tutor))|\\b(?:my|our) (?:\\w+ )?(?:corner|case|review|meeting|application|appointment|journey|story)\\b|\\b(?:i'?ve|i have|i was|i'?m|i am)\\b`,
  'g',
);

/** Staff naming their own class anywhere in the draft ("one of my Year 4s"). */
const OWN_PUPILS = /\bone of my\b|\bmy (?:class|pupils|students|little ones|year \d+s|(?:year \d+ )?(?:tutor group|form group|form|group|set|tutees))\b|\b(?:student|pupil|child|kid|boy|girl) (?:in|from) my\b/;

/** Where a global pattern matches in a text, in order. */
function matchStarts(re: RegExp, text: string): number[] {
  const starts: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts;
}

/**
 * Where the people of a sentence are named: the other people, the writer's own, and the capitalised words that may
 * be a child's name, with what is known of each so far (`child`: UNKNOWN, IS_CHILD or NOT_CHILD).
 */
interface People {
  other: number[];
  own: number[];
  capitals: number[];
  child: Uint8Array;
}

const UNKNOWN = 0;
const IS_CHILD = 1;
const NOT_CHILD = 2;

const peopleCache = new LastMemo<DraftContext, (People | undefined)[]>();

/**
 * Read once per sentence, not per hit: a long draft's hits often share a sentence, and each search past the hit
 * (for the next match, or none) read the rest of the sentence anyway.
 */
function peopleIn(draft: DraftContext, index: number, sentence: string): People {
  let bySentence = peopleCache.get(draft);
  if (!bySentence) {
    bySentence = [];
    peopleCache.set(draft, bySentence);
  }
  let people = bySentence[index];
  if (!people) {
    const sentenceStart = draft.sentences[index]?.start ?? 0;
    const capitals = capitalWords(draft, sentenceStart, sentence);
    people = { other: matchStarts(OTHER_PERSON, sentence), own: matchStarts(OWN_PERSON, sentence), capitals, child: new Uint8Array(capitals.length >> 1) };
    bySentence[index] = people;
  }
  return people;
}

/** The last of ascending `starts` below `limit`, or -1. */
function lastBelow(starts: readonly number[], limit: number): number {
  const at = firstAtOrAfter(starts, limit);
  return at > 0 ? (starts[at - 1] as number) : -1;
}


/** The capitalised words of a sentence (runs of two or more letters), as [start, end) pairs of sentence offsets. */
function capitalWords(draft: DraftContext, sentenceStart: number, sentence: string): number[] {
  const found: number[] = [];
  const words = /\b[a-z]{2,}\b/g;
  // test, not exec: no match array per word. A match is a whole run of letters, so it starts where the run does.
  while (words.test(sentence)) {
    const end = words.lastIndex;
    let start = end - 2;
    while (start > 0 && isLetterCode(sentence.charCodeAt(start - 1))) start--;
    if (draft.capitalAt(sentenceStart + start)) found.push(start, end);
  }
  return found;
}

/** Where the last other family's child is named before `limit`, by name ("Jo in Year 7 has…"). */
function lastOtherChildBefore(draft: DraftContext, sentenceStart: number, people: People, limit: number): number {
  let last = -1;
  const { capitals, child } = people;
  for (let i = 0; i < capitals.length && (capitals[i] as number) < limit; i += 2) {
    const start = capitals[i] as number;
    // Each word asked about once per sentence, however many hits ask (NOT_CHILD / IS_CHILD once known).
    let known = child[i >> 1] as number;
    if (known === UNKNOWN) {
      known = isOtherChild(draft, sentenceStart + start, sentenceStart + (capitals[i + 1] as number)) ? IS_CHILD : NOT_CHILD;
      child[i >> 1] = known;
    }
    if (known === IS_CHILD) last = start;
  }
  return last;
}

const mentionsOwnPupils = oncePerDraft(OWN_PUPILS);

/** The nearest person named before the words decides whose matter it is; failing that, the last in the sentence. */
export function aboutSomeoneElse(hit: Place, draft: DraftContext): boolean {
  const sentenceStart = draft.sentences[hit.sentence]?.start ?? 0;
  const sentence = draft.sentenceText(hit.sentence);
  const limit = hit.start - sentenceStart;
  const people = peopleIn(draft, hit.sentence, sentence);
  const other = Math.max(lastBelow(people.other, limit + 1), lastOtherChildBefore(draft, sentenceStart, people, limit));
  const own = lastBelow(people.own, limit + 1);
  if (other >= 0 || own >= 0) return other > own;
  const otherAfter = lastBelow(people.other, sentence.length);
  const ownAfter = lastBelow(people.own, sentence.length);
  if (otherAfter >= 0 || ownAfter >= 0) return otherAfter > ownAfter;
  // Staff posting about "one of my kids" is about a pupil.
  if (draft.role === 'staff' && mentionsOwnPupils(draft)) return true;
  // "he/she" carrying on from a child or member of staff named in the sentence before.
  const prev = hit.sentence > 0 ? draft.sentenceText(hit.sentence - 1) : '';
  OTHER_PERSON.lastIndex = 0;
  const otherBefore = OTHER_PERSON.test(prev);
  OWN_PERSON.lastIndex = 0;
  return /\b(?:he|she|his|her)\b/.test(sentence) && otherBefore && !OWN_PERSON.test(prev);
}

export const CONFIDENTIAL_CONDITIONS = {
  'about-someone-else': (hit, draft) => aboutSomeoneElse(hit, draft),
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const CONFIDENTIAL_DESCRIPTIONS: Descriptions<typeof CONFIDENTIAL_CONDITIONS> = {
  'about-someone-else': "the words are about someone outside the writer's own family: the person named nearest before them (else after them, else carried on by \"he\" or \"she\" from the sentence before) is another child, a parent or a member of staff",
};
