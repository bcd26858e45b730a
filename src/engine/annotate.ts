/**
 * The annotation pass (PRODUCT.md §3, stage 3): for every sentence of a draft, who it is about and how it is said.
 * The learned model reads these marks beside the words, so that "I'm going to kill him" about the writer's own
 * toddler and the same words about a teacher are different inputs; the rules read the same marks instead of
 * keeping their own guard lists.
 *
 * Who: the school (name, aliases, "the school"), staff (by name, title or role), pupils (other families' children),
 * other parents, protected groups, the writer's own child or family, other organisations (council, bus company,
 * shop, club, a place that shares the school's name), public figures, the writer.
 * How: negated, a question, quoted or reported, praise, sarcasm, first or second person, shouted.
 *
 * A sentence that names nobody but carries on with "he", "she" or "they" inherits the people of the sentence before.
 * One pass of a few regular expressions over the normalised text: linear in the length of the draft. The word-list
 * ones are tried only in sentences holding a word their own lists need (word-gate.ts).
 */
import type { DraftContext } from './context';
import { holdsIn, mayStartIn } from './lexicon-words';
import type { RuleTokens } from './rule-tokens';
import { OWN_FAMILY, PRAISE } from './lexicon';
import { negates, NEGATING, NEGATING_RE } from './negation';
import { HEARSAY, HEARSAY_RE, reportsSpeech } from './speech';
import { machineCode } from './regex';
import { gateOf } from './word-gate';
import { WORD_GATES } from './word-gates.generated';
import type { TokenIds } from './phrases/token-ids';

export const TARGETS = [
  'school',
  'staff',
  'pupil',
  'parent',
  'group',
  'own_child',
  'other_org',
  'public_figure',
  'self',
  'addressee',
] as const;
export type Target = (typeof TARGETS)[number];

export const MANNERS = ['negated', 'question', 'reported', 'praise', 'sarcasm', 'first', 'second', 'shouted'] as const;
export type Manner = (typeof MANNERS)[number];

const bit = <T extends string>(list: readonly T[], name: T): number => 1 << list.indexOf(name);
export const T = Object.fromEntries(TARGETS.map((t) => [t, bit(TARGETS, t)])) as Record<Target, number>;
export const M = Object.fromEntries(MANNERS.map((m) => [m, bit(MANNERS, m)])) as Record<Manner, number>;

/** One sentence's marks: bit sets over TARGETS and MANNERS. */
export interface SentenceNote {
  readonly targets: number;
  readonly manner: number;
  /** The targets it took from the sentence before, carrying on with a pronoun (a subset of `targets`). */
  readonly carried: number;
}

export interface Annotation {
  /** Per sentence of the context, in order. */
  sentences: SentenceNote[];
  /** Every target and manner seen anywhere in the draft. */
  targets: number;
  manner: number;
}

/** One of the phrases as whole words: no letter, digit or apostrophe before it, no letter or digit after. */
const words = (list: readonly string[]): RegExp => new RegExp(`(?<![a-z0-9'])(?:${list.join('|')})(?![a-z0-9])`);
/**
 * The same, with the character before consumed instead of looked behind at: `test` answers alike (a match's index
 * would differ, so these are only tested), and irregexp runs the longer lists so about 1.4× faster (measured over the
 * corpus sentences: PUPIL 45→30 ms, PARENT 55→37, SARCASM 43→28; the short ones FIRST, SECOND, SELF and
 * PUBLIC_FIGURE are as fast or faster with the look-behind, and keep it).
 */
const wordsTested = (list: readonly string[]): RegExp => new RegExp(`(?:^|[^a-z0-9'])(?:${list.join('|')})(?![a-z0-9])`);

/** Another family's child: "the boy in 4B", "her son", "a kid in my daughter's class", "that little girl". */
const PUPIL_LIST = [
  '(?:his|her|their|your|that|this|the|a|one|some|another|other|these|those) (?:little |older |younger |new |same )?(?:boy|girl|lad|lass|kid|child|son|daughter|pupil|student|year \\d+s?)s?(?: in| from| at| who| that| with)?',
  'other (?:kids|children|pupils|students|boys|girls)',
  "(?:kids|children|pupils|students) (?:in|at|from) (?:the |his |her |my \\w+'s )?(?:class|school|year)",
  'bully|bullies|ringleader',
];
const PUPIL = wordsTested(PUPIL_LIST);

