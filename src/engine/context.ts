/**
 * School-context awareness (PRODUCT.md §3): is this draft, and this sentence of it, about the school
 * community? Threats and hate are nudged wherever they are aimed; everything else only when it is.
 *
 * Strong signs: the pack's name or aliases, staff by title and surname ("Mr Okafor"), staff by role
 * (teacher, head, TA, SENCO, "the woman in the office", "his teacher"), year groups and classes. Weak signs
 * ("the staff", "the office") count only when the sentence does not name something else (a shop, the council,
 * a football ref).
 *
 * The context also indexes the words of each sentence once, so a rule reads only the sentences that hold one of
 * its trigger words (the prefilter that keeps long drafts fast).
 */
import { holdsWord } from './draft-words';
import { CONTEXT_FILES } from './context-keys.generated';
import { CONTEXT_LISTS, INSTITUTION, NOT_THE_SCHOOL, NOT_THE_SCHOOL_LIST, OTHER_TARGET, STAFF_AUDIENCE, STAFF_ROLE, TITLES, YEAR_GROUP } from './lexicon';
import type { Normalised } from './normalise';
import { KeyedLists } from './keyed';
import { onFirstUse } from './regex';
import { findPackNames } from './pack-names';
import { capitalHighName, forEachMatch, MAY_NAME_SCHOOL, schoolNames } from './school-names';
import { firstAtOrAfter } from './sorted';
import { gateOf, textOpens } from './word-gate';
import type { WordGate } from './word-gate';
import { NOT_THE_SCHOOL_GATE } from './word-gates.generated';
import type { Pack, Role, Span } from './types';

export interface DraftContext {
  readonly n: Normalised;
  /** The normalised text the rules read. */
  readonly text: string;
  readonly role: Role;
  readonly pack: Pack;
  /** Sentences as normalised ranges, in order. Very long runs without punctuation are cut into pieces. */
  readonly sentences: readonly Span[];
  /**
   * Per sentence, 1 where it names the school, its staff or its year groups (else 0). These marks are bytes, not
   * booleans: an array of booleans takes a pointer a sentence, four of them a twentieth of what a long draft allocated.
   */
  readonly schoolSentence: Uint8Array;
  /** Per sentence, 1 where it names the school or its people outright (not just "the staff"). */
  readonly strongSentence: Uint8Array;
  /** Per sentence, 1 where it names a member of staff, by role, title or name. */
  readonly staffSentence: Uint8Array;
  /** The draft names the school itself or its staff, not only its children. */
  readonly aboutInstitution: boolean;
  /** Per sentence, 1 where it names someone or something outside the school (council, shop, ref). */
  readonly otherSentence: Uint8Array;
  /** The draft names the school community somewhere. */
  readonly aboutSchool: boolean;
  /** The draft says it is not about the school, or that the school has been good (worked out on first asking). */
  notTheSchool(): boolean;
  /** Normalised ranges of every school reference found. */
  readonly schoolRefs: readonly Span[];
  sentenceOf(pos: number): number;
  sentenceText(index: number): string;
  /** Whether a sentence is in scope for school-only categories. */
  inSchoolScope(sentence: number): boolean;
  /** Whether the source letter behind normalised position `pos` was a capital. */
  capitalAt(pos: number): boolean;
  /**
   * What the words before `pos` in its sentence last named: the school community or something outside it (a shop,
   * the council). A verdict belongs to the nearest thing named before it ("the bus firm is hopeless").
   */
  nearestTarget(pos: number): 'school' | 'other' | undefined;
  /** Whether normalised [start, end) lies inside a school reference ("Bexton" in "Bexton Primary"). */
  insideSchoolRef(start: number, end: number): boolean;
  /** Whether one of the pack's own names (not its staff) lies whole within normalised [start, end). */
  namesSchoolWithin(start: number, end: number): boolean;
  /**
   * A school's name standing just before normalised `start` (a possessive and spaces between) or just after `end`
   * ("the" and spaces between): 2 when the name says it is a school ("Bexton Primary", "St Anne's", "@BextonPrimary",
   * "OGAT"), 1 when it could as well be a place ("Northwick Park", "Outwood"), 0 when none does.
   */
  schoolNameBeside(start: number, end: number): 0 | 1 | 2;
  /** Whether sentence s holds one of the words; `word*` is a prefix, `*` any masked word. */
  holdsWord(s: number, words: readonly string[]): boolean;
}

