/**
 * Token classes a phrase may name in braces ({NUMBER}, {WORD}…): each tests one token. For shapes a list of words
 * cannot hold (numbers, year groups written short); never for wording, which belongs in phrases and lexicon entries.
 */
/** Token classes a phrase may name in braces: tested on one token. */
export const CLASSES: Readonly<Record<string, (token: string) => boolean>> = {
  /** Digits: "5", "2024". */
  NUMBER: (t) => /^[0-9]+$/.test(t),
  /** Digits and an s: "5s" (year 5s). */
  NUMBERS: (t) => /^[0-9]+s$/.test(t),
  /** A year group written short: "y6", "y10s". */
  YEAR_CODE: (t) => /^y[0-9]{1,2}s?$/.test(t),
  /** Any word (letters, apostrophes, masked letters), not a number or a symbol. */
  WORD: (t) => /^[a-z][a-z'*]*$/.test(t),
  /** A word with 's: "jones's", "miss's". */
  POSSESSIVE: (t) => /^[a-z]+'s$/.test(t),
  /** allegation: an age written short, "5yo" ("my 5yo"). */
  AGE_YO: (t) => /^[0-9]+yo$/.test(t),
  /** allegation: a full stop or exclamation mark, one or a run ("…everyone knows."). */
  STOP: (t) => /^[.!]+$/.test(t),
  /** allegation: a number with 's, "8's" ("grabbing a year 8's blazer"). */
  NUMBER_POSSESSIVE: (t) => /^[0-9]+'s$/.test(t),
  /** complaint: a word ending in -ing ("got a detention for yawning"), where no list of verbs could be whole. */
  ING: (t) => /^[a-z]+ing$/.test(t),
  /** complaint: two question marks or more ("hello??"), impatience rather than a question. */
  QUESTION_MARKS: (t) => /^\?{2,}$/.test(t),
  /** complaint: an amount in figures, "500", "5k" ("wasted 5k on a logo"). */
  AMOUNT: (t) => /^[0-9]+k?$/.test(t),
  // personal-info: UK phone numbers, whole ("07700900123", "+447700900123") or in groups ("07700 900 123").
  /** A UK phone number in one run of digits, after 0 or 44. */
  PHONE_NUMBER: (t) => /^(?:0|44)(?:7[0-9]{3}|1[0-9]{2,4}|2[0-9])[0-9]{6,7}$/.test(t),
  /** A UK dialling code with its 0: "07700", "0161", "020". */
  PHONE_CODE: (t) => /^0(?:7[0-9]{3}|1[0-9]{2,4}|2[0-9])$/.test(t),
  /** The same after +44, its 0 optional: "7700", "0161". */
  PHONE_CODE_44: (t) => /^0?(?:7[0-9]{3}|1[0-9]{2,4}|2[0-9])$/.test(t),
  /** The rest of a phone number in one group: six or seven digits. */
  PHONE_TAIL: (t) => /^[0-9]{6,7}$/.test(t),
  /** Three digits, or three or four: the groups of a phone number written "900 123". */
  DIGITS_3: (t) => /^[0-9]{3}$/.test(t),
  DIGITS_3_4: (t) => /^[0-9]{3,4}$/.test(t),
  /** personal-info: a house number, one to four digits ("number 22", "14 Elm Road"). */
  HOUSE_NUMBER: (t) => /^[0-9]{1,4}$/.test(t),
  /** personal-info: a registration or the start of one, a digit in its first four characters ("yx70", "7dx", "yx70lmn"). */
  REG_CODE: (t) => /^(?=[a-z]{0,3}[0-9])[a-z0-9]{2,4}(?:[a-z0-9]{3})?$/.test(t),
  /** personal-info: three letters or digits, the end of a registration ("lmn"). */
  REG_TAIL: (t) => /^[a-z0-9]{3}$/.test(t),
  /** personal-info: a UK number plate in one token ("lm19xrt"). */
  PLATE: (t) => /^[a-z]{2}[0-9]{2}[a-z]{3}$/.test(t),
  /** personal-info: the first half of a number plate ("lm19"), not "yr10" (a year group); then {PLATE_TAIL}. */
  PLATE_HALF: (t) => /^(?!yr)[a-z]{2}[0-9]{2}$/.test(t),
  PLATE_TAIL: (t) => /^[a-z]{3}$/.test(t),
  // naming-child: a child picked out by a surname initial, a form written short, a bracket, a superlative.
  /** A lone letter: a surname initial ("Noah T"). */
  INITIAL: (t) => /^[a-z]$/.test(t),
  /** A surname initial with 's: "Amelia H's mum". */
  INITIAL_POSSESSIVE: (t) => /^[a-z]'s$/.test(t),
  /** A year group's number: "4", "10", "4s", "2's" ("Poppy in Year 2's mum"). */
  YEAR_NUMBER: (t) => /^[0-9]{1,2}(?:s|'s)?$/.test(t),
  /** A form or year written short: "5c", "yr6", "yr10s". */
  FORM: (t) => /^(?:[0-9][a-z]|yr[0-9]{1,2}s?)$/.test(t),
  /** Round brackets, which a phrase cannot write: "Noah (Year 1)", "+44 (0)7700…". */
  OPEN_BRACKET: (t) => t === '(',
  CLOSE_BRACKET: (t) => t === ')',
  /** A superlative: "kindest", "funniest", "best". */
  SUPERLATIVE: (t) => /^[a-z]+est$/.test(t),
  /** An ordinal in digits: "3rd", "21st" (staff-conduct: "the 3rd parent complaint this week"). */
  ORDINAL: (t) => /^[0-9]+(?:st|nd|rd|th)$/.test(t),
};

/** The classes that are one token written out, as a phrase's needs (needs.ts) can name it: "(" cannot be a word of a phrase. */
export const CLASS_WORDS: Readonly<Record<string, string>> = { OPEN_BRACKET: '(', CLOSE_BRACKET: ')' };