/** Another adult of the school community: "her mum", "one of the dads", "the parents of…". */
const PARENT_LIST = [
  "(?:his|her|their|that|this|the|one of the|some of the|other|these|those|some|a) (?:mum|mom|mother|dad|father|parent|mam|nan|grandma|carer)s?",
  "(?:mums|dads|parents) (?:at|in|on|from|of) ",
  "[a-z]{2,20}'s (?:mum|mom|mam|dad|mother|father|parents)",
  'school[- ]gate mums?|playground mums?',
];
const PARENT = wordsTested(PARENT_LIST);

/** Bodies, businesses and places outside the school community. */
const OTHER_ORG_LIST = [
  'council(?:lors?)?',
  'bus(?:es)?(?: company| firm| driver| service)?',
  'train(?:s| company)?',
  'shop|shops|supermarket|tesco|asda|sainsbury\'?s|aldi|lidl|chippy|takeaway|cafe|restaurant|pub',
  'leisure centre|sports centre|swimming pool|gym|park(?= (?:is|was|has|keeper|toilets|cafe|run))',
  '(?:football|rugby|cricket|swimming|dance|boxing|running) club|fc|united|rovers|city(?= (?:are|were|have|fans))',
  'nhs|gp|hospital|a&e|dentist|doctors?',
  'police|royal mail|amazon|airline|landlord|letting agents?|energy company|broadband|network rail',
  'ofsted|dfe|government|the system',
  'neighbours?|the ref|referee',
];
const OTHER_ORG = wordsTested(OTHER_ORG_LIST);

const PUBLIC_FIGURE_LIST = ['prime minister', 'pm', 'mps?', 'ministers?', 'education secretary', 'king', 'celebrit(?:y|ies)', 'politicians?'];
const PUBLIC_FIGURE = words(PUBLIC_FIGURE_LIST);

/** The writer's own child or family, one list (lexicon.ts), gated as one alternative. */
const OWN_LIST = [OWN_FAMILY];
const OWN = new RegExp(`(?<![a-z])${OWN_FAMILY}(?![a-z])`);
const PRAISE_LIST = [PRAISE, 'love (?:the|our|this|that|them|her|him)', 'shout ?out', 'big up', 'so good', 'fab(?:ulous)?', 'great job', 'cannot thank', "can't thank"];
/** Praise or thanks in a sentence (the `praise` manner); also read by staff_conduct.criticism through complaint.ts's `criticism`. */
export const PRAISE_RE = new RegExp(`(?<![a-z])(?:${PRAISE_LIST.join('|')})(?![a-z])`);

const SARCASM_LIST = [
  'love how|love that|gotta love|got to love|great to see|nice to see|so glad|thanks for nothing|thanks a lot|cheers for',
  'massive thank(?:s| you) (?:to|for)|well done (?:to|for)|bravo|oh great|oh good|as usual|yet again|once again|surprise surprise',
  'clearly|obviously|apparently|genius|brilliant idea|what a joke|/s',
];
const SARCASM = wordsTested(SARCASM_LIST);
const FIRST_LIST = ["i|i'm|im|i've|ive|i'll|ill|i'd|me|my|mine|myself|we|we're|our|us"];
const FIRST = words(FIRST_LIST);
const SECOND_LIST = ["you|you're|youre|your|yours|u|ur|ya|yourself"];
const SECOND = words(SECOND_LIST);
const SELF_LIST = ["i'm|im|i am|i was|i feel|i'm such|myself"];
const SELF = words(SELF_LIST);
const PRONOUN_LIST = ['he|she|they|him|her|them|his|hers|their'];
const PRONOUN = wordsTested(PRONOUN_LIST);

/**
 * The word-list patterns, each tested only in the sentences that hold what its own list asks for (word-gate.ts):
 * bit b for GATED[b]. A pattern whose list has an alternative with nothing to ask for is tested everywhere. Every
 * word-list pattern of the pass is gated, not only the longest: testing the others in every sentence was more than
 * a quarter of the pass's time (0.6 → 0.43 ms for a 10,000-character draft).
 */