// The word lists, filed by first word (keyed.ts): no list is one giant alternation.
const LISTS = new KeyedLists(CONTEXT_LISTS, CONTEXT_FILES);
const STAFF_LIST = CONTEXT_LISTS.indexOf(STAFF_ROLE);
const YEAR_GROUP_LIST = CONTEXT_LISTS.indexOf(YEAR_GROUP);
const STAFF_AUDIENCE_LIST = CONTEXT_LISTS.indexOf(STAFF_AUDIENCE);
const INSTITUTION_LIST = CONTEXT_LISTS.indexOf(INSTITUTION);
const OTHER_LIST = CONTEXT_LISTS.indexOf(OTHER_TARGET);
const NOT_THE_SCHOOL_RE = onFirstUse(() => new RegExp(NOT_THE_SCHOOL));
/** What a draft must hold somewhere for NOT_THE_SCHOOL to match in it (word-gate.ts), taken when first asked. */
let notTheSchoolGate: WordGate | null | undefined;
/** "Mr Okafor", "Mrs D******", "Miss Novak": a title before a capitalised or masked surname. */
// "Dr" is left out: the shipped model learned who is staff without it ("Dr Eze came out to the bus stop…", praise,
// then reads as a complaint); the next retrain can take it in.
const TITLE_RE = new RegExp(`\\b(?:${TITLES.filter((t) => t !== 'dr').join('|')})\\b\\.? ?([a-z*][a-z*'-]*)?`, 'g');
/** Words that cannot be a surname after "mr"/"mrs" typed in lower case ("mr and mrs", "mrs is…"). */
const NOT_SURNAME = new Set(['and', 'or', 'is', 'was', 'the', 'a', 'to', 'of', 'in', 'on', 'at', 'has', 'had', 'said', 'says', 'will', 'would', 'can', 'could', 'right', 'men', 'man', 'blobby', 'motivator', 'bean', 'tumble', 'whippy']);
/** A school's name that says it is one: a kind of school in it, or a handle. */
const SURE_SCHOOL_NAME = /\b(?:primary|academy|academies|school|trust|college|high|juniors|infants|partnership)\b|^@/;
/** Words that place a school's name rather than make it the subject ("the car park outside Bexton Primary"). */
const PLACE_WORDS = 'outside|near|next to|opposite|behind|beside|past|round|around|by|to|from|in front of';
/**
 * Small words a school's name found by its kind may start with that are not part of it ("to", "the", "our"), the
 * place words among them, so that PLACE_BEFORE sees them before the name.
 */
