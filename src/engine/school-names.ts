/**
 * Schools named the way people name one the extension has no pack for ("Castle Hill Primary", "St Peter's",
 * "@HighfieldSch", "Kirkby High"): where such names are in a draft's normalised text. The draft's context
 * (context.ts) marks their sentences as about a school.
 */

import { isLetterCode } from './fold';

/** The words that end a school's name ("Castle Hill Primary"). */
const SCHOOL_KINDS = 'primary|juniors|infants|academy|high school|secondary|grammar|college|c of e(?: primary| school)?|ce primary';
/**
 * A school named the way people name one the extension has no pack for: "Castle Hill Primary", "ashfield juniors",
 * "St Peter's", "Kirkby High School", "@HighfieldSch".
 */
const SCHOOL_NAME_RE = new RegExp(
  `\\b(?:st\\.? [a-z]+(?:'s|s)?(?: (?:c of e|ce|rc|catholic|primary|juniors?|infants?|academy|school|high|college))?|[a-z]+(?: [a-z]+)? (?:${SCHOOL_KINDS})(?: school)?)\\b|@[a-z0-9_]*(?:primary|school|sch|academy|acad|juniors|infants|high)\\b`,
  // Sticky: tried at one place at a time (`schoolNames`).
  'y',
);
/**
 * What every match of SCHOOL_NAME_RE holds: "st" and a dot or space, a space and a kind of school, or "@". Most drafts
 * hold none, and this plain scan passes them over: the full pattern tries a name at every word.
 */
export const MAY_NAME_SCHOOL = new RegExp(`\\bst[. ]| (?:${SCHOOL_KINDS})|@`);
/** Where a name of SCHOOL_NAME_RE's may start: "st" and a dot or space, "@", and (below) the words before a kind. */
const SCHOOL_MARK = /\bst[. ]|@(?=\w)/g;
/** The space before a kind of school ("… primary"): a name of that form is the one or two words before it. */
const BEFORE_KIND = new RegExp(` (?=${SCHOOL_KINDS})`, 'g');

/** SCHOOL_NAME_RE as one scan of a whole text, for a text with places to try everywhere. */
const SCHOOL_NAME_ALL = new RegExp(SCHOOL_NAME_RE.source, 'g');

/**
 * SCHOOL_NAME_RE's matches, as a scan of the whole text finds them, but tried only where one can start: at the
 * marks above, and at the one or two runs of letters just before a kind of school (the pattern's words are runs of
 * letters, one space apart). The full pattern tried a name at every word of a long draft that holds a kind
 * anywhere: a fortieth of its time.
 */
export function schoolNames(text: string, fn: (m: RegExpExecArray) => void): void {
  // Past this many places, the draft is mostly names of schools, or made to look so ("@@@…", "primary primary…"):
  // the one scan of the whole text then costs less than trying each.
  const most = 64 + (text.length >> 6);
  const marks: number[] = [];
  SCHOOL_MARK.lastIndex = 0;
  for (let m = SCHOOL_MARK.exec(text); m; m = SCHOOL_MARK.exec(text)) {
    if (marks.push(m.index) > most) return forEachMatch(SCHOOL_NAME_ALL, text, fn);
  }
  // Ascending as found: the words before a later kind start after the space before an earlier one, or are its own
  // word before it ("a primary juniors"), already listed.
  const words: number[] = [];
  const add = (at: number): void => {
    if (words.length === 0 || at > (words[words.length - 1] as number)) words.push(at);
  };
  BEFORE_KIND.lastIndex = 0;
  for (let m = BEFORE_KIND.exec(text); m; m = BEFORE_KIND.exec(text)) {
    let word = m.index;
    while (word > 0 && isLetterCode(text.charCodeAt(word - 1))) word--;
    if (word === m.index) continue;
    if (word >= 2 && text.charCodeAt(word - 1) === 32 && isLetterCode(text.charCodeAt(word - 2))) {
      let before = word - 1;
      while (before > 0 && isLetterCode(text.charCodeAt(before - 1))) before--;
      add(before);
    }
    add(word);
    if (marks.length + words.length > most) return forEachMatch(SCHOOL_NAME_ALL, text, fn);
  }
  // Both lists merged, left to right, each match starting where the one before ended or after, as the global
  // pattern reads.
  let end = 0;
  for (let a = 0, b = 0; a < marks.length || b < words.length; ) {
    const mark = a < marks.length ? (marks[a] as number) : Infinity;
    const word = b < words.length ? (words[b] as number) : Infinity;
    const at = Math.min(mark, word);
    if (mark === at) a++;
    if (word === at) b++;
    if (at < end) continue;
    SCHOOL_NAME_RE.lastIndex = at;
    const m = SCHOOL_NAME_RE.exec(text);
    if (!m) continue;
    fn(m);
    end = at + m[0].length;
  }
}
/** The spans `schoolNames` finds, [start, end) in order: what the tests hold against `schoolNamesScanningAll`. */
export function schoolNameSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  schoolNames(text, (m) => out.push([m.index, m.index + m[0].length]));
  return out;
}

/** The same, by one scan of the whole text with the global pattern: the reference `schoolNames` must agree with. */
export function schoolNamesScanningAll(text: string): [number, number][] {
  const out: [number, number][] = [];
  forEachMatch(SCHOOL_NAME_ALL, text, (m) => out.push([m.index, m.index + m[0].length]));
  return out;
}

/** Capitalised words before "High" that do not name a school ("Sky High", "Knee High", "All Time High"). */
const NOT_A_HIGH = new Set(['sky', 'knee', 'mile', 'time', 'record', 'new', 'waist', 'thigh', 'ankle', 'shoulder', 'chest', 'the', 'a', 'an', 'so', 'too', 'very', 'how', 'riding', 'feeling', 'flying', 'and', 'of', 'on']);

/**
 * Where the name before a capital "High" at `space` (the space before it) starts: one or two capitalised words, not
 * followed by "school" (SCHOOL_NAME_RE reads those) and not one of NOT_A_HIGH; -1 when there is none.
 */
export function capitalHighName(text: string, space: number, capitalAt: (pos: number) => boolean): number {
  const after = space + 5;
  if (!capitalAt(space + 1) || (after < text.length && isLetterCode(text.charCodeAt(after))) || text.startsWith(' school', after)) return -1;
  let start = space;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === space || !capitalAt(start) || NOT_A_HIGH.has(text.slice(start, space))) return -1;
  // A second capitalised word before it: "Castle Hill High".
  if (start >= 2 && text.charCodeAt(start - 1) === 32 && isLetterCode(text.charCodeAt(start - 2))) {
    let before = start - 1;
    while (before > 0 && isLetterCode(text.charCodeAt(before - 1))) before--;
    if (capitalAt(before) && !NOT_A_HIGH.has(text.slice(before, start - 1))) start = before;
  }
  return start;
}

/** Every match of a global pattern `re` in `text`, in order (an empty match steps on one character). */
export function forEachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
}
