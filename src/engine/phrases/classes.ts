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
  /** An ordinal in digits: "3rd", "21st" (staff-conduct: "the 3rd parent complaint this week"). */
  ORDINAL: (t) => /^[0-9]+(?:st|nd|rd|th)$/.test(t),
};
