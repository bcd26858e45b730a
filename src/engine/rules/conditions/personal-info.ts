/** Conditions of the personal-info rules (rules/personal-info.yaml). */
import { T } from '../../annotate';
import type { Conditions, Descriptions } from './types';

/** A routine's words end in when it happens: "… every Friday", "… on Saturdays". */
const ROUTINE = /\b(?:every|most|on) [a-z]+$/;
const PRONOUN = /\b(?:he|she|they|him|her)\b/;

/** Someone else, pointed at: "they live at…", "her house is…", "give him…". */
const SOMEONE = /\b(?:he|she|they|him|her|them|his|their|theirs|hers)\b/;
/** The people a sentence may be about who are of the school community (annotate.ts). */
const COMMUNITY = T.staff | T.pupil | T.parent;
/**
 * A place anyone may go to rather than a home: an event, a shop or business, a meeting point ("the sale is at 22
 * Ferncroft Drive", "their salon on Mill Lane", "come along to 4 Mill Lane"). Not a home's address.
 */
const OPEN_TO_ALL =
  /\b(?:party|parties|sale|sales|fair|fete|event|events|open day|open house|tickets?|venue|held|hosting|hosted|host|come along|all welcome|everyone welcome|drop in|pop in|pop along|meet(?:ing)? (?:at|up)|shop|shops|store|salon|cafe|café|restaurant|pub|business|office|offices|studio|clinic|surgery|opening|opened|opens|practice|unit|showroom|garage|takeaway|bakery|market|car boot|collection point|collect(?:ion)? from|drop[- ]off)\b/;

/** What makes words an address: a number, or a word a street's name ends in (PERSONAL_INFO_STREET). */
const ADDRESS = /\d|\b(?:road|street|close|grove|avenue|lane|way|drive|crescent|court|gardens|terrace|mews)\b/;

export const PERSONAL_INFO_CONDITIONS = {
  /**
   * An address counts wherever it is, not only in a sentence about the school community, when it is someone's home
   * pointed at (he, she, they; a member of staff, a pupil or a parent): a post is about its school even when no
   * sentence names it (004 "posting personal information about an individual"). Outside that community's
   * sentences, not a place anyone may go to (an event, a shop), not somewhere outside it (a neighbour, the council),
   * and not the writer's own family's.
   */
  'someones-home': (hit, draft, notes) => {
    if (draft.inSchoolScope(hit.sentence)) return true;
    if (draft.otherSentence[hit.sentence] === 1) return false;
    // A street, a house number: "live in Spain" or "live near the park" says too little to find anyone by.
    if (!ADDRESS.test(draft.text.slice(hit.start, hit.end))) return false;
    const targets = notes.sentences[hit.sentence]?.targets ?? 0;
    const sentence = draft.sentenceText(hit.sentence);
    if (OPEN_TO_ALL.test(sentence)) return false;
    if ((targets & COMMUNITY) !== 0) return true;
    if ((targets & (T.own_child | T.other_org | T.public_figure)) !== 0) return false;
    return SOMEONE.test(sentence);
  },
  'someones-routine': (hit, draft) => {
    if (!ROUTINE.test(draft.text.slice(hit.start, hit.end))) return true;
    if (draft.staffSentence[hit.sentence] === 1) return true;
    return PRONOUN.test(draft.text.slice(draft.sentences[hit.sentence]?.start ?? 0, hit.start));
  },
} satisfies Conditions;

/** What each condition means, in words, for docs/rules.md: only descriptions.ts imports it, so the engine's bundles leave it out. */
export const PERSONAL_INFO_DESCRIPTIONS: Descriptions<typeof PERSONAL_INFO_CONDITIONS> = {
  'someones-home':
    "the sentence is about the school community, or else gives an address (a number or a street) of someone's home: he, she or they, or a member of staff, pupil or parent, and not an event, a shop or business, someone outside the school (a neighbour, the council) or the writer's own family",
  'someones-routine': 'words that give away a routine ("… every Friday") are about someone: the sentence names a member of staff, or has he, she, they, him or her before them',
};