export const GATED_LISTS: readonly (readonly string[])[] = [
  PUPIL_LIST,
  PARENT_LIST,
  OTHER_ORG_LIST,
  PUBLIC_FIGURE_LIST,
  SARCASM_LIST,
  OWN_LIST,
  PRAISE_LIST,
  FIRST_LIST,
  SECOND_LIST,
  SELF_LIST,
  PRONOUN_LIST,
  NEGATING,
  HEARSAY,
];
const GATED = GATED_LISTS.map((list, b) => gateOf(list, WORD_GATES[b]));
/** The own-family list's gate: complaint.ts's @writer-on-themself reads it too. */
export const OWN_FAMILY_GATE = GATED[GATED_LISTS.indexOf(OWN_LIST)] ?? null;
const [MAY_PUPIL, MAY_PARENT, MAY_OTHER_ORG, MAY_PUBLIC_FIGURE, MAY_SARCASM, MAY_OWN, MAY_PRAISE, MAY_FIRST, MAY_SECOND, MAY_SELF, MAY_PRONOUN, MAY_NEGATED, MAY_HEARSAY] =
  GATED.map((_, b) => 1 << b) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number];
/**
 * One more gate, after the patterns': a token of the sentence may start a group word (its index has a phrase to try
 * there), without which lexicon-words.ts `holdsIn` finds none in its words and is not asked.
 */
export const GROUP_GATE = 1 << GATED.length;
const EVERY_GATE = (GROUP_GATE << 1) - 1;
const UNGATED = GATED.reduce((m, g, b) => (g ? m : m | (1 << b)), 0);
/**
 * The gates whose pattern looks behind only for a letter (`(?<![a-z])`): a match may start after a digit, an
 * apostrophe or a `*` inside a token ("2my son"), so their words are looked for there too, not only at a token's start.
 */
const INSIDE_TOKENS = MAY_OWN | MAY_PRAISE;
/** Each gated pattern with its bit: a unit test checks that a sentence it matches always opens its gate. */
export const GATED_PATTERNS: readonly (readonly [RegExp, number])[] = [
  [PUPIL, MAY_PUPIL],
  [PARENT, MAY_PARENT],
  [OTHER_ORG, MAY_OTHER_ORG],
  [PUBLIC_FIGURE, MAY_PUBLIC_FIGURE],
  [SARCASM, MAY_SARCASM],
  [OWN, MAY_OWN],
  [PRAISE_RE, MAY_PRAISE],
  [FIRST, MAY_FIRST],
  [SECOND, MAY_SECOND],
  [SELF, MAY_SELF],
  [PRONOUN, MAY_PRONOUN],
  [NEGATING_RE, MAY_NEGATED],
  [HEARSAY_RE, MAY_HEARSAY],
];

/** The gated patterns compiled so far (regex.ts `machineCode`): each when a sentence first opens its gate. */
let compiledGates = 0;

