/**
 * Token classes a phrase may name in braces ({NUMBER}, {WORD}…): each tests one token. For shapes a list of words
 * cannot hold (numbers, year groups written short); never for wording, which belongs in phrases and lexicon entries.
 */
/**
 * A class tested by one pattern, made once: a pattern written inside the test would be a new RegExp object at every
 * token tested (a long draft's phrases test thousands).
 */
const shape =
  (pattern: RegExp) =>
  (token: string): boolean =>
    pattern.test(token);

/** Token classes a phrase may name in braces: tested on one token. */
export const CLASSES: Readonly<Record<string, (token: string) => boolean>> = {
  /** Digits: "5", "2024". */
  NUMBER: shape(/^[0-9]+$/),
  /** Digits and an s: "5s" (year 5s). */
  NUMBERS: shape(/^[0-9]+s$/),
  /** A year group written short: "y6", "y10s". */
  YEAR_CODE: shape(/^y[0-9]{1,2}s?$/),
  /** Any word (letters, apostrophes, masked letters), not a number or a symbol. */
  WORD: shape(/^[a-z][a-z'*]*$/),
  /** A word with 's: "jones's", "miss's". */
  POSSESSIVE: shape(/^[a-z]+'s$/),
  /** allegation: an age written short, "5yo" ("my 5yo"). */
  AGE_YO: shape(/^[0-9]+yo$/),
  /** allegation: a full stop or exclamation mark, one or a run ("…everyone knows."). */
  STOP: shape(/^[.!]+$/),
  /** allegation: a number with 's, "8's" ("grabbing a year 8's blazer"). */
  NUMBER_POSSESSIVE: shape(/^[0-9]+'s$/),
  /** complaint: a word ending in -ing ("got a detention for yawning"), where no list of verbs could be whole. */
  ING: shape(/^[a-z]+ing$/),
  /**
   * complaint: an ellipsis typed as dots ("time for the head to go... on holiday!"), where a full stop ends a sentence.
   * The one-character "…" folds to a full stop (fold.ts), so it cannot be told from one.
   */
  ELLIPSIS: shape(/^\.{2,}$/),
  /** complaint: two question marks or more ("hello??"), impatience rather than a question. */
  QUESTION_MARKS: shape(/^\?{2,}$/),
  /** complaint: an amount in figures, "500", "5k" ("wasted 5k on a logo"). */
  AMOUNT: shape(/^[0-9]+k?$/),
  // personal-info: UK phone numbers, whole ("07700900123", "+447700900123") or in groups ("07700 900 123").
  /** A UK phone number in one run of digits, after 0 or 44. */
  PHONE_NUMBER: shape(/^(?:0|44)(?:7[0-9]{3}|1[0-9]{2,4}|2[0-9])[0-9]{6,7}$/),
  /** A UK dialling code with its 0: "07700", "0161", "020". */
  PHONE_CODE: shape(/^0(?:7[0-9]{3}|1[0-9]{2,4}|2[0-9])$/),
  /** The same after +44, its 0 optional: "7700", "0161". */
  PHONE_CODE_44: shape(/^0?(?:7[0-9]{3}|1[0-9]{2,4}|2[0-9])$/),
  /** The rest of a phone number in one group: six or seven digits. */
  PHONE_TAIL: shape(/^[0-9]{6,7}$/),
  /** Three digits, or three or four: the groups of a phone number written "900 123". */
  DIGITS_3: shape(/^[0-9]{3}$/),
  DIGITS_3_4: shape(/^[0-9]{3,4}$/),
  /** personal-info: a house number, one to four digits ("number 22", "14 Elm Road"). */
  HOUSE_NUMBER: shape(/^[0-9]{1,4}$/),
  /** personal-info: a registration or the start of one, a digit in its first four characters ("yx70", "7dx", "yx70lmn"). */
  REG_CODE: shape(/^(?=[a-z]{0,3}[0-9])[a-z0-9]{2,4}(?:[a-z0-9]{3})?$/),
  /** personal-info: three letters or digits, the end of a registration ("lmn"). */
  REG_TAIL: shape(/^[a-z0-9]{3}$/),
  /** personal-info: a UK number plate in one token ("lm19xrt"). */
  PLATE: shape(/^[a-z]{2}[0-9]{2}[a-z]{3}$/),
  /** personal-info: the first half of a number plate ("lm19"), not "yr10" (a year group); then {PLATE_TAIL}. */
  PLATE_HALF: shape(/^(?!yr)[a-z]{2}[0-9]{2}$/),
  PLATE_TAIL: shape(/^[a-z]{3}$/),
  // naming-child: a child picked out by a surname initial, a form written short, a bracket, a superlative.
  /** A lone letter: a surname initial ("Noah T"). */
  INITIAL: shape(/^[a-z]$/),
  /** A surname initial with 's: "Amelia H's mum". */
  INITIAL_POSSESSIVE: shape(/^[a-z]'s$/),
  /** A year group's number: "4", "10", "4s", "2's" ("Poppy in Year 2's mum"). */
  YEAR_NUMBER: shape(/^[0-9]{1,2}(?:s|'s)?$/),
  /**
   * A form or year written short: "5c", "10B", "yr6", "yr10s". Years 10 to 13 take only a form letter that is
   * seldom a unit or a rating ("10k", "10p", "10c", "12a", "12v" are not forms); a single digit takes any letter, so
   * "5k" reads as a form, and the rules that use it want a name or "in" beside it.
   */
  FORM: shape(/^(?:[0-9][a-z]|1[0-3][bdefjnrtwy]|yr[0-9]{1,2}s?)$/),
  /** Round brackets, which a phrase cannot write: "Noah (Year 1)", "+44 (0)7700…". */
  OPEN_BRACKET: (t) => t === '(',
  CLOSE_BRACKET: (t) => t === ')',
  /** A superlative: "kindest", "funniest", "best". */
  SUPERLATIVE: shape(/^[a-z]+est$/),
  /** An ordinal in digits: "3rd", "21st" (staff-conduct: "the 3rd parent complaint this week"). */
  ORDINAL: shape(/^[0-9]+(?:st|nd|rd|th)$/),
};

/** The classes that are one token written out, as a phrase's needs (needs.ts) can name it: "(" cannot be a word of a phrase. */
export const CLASS_WORDS: Readonly<Record<string, string>> = { OPEN_BRACKET: '(', CLOSE_BRACKET: ')' };