const LEADING_WORDS = new RegExp(`^(?:(?:${PLACE_WORDS}|at|the|a|and|of|in|on|our|my|your|for|is|this|that|you|u|we|they) )+`);
/** What may stand between a school's name and the words after it ("Bexton's", "St Mary's High School is"). */
const NAME_THEN_HIT = /^(?:'s?)?(?: school)? ?$/;
/** A name that only says where the subject is ("the car park outside Bexton Primary is…", "the bus to Outwood…"). */
const PLACE_BEFORE = new RegExp(`\\b(?:${PLACE_WORDS}) (?:the )?$`);
/** What may stand between words and the school's name after them ("to the Outwood Academy"). */
const HIT_THEN_NAME = /^ (?:the )?$/;
/** A name written in capitals as one word, an acronym ("OGAT", "NPAT"). */
function allCapitals(n: Normalised, r: Span): boolean {
  if (r.end - r.start < 3) return false;
  for (let i = r.start; i < r.end; i++) if (n.upper[i] !== 1) return false;
  return true;
}
/** A class code such as "4C" or "3B" after "in", tried at one place at a time (`classCodes`). */
const CLASS_CODE_RE = /\b(?:in|from|of|teach|teaches|teaching) (?:class )?\d[a-ce-z]\b/y;
/** What ends every match of CLASS_CODE_RE: a digit, then a letter that ends a word. */
const CLASS_CODE_END = /\d[a-ce-z]\b/g;
/** CLASS_CODE_RE as one scan of a whole text: the reference `classCodes` must agree with (test/unit/class-codes.test.ts). */
export const CLASS_CODE_ALL = new RegExp(CLASS_CODE_RE.source, 'g');
/** How far before its digit a match of CLASS_CODE_RE starts, farthest first: "teaching class 4b" to "in 4b". */
const CLASS_CODE_BACK = [15, 14, 12, 11, 9, 8, 6, 5, 3];

/**
 * CLASS_CODE_RE's matches, as a scan of the whole text finds them, tried only before the digit and letter each ends
 * with: the whole pattern tried at every word of a long draft that held a digit before a letter anywhere cost four
 * times as much. A match holds one digit, so no two overlap, and the first of the few places before it that matches
 * is the leftmost.
 */
export function classCodes(text: string, fn: (start: number, end: number) => void): void {
  CLASS_CODE_END.lastIndex = 0;
  for (let m = CLASS_CODE_END.exec(text); m; m = CLASS_CODE_END.exec(text)) {
    const digit = m.index;
    if (text.charCodeAt(digit - 1) !== 32) continue;
    for (const back of CLASS_CODE_BACK) {
      if (digit < back) continue;
      CLASS_CODE_RE.lastIndex = digit - back;
      if (CLASS_CODE_RE.test(text) && CLASS_CODE_RE.lastIndex === digit + 2) {
        fn(digit - back, digit + 2);
        break;
      }
    }
  }
}
/**
 * Starts only at the first mark of a run: otherwise "!!!…!x" (no space after) is retried from every mark of the
 * run, each retry rescanning it, and a long run costs its length squared.
 */
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]*(?=\s|$)|\n+/g;
/** Weak institution words that a neighbouring outside target can claim ("the staff at the leisure centre"). */
const WEAK_INSTITUTION = onFirstUse(
  () =>
    /^(?:the staff|the office|schools?|school's|management|leadership|the teachers|nativity|sports day|assembly|classroom|in class|lessons?|residential|open evening|prom|homework|detention|non-uniform day|world book day|swimming gala|(?:christmas|summer|spring|harvest|easter|leavers'?) \w+|class \w+|breakfast club|after[- ]school club|playground|dinner hall)$/,
);
/** A "sentence" longer than this without a full stop is cut (at a space if it can), so no rule reads unbounded text. */
const MAX_SENTENCE = 400;

/**
 * Where to cut a runaway sentence [from, to): after its first space from ¾ of MAX_SENTENCE on; in a stretch with
 * no space (words joined by dashes or commas), after the first character that is not a letter or digit; failing
 * both, at MAX_SENTENCE. It looks at no more than MAX_SENTENCE characters, so cutting a long draft stays linear.
 */
function runawayCut(text: string, from: number, to: number): number {
  const last = Math.min(to - 1, from + MAX_SENTENCE * 1.75);
  let edge = -1;
  for (let i = from + MAX_SENTENCE * 0.75; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) return i + 1;
    if (edge < 0 && !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57)) edge = i + 1;
  }
  return edge >= 0 ? edge : from + MAX_SENTENCE;
}

/** Where each sentence ends, noted first: spans pushed one by one onto a growing array took three times the room. */
let sentenceEnds = new Int32Array(256);

function splitSentences(text: string): Span[] {
  let count = 0;
  const end = (at: number): void => {
    if (count === sentenceEnds.length) {
      const grown = new Int32Array(2 * count);
      grown.set(sentenceEnds);
      sentenceEnds = grown;
    }
    sentenceEnds[count++] = at;
  };
  const push = (from: number, to: number): void => {
    // Cut runaway sentences, so that no rule reads more than about MAX_SENTENCE characters at once.
    while (to - from > MAX_SENTENCE) {
      const cut = runawayCut(text, from, to);
      end(cut);
      from = cut;
    }
    if (to > from) end(to);
  };
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  // Only where each match ends is needed: test leaves it in lastIndex, without a match array per sentence.
  while (SENTENCE_END.test(text)) {
    const to = SENTENCE_END.lastIndex;
    push(from, to);
    from = to;
  }
  if (from < text.length) push(from, text.length);
  if (count === 0) return [{ start: 0, end: text.length }];
  // Each sentence starts where the one before ends, the first at 0.
  const out = new Array<Span>(count);
  for (let i = 0; i < count; i++) out[i] = { start: i === 0 ? 0 : (sentenceEnds[i - 1] as number), end: sentenceEnds[i] as number };
  if (sentenceEnds.length > 4096) sentenceEnds = new Int32Array(256);
  return out;
}