function compileGated(gates: number): void {
  for (let b = 0; b < GATED_PATTERNS.length; b++) if ((gates & (1 << b)) !== 0) machineCode((GATED_PATTERNS[b] as readonly [RegExp, number])[0]);
  compiledGates |= gates;
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Where a list's word may start inside `word` (INSIDE_TOKENS): at a letter after a character that is not one. Every
 * gate word starts with a letter (a unit test checks it), so a run of symbols is passed over once, not once per gate
 * word: a million "!" then a letter cost 0.3 s when each gate word was sought at every position.
 */
function insideStarts(word: string): number[] {
  const out: number[] = [];
  for (let p = 1; p < word.length; p++) if (isLetterCode(word.charCodeAt(p)) && !isLetterCode(word.charCodeAt(p - 1))) out.push(p);
  return out;
}

/**
 * The gate words by their first character (all start with a letter or digit), each with the gates it opens: a token
 * is tried against the few that may start it, not all two hundred. Trying each against every gate word made this the
 * hottest loop of a fresh worker's first long draft, which V8 then spent 10-20 ms of CPU optimising.
 */
const GATE_WORDS: string[][] = [];
const GATE_BITS: number[][] = [];
GATED.forEach((gate, b) => {
  for (const start of gate?.starts ?? []) {
    const c = start.charCodeAt(0);
    const starts = (GATE_WORDS[c] ??= []);
    const bits = (GATE_BITS[c] ??= []);
    const k = starts.indexOf(start);
    if (k < 0) {
      starts.push(start);
      bits.push(1 << b);
    } else bits[k] = (bits[k] as number) | (1 << b);
  }
});

/** Per token id, the gates its word opens, plus 0x8000 once worked out; for the token-id table's current generation. */
let opens = new Uint16Array(1024);
let opensGeneration = -1;

function opensOf(word: string, id: number, ids: TokenIds): number {
  if (ids.generation !== opensGeneration) {
    opens.fill(0);
    opensGeneration = ids.generation;
  }
  if (id >= opens.length) {
    const grown = new Uint16Array(Math.max(2 * opens.length, id + 1));
    grown.set(opens);
    opens = grown;
  }
  const known = opens[id] as number;
  if (known !== 0) return known & 0x7fff;
  let bits = 0;
  // Most words are letters only: nothing can start inside them.
  let broken = false;
  for (let p = 0; p < word.length - 1 && !broken; p++) broken = !isLetterCode(word.charCodeAt(p));
  const at = broken ? insideStarts(word) : [];
  for (let i = -1; i < at.length; i++) {
    const p = i < 0 ? 0 : (at[i] as number);
    const starts = GATE_WORDS[word.charCodeAt(p)] ?? [];
    const opened = GATE_BITS[word.charCodeAt(p)] ?? [];
    // Inside a token, only the gates that look behind for a letter alone.
    const may = p === 0 ? EVERY_GATE : INSIDE_TOKENS;
    for (let k = 0; k < starts.length; k++) if (word.startsWith(starts[k] as string, p)) bits |= (opened[k] as number) & may;
  }
  if (mayStartIn('GROUP_WORD', word)) bits |= GROUP_GATE;
  opens[id] = bits | 0x8000;
  return bits;
}

/** A character that may stand in a token (features.ts): before a word, it joins the word. */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42 || c === 39;

/**
 * The gates sentence i opens: those of its tokens and its text's literal pieces; every gate for a sentence holding a
 * `*` or starting inside a word, where a pattern's word may not start a token.
 */
export function gatesOf(draft: DraftContext, words: RuleTokens, i: number, text: string): number {
  const start = (draft.sentences[i] as { start: number }).start;
  if (text.includes('*') || (start > 0 && isWordCode(draft.text.charCodeAt(start - 1)))) return EVERY_GATE;
  let bits = UNGATED;
  const to = words.ranges[2 * i + 1] as number;
  const ids = words.ids.ids;
  for (let k = words.ranges[2 * i] as number; k < to; k++) bits |= opensOf(words.words[k] as string, ids[k] as number, words.ids);
  // Loops, not forEach and some: their closures, made per sentence, were a sixth of what a long draft allocated.
  for (let b = 0; b < GATED.length; b++) {
    // A gate its tokens opened needs none of its pieces looked for.
    if ((bits & (1 << b)) !== 0) continue;
    const pieces = GATED[b]?.pieces ?? [];
    for (let k = 0; k < pieces.length; k++) if (text.includes(pieces[k] as string)) bits |= 1 << b;
  }
  return bits;
}

const EMPTY: SentenceNote = { targets: 0, manner: 0, carried: 0 };

/**
 * Notes are never written once made, so sentences with the same marks share one, by their bits: a long draft's
 * hundreds of sentences have a few dozen notes between them, and a note each was a twentieth of what it allocated.
 */
const NOTES = new Map<number, SentenceNote>();
const MAX_NOTES = 4096;
const TARGET_SETS = 1 << TARGETS.length;
const MANNER_SETS = 1 << MANNERS.length;

function noteOf(targets: number, manner: number, carried: number): SentenceNote {
  const key = targets + manner * TARGET_SETS + carried * TARGET_SETS * MANNER_SETS;
  let note = NOTES.get(key);
  if (note === undefined) {
    if (NOTES.size >= MAX_NOTES) NOTES.clear();
    note = { targets, manner, carried };
    NOTES.set(key, note);
  }
  return note;
}

/** People a pronoun can stand for: a sentence that names none of them takes them on from the sentence before. */
const PEOPLE = T.staff | T.pupil | T.parent | T.own_child | T.public_figure;
/** What such a pronoun carries on: those people, or a group ("Some new families moved in. They…"). */
const CARRIED = PEOPLE | T.group;

/** Annotate a draft whose context (sentences, school and staff marks) and tokens (`words`, rule-tokens.ts) are built. */
export function annotate(draft: DraftContext, words: RuleTokens): Annotation {
  const sentences: SentenceNote[] = new Array<SentenceNote>(draft.sentences.length);
  let all = 0;
  let allManner = 0;
  let before = EMPTY;
  for (let i = 0; i < draft.sentences.length; i++) {
    const text = draft.sentenceText(i);
    const span = draft.sentences[i] as { start: number; end: number };
    let targets = 0;
    let manner = 0;
    if (draft.strongSentence[i] || (draft.schoolSentence[i] && !draft.staffSentence[i])) targets |= T.school;
    if (draft.staffSentence[i]) targets |= T.staff;
    const gates = gatesOf(draft, words, i, text);
    if ((gates & ~compiledGates) !== 0) compileGated(gates & ~compiledGates);
    if (draft.otherSentence[i] || ((gates & MAY_OTHER_ORG) !== 0 && OTHER_ORG.test(text))) targets |= T.other_org;
    if ((gates & MAY_PUPIL) !== 0 && PUPIL.test(text)) targets |= T.pupil;
    if ((gates & MAY_PARENT) !== 0 && PARENT.test(text)) targets |= T.parent;
    if ((gates & MAY_OWN) !== 0 && OWN.test(text)) targets |= T.own_child;
    // A quoted sentence may be read from its text again (holdsIn), whose words the gate did not see: always asked.
    if (((gates & GROUP_GATE) !== 0 || words.quoted[i] === 1) && holdsIn('GROUP_WORD', text, words, i, span)) targets |= T.group;
    if ((gates & MAY_PUBLIC_FIGURE) !== 0 && PUBLIC_FIGURE.test(text)) targets |= T.public_figure;
    if ((gates & MAY_SELF) !== 0 && SELF.test(text)) targets |= T.self;
    if ((gates & MAY_SECOND) !== 0 && SECOND.test(text)) {
      targets |= T.addressee;
      manner |= M.second;
    }
    let carried = 0;
    if ((targets & PEOPLE) === 0 && (gates & MAY_PRONOUN) !== 0 && PRONOUN.test(text)) {
      carried = before.targets & CARRIED & ~targets;
      targets |= carried;
    }
    if ((gates & MAY_NEGATED) !== 0 && negates(text)) manner |= M.negated;
    if (text.includes('?')) manner |= M.question;
    if (reportsSpeech(text, (gates & MAY_HEARSAY) !== 0, mayQuote(words, i, span))) manner |= M.reported;
    if ((gates & MAY_PRAISE) !== 0 && PRAISE_RE.test(text)) manner |= M.praise;
    if (((gates & MAY_SARCASM) !== 0 && SARCASM.test(text)) || text.includes('🙄')) manner |= M.sarcasm;
    if ((gates & MAY_FIRST) !== 0 && FIRST.test(text)) manner |= M.first;
    if (shouted(draft, span.start, span.end)) manner |= M.shouted;
    const note = noteOf(targets, manner, carried);
    sentences[i] = note;
    all |= targets;
    allManner |= manner;
    before = note;
  }
  return { sentences, targets: all, manner: allManner };
}

/**
 * Whether sentence i may open a single quotation (speech.ts `SINGLE_QUOTED`: an apostrophe after a space, a bracket or
 * its start, before a letter): such an apostrophe starts one of its words, so only a sentence with a word starting
 * with one may, unless its text starts inside a word of the sentence before (a runaway sentence cut in a word).
 */
function mayQuote(words: RuleTokens, i: number, span: { start: number }): boolean {
  const from = words.ranges[2 * i] as number;
  const to = words.ranges[2 * i + 1] as number;
  return words.quoted[i] === 1 || to <= from || (from > 0 && (words.ends[from - 1] as number) > span.start);
}

/** Most letters of the sentence (at least eight) were typed in capitals. */
function shouted(draft: DraftContext, start: number, end: number): boolean {
  let letters = 0;
  let upper = 0;
  const text = draft.text;
  // The capital flags read directly (`capitalAt` without its bounds check: p lies inside the text).
  const capitals = draft.n.upper;
  const to = Math.min(end, start + 400);
  // Most of at least eight letters is six capitals or more: most sentences have fewer capital flags of any kind, told
  // by adding the flags up, which costs less than reading each character.
  let flags = 0;
  for (let p = start; p < to; p++) flags += capitals[p] as number;
  if (flags < 6) return false;
  for (let p = start; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c >= 97 && c <= 122) {
      letters++;
      if (capitals[p] === 1) upper++;
    }
  }
  return letters >= 8 && upper / letters > 0.7;
}

/** The names of the bits set in a target or manner set, for `check --explain` and tests. */
export function names<N extends string>(list: readonly N[], bits: number): N[] {
  return list.filter((_, i) => (bits & (1 << i)) !== 0);
}
