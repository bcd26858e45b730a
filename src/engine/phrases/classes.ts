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
};