export function buildContext(n: Normalised, pack: Pack, role: Role): DraftContext {
  const text = n.text;
  const sentences = splitSentences(text);
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid] as Span).start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const capitalAt = (pos: number): boolean => pos >= 0 && pos < text.length && n.upper[pos] === 1;

  const strong = new Uint8Array(sentences.length);
  const weak = new Uint8Array(sentences.length);
  const other = new Uint8Array(sentences.length);
  const refs: Span[] = [];
  const mark = (into: Uint8Array, start: number, end: number): void => {
    into[sentenceOf(start)] = 1;
    refs.push({ start, end });
  };

  const staffS = new Uint8Array(sentences.length);
  let institution = false;
  const markStaff = (start: number, end: number): void => {
    staffS[sentenceOf(start)] = 1;
    institution = true;
    mark(strong, start, end);
  };
  const names = findPackNames(pack, text);
  const lists = LISTS.read(text);
  for (const ref of names.refs) {
    institution = true;
    mark(strong, ref.start, ref.end);
  }
  lists.forEachSpan(STAFF_LIST, markStaff);
  // Schools named the way people name one, kept for `schoolNameBeside` (read only by a few rules' conditions).
  const generic: Span[] = [];
  if (MAY_NAME_SCHOOL.test(text)) {
    schoolNames(text, (m) => {
      institution = true;
      mark(strong, m.index, m.index + m[0].length);
      generic.push({ start: m.index, end: m.index + m[0].length });
    });
  }
  // "Hollins High", "Castle Hill High": a capital High after a capitalised name is a school, where "sky high" and
  // "knee high" are not; "… High School" is one of SCHOOL_NAME_RE's.
  for (let at = text.indexOf(' high'); at >= 0; at = text.indexOf(' high', at + 5)) {
    const start = capitalHighName(text, at, capitalAt);
    if (start < 0) continue;
    institution = true;
    mark(strong, start, at + 5);
  }
  lists.forEachSpan(YEAR_GROUP_LIST, (start, end) => mark(strong, start, end));
  classCodes(text, (start, end) => mark(strong, start, end));
  // A member of staff writing about "my class" or "a parent" is writing about the school community.
  if (role === 'staff') lists.forEachSpan(STAFF_AUDIENCE_LIST, (start, end) => mark(strong, start, end));
  lists.forEachSpan(INSTITUTION_LIST, (start, end) => {
    institution = true;
    const words = text.slice(start, end);
    if (WEAK_INSTITUTION().test(words)) mark(weak, start, end);
    else if (words.includes('head')) markStaff(start, end);
    else mark(strong, start, end);
  });
  forEachMatch(TITLE_RE, text, (m) => {
    const surname = m[1];
    const at = m.index + m[0].length - (surname?.length ?? 0);
    if (surname && (capitalAt(at) || surname.includes('*'))) markStaff(m.index, m.index + m[0].length);
    // Typed in lower case ("mrs tennant"): a surname-like word that is not an everyday one.
    else if (surname && surname.length >= 3 && !NOT_SURNAME.has(surname) && !capitalAt(m.index) && /^(?:mr|mrs|miss|ms)\b/.test(m[0]))
      markStaff(m.index, m.index + m[0].length);
    // "Miss said…", "Sir told us…": a capitalised bare title is how children name their teacher.
    else if (capitalAt(m.index) && m.index > 0 && /^(?:miss|sir)/.test(m[0])) markStaff(m.index, m.index + 4);
  });
  const otherStarts: number[] = [];
  lists.forEachSpan(OTHER_LIST, (start) => {
    other[sentenceOf(start)] = 1;
    otherStarts.push(start);
  });
  const sortedRefs = [...refs].sort((a, b) => a.start - b.start);
  const schoolStarts = sortedRefs.map((r) => r.start);
  /** Index of the last entry of a sorted list below `pos`, or -1. */
  const below = (list: readonly number[], pos: number): number => firstAtOrAfter(list, pos) - 1;
  const lastBefore = (list: readonly number[], pos: number, from: number): number => {
    const i = below(list, pos);
    const at = i >= 0 ? (list[i] as number) : -1;
    return at >= from ? at : -1;
  };
  // Refs may nest or overlap a little; the widest reach so far makes "inside" a binary search.
  const reach: number[] = [];
  for (const r of sortedRefs) reach.push(Math.max(r.end, reach[reach.length - 1] ?? 0));
  const insideSchoolRef = (start: number, end: number): boolean => {
    const i = below(schoolStarts, start + 1);
    return i >= 0 && (reach[i] as number) >= end;
  };
  const ownStarts = names.own.map((r) => r.start);
  const namesSchoolWithin = (start: number, end: number): boolean => {
    // Names do not overlap one another, so the first to start at or after `start` is the one to look at.
    const first = names.own[below(ownStarts, start) + 1];
    return first !== undefined && first.end <= end;
  };
  // The school's own names and the generic ones, each marked sure when it says it is a school: worked out when a
  // condition first asks, not for every draft.
  let named: (Span & { sure: boolean })[] | undefined;
  const schoolNamesFound = (): (Span & { sure: boolean })[] => {
    const out = names.own.map((r) => ({ ...r, sure: SURE_SCHOOL_NAME.test(text.slice(r.start, r.end)) || allCapitals(n, r) }));
    for (const r of generic) {
      const found = text.slice(r.start, r.end);
      // The small words the pattern took before the name ("to ashfield academy") are not the name's, and what they
      // leave may be no name at all ("up to the academy").
      const lead = LEADING_WORDS.exec(found)?.[0].length ?? 0;
      if (found[lead] === '@' || found.indexOf(' ', lead) > 0) out.push({ start: r.start + lead, end: r.end, sure: SURE_SCHOOL_NAME.test(found) });
    }
    return out;
  };
  const schoolNameBeside = (start: number, end: number): 0 | 1 | 2 => {
    let found: 0 | 1 | 2 = 0;
    for (const r of (named ??= schoolNamesFound())) {
      const beside =
        (r.end <= start && start - r.end <= 11 && NAME_THEN_HIT.test(text.slice(r.end, start)) && !PLACE_BEFORE.test(text.slice(Math.max(0, r.start - 16), r.start))) ||
        (r.start >= end && r.start - end <= 6 && HIT_THEN_NAME.test(text.slice(end, r.start)));
      if (beside) found = r.sure ? 2 : Math.max(found, 1) as 0 | 1 | 2;
    }
    return found;
  };
  const nearestTarget = (pos: number): 'school' | 'other' | undefined => {
    const from = (sentences[sentenceOf(pos)] as Span).start;
    const school = lastBefore(schoolStarts, pos, from);
    const outside = lastBefore(otherStarts, pos, from);
    if (school < 0 && outside < 0) return undefined;
    return outside > school ? 'other' : 'school';
  };

  const schoolSentence = new Uint8Array(sentences.length);
  let aboutSchool = false;
  for (let i = 0; i < sentences.length; i++) {
    if (strong[i] === 1 || (weak[i] === 1 && other[i] === 0)) {
      schoolSentence[i] = 1;
      aboutSchool = true;
    }
  }
  // Read only by a few rules' conditions, so worked out when first asked, and the long pattern tested only in a
  // draft that holds one of its gate words: on a fresh worker, testing it is its compiling and one slow run over
  // the whole draft (0.7 ms for one line, 3 ms for a long post). A method, not a getter: with a getter on it, the
  // context made a warm 280-character draft 4% slower.
  let notTheSchool: boolean | undefined;
  const saysNotTheSchool = (): boolean => {
    notTheSchoolGate ??= gateOf(NOT_THE_SCHOOL_LIST, NOT_THE_SCHOOL_GATE);
    return (notTheSchool ??= textOpens(notTheSchoolGate, text) && NOT_THE_SCHOOL_RE().test(text));
  };
  const inSchoolScope = (i: number): boolean => {
    if (schoolSentence[i]) return true;
    if (other[i] || !aboutSchool) return false;
    // A sentence naming nobody carries on from the ones before it ("Not good enough.").
    return true;
  };

  const sentenceTexts: (string | undefined)[] = new Array<string | undefined>(sentences.length);
  return {
    n,
    text,
    role,
    pack,
    sentences,
    schoolSentence,
    strongSentence: strong,
    staffSentence: staffS,
    aboutInstitution: institution,
    otherSentence: other,
    aboutSchool,
    notTheSchool: saysNotTheSchool,
    schoolRefs: refs,
    sentenceOf,
    sentenceText: (i) => {
      const cached = sentenceTexts[i];
      if (cached !== undefined) return cached;
      const s = sentences[i];
      const t = s ? text.slice(s.start, s.end) : '';
      sentenceTexts[i] = t;
      return t;
    },
    inSchoolScope,
    capitalAt,
    nearestTarget,
    insideSchoolRef,
    namesSchoolWithin,
    schoolNameBeside,
    holdsWord: (s, triggers) => holdsWord(text, sentences, s, triggers),
  };
}
