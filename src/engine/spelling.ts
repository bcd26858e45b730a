/**
 * Misspelt and run-together words that hide hate: a letter dropped ("womn"), two letters swapped ("haet"), or
 * the space between two words left out ("gayvermin"). Only a small vocabulary is repaired — group names, slurs
 * and the words of contempt and violence the hate and threat rules read — and never a real English word: the
 * `REAL_WORDS` list holds every dictionary word that a repair would otherwise touch.
 */
import { isDigitCode, isLetterCode } from './fold';
import { wordsIn } from './lexicon-words';
import type { Lexicon } from './phrases/matcher';
import { LEXICON_VOCABULARY } from './spelling.generated';

const EXTRA = [
  'hate',
  'hates',
  'hated',
  'hatred',
  'despise',
  'loathe',
  'detest',
  'abhor',
  'contempt',
  'people',
  'person',
  'lives',
  'behaviour',
  'behavior',
  'nature',
  'death',
  'worthless',
  'throats',
  'neck',
  'typical',
  'disgust',
  'should',
  'deserve',
  'bullshit',
  'fuck',
  'fucked',
  'fucking',
  'motherfuckers',
  'worth',
  'threat',
  'sick',
  'disgusted',
  'disdain',
  'throat',
];

/**
 * The single plain words of the shared word lists (rules/lexicon.yaml) that a misspelling may be repaired to: groups
 * in every form, slurs, contempt, dehumanising words, harm. `npm run rules` writes them to spelling.generated.ts, so
 * a fresh worker does not read the lists through at start.
 */
export function lexiconVocabulary(from: Lexicon): string[] {
  const words = wordsIn(from, 'GROUP:adjective', 'GROUP:plural', 'GROUP:singular', 'SLUR', 'SLUR_SOFT', 'DEMEANING', 'DEHUMANISING', 'HARM_VERB');
  return words.filter((w) => /^[a-z]+$/.test(w));
}

/** The words a misspelling may be repaired to. */
export const KEYWORDS: ReadonlySet<string> = new Set([...LEXICON_VOCABULARY, ...EXTRA]);

/**
 * Dictionary words one dropped letter or one swap away from a keyword ("lives" → "lies", "black" → "back"), or
 * that split into two vocabulary words: these are left alone.
 */
export const REAL_WORDS: ReadonlySet<string> = new Set<string>([
  'africa', 'africas', 'albania', 'animal', 'aped', 'aps', 'apse', 'aras', 'arsehole', 'arts', 'asia', 'asias',
  'back', 'backs', 'bangladesh', 'barbarian', 'bastard', 'basts', 'bat', 'beast', 'beats', 'bests', 'bet', 'beta',
  'bitchs', 'blackburn', 'brow', 'brunt', 'bulgaria', 'bunt', 'burt', 'carp', 'chin', 'chins', 'cockroachs', 'con',
  'cons', 'coos', 'cretin', 'criminal', 'cunt', 'cuts', 'dad', 'deadbeat', 'deathlike', 'depot', 'deviant',
  'disable', 'down', 'downed', 'droned', 'duped', 'dyes', 'easts', 'eaten', 'elfish', 'eritrea', 'ests', 'freak',
  'freeloader', 'gangster', 'garage', 'goos', 'greed', 'gs', 'gyp', 'gyps', 'hared', 'hat', 'hats', 'hick', 'hind',
  'hinds', 'hmo', 'hmos', 'hooligan', 'hoot', 'hugs', 'idiot', 'ikes', 'illegal', 'imbecile', 'india', 'indian',
  'indias', 'indus', 'insect', 'insets', 'iraq', 'itch', 'itches', 'ives', 'jihad', 'jihads', 'lack', 'lacks',
  'lairs', 'lars', 'lathe', 'laughter', 'leechs', 'liar', 'lies', 'liras', 'lithuania', 'live', 'loath', 'loser',
  'loses', 'lots', 'lotus', 'lous', 'lout', 'maggot', 'mexican', 'moneys', 'monkey', 'mons', 'moons', 'morns',
  'moron', 'moroni', 'moros', 'motherfucker', 'niger', 'nigeria', 'nigers', 'oman', 'omen', 'outs', 'pakistan',
  'pakistans', 'parasite', 'peron', 'pervert', 'pes', 'pest', 'pets', 'picks', 'pike', 'pikes', 'predator', 'prick',
  'psts', 'rap', 'rapist', 'rash', 'reedy', 'refuge', 'refuges', 'reuse', 'ricks', 'ripple', 'ripples', 'roachs',
  'roam', 'roches', 'rom', 'roomers', 'ross', 'rush', 'rushed', 'sank', 'scrounger', 'scrounges', 'scumbag', 'shoo',
  'sian', 'sians', 'sics', 'sine', 'smell', 'soot', 'sponger', 'sponges', 'strange', 'syria', 'tabbed', 'tans',
  'tats', 'terrorist', 'therapists', 'thieve', 'throat', 'thug', 'thus', 'tick', 'togas', 'tran', 'transsexual',
  'treat', 'tugs', 'twas', 'umber', 'umped', 'veil', 'violet', 'wats', 'wine', 'womanlike', 'wore', 'wroth', 'ybs',
]);

/** Words in everyday use that the dictionary lacks but a repair would touch ("pics", "ambo", "goss", "Homs"). */
const INFORMAL_WORDS: ReadonlySet<string> = new Set([
  'pics', 'musli', 'polis', 'homs', 'mogs', 'thic', 'goss', 'tash', 'cush', 'lync', 'drow', 'raab', 'sould', 'bron',
  'wort', 'kies', 'pais', 'paks', 'hoos', 'ambo', 'samo', 'asin', 'arba', 'chik', 'rans', 'tras', 'rown', 'bown',
  'gros', 'wast', 'wate', 'dron', 'crus', 'brun', 'deth', 'lias', 'spis', 'hore', 'sanks', 'skan', 'wome', 'ikke',
  'luts', 'sult', 'omos', 'indu', 'hinu', 'gypy', 'chines', 'lesb', 'leso', 'nigg', 'baner', 'bener', 'beane',
  // School words: the senior leadership team is "SLT" (typed "slt"), never a misspelt slur.
  'slt', 'slts', 'poos', 'pike', 'pikes',
  // Slang for a paedophile: an accusation the allegation rules read as written, not a misspelt plural.
  'paedo', 'pedo',
  // A dog groomer, not the plural insult.
  'groomer',
]);

/** The first part of a run-together pair: a group, a slur, or a word that leads into one ("ihate", "manyjihadis"). */
const LEFT = new Set([
  ...KEYWORDS,
  ...['i', 'so', 'to', 'all', 'many', 'much', 'too', 'just', 'such', 'those', 'these', 'you', 'the', 'are', 'typical'],
  ...['common', 'absolute', 'absolutely', 'massive', 'really', 'very', 'utter', 'total', 'complete', 'pure', 'bloody'],
]);
/** The second part. */
const RIGHT = new Set([...KEYWORDS, 'all', 'people', 'person', 'behaviour', 'behavior', 'like', 'are', 'those', 'these', 'them', 'to', 'lives']);

const isVowel = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;

/**
 * The misspellings of one keyword, as `repairWord` recognises them: the filter of repairs (`RepairFilter`) is built
 * from these.
 */
export function variantsOf(keyword: string): string[] {
  const out: string[] = [];
  const n = keyword.length;
  // A dropped letter: any letter of a long word; only a vowel of a short one ("gy", "fck"), never leaving one letter.
  if (n >= 5) {
    for (let i = 0; i < n; i++) out.push(keyword.slice(0, i) + keyword.slice(i + 1));
  } else if (n >= 3) {
    for (let i = 0; i < n; i++) {
      if (!isVowel(keyword.charCodeAt(i))) continue;
      const variant = keyword.slice(0, i) + keyword.slice(i + 1);
      if (variant.length >= 3 || !/[aeiou]/.test(variant)) out.push(variant);
    }
  }
  // Two letters swapped (never two the same: that is the word itself).
  if (n >= 4) {
    for (let i = 0; i + 1 < n; i++) {
      if (keyword[i] === keyword[i + 1]) continue;
      out.push(keyword.slice(0, i) + (keyword[i + 1] as string) + (keyword[i] as string) + keyword.slice(i + 2));
    }
  }
  return out;
}

/**
 * Whether `word` is one of `variantsOf(keyword)`, without listing them. The two must agree: a repair the filter
 * (built from `variantsOf`) lacks would be made before the filter exists and not after (test/unit/spelling.test.ts).
 */
export function isVariant(word: string, keyword: string): boolean {
  const n = keyword.length;
  const m = word.length;
  let i = 0;
  while (i < m && word.charCodeAt(i) === keyword.charCodeAt(i)) i++;
  if (m === n - 1) {
    // Letter i dropped (or any letter of the run of equal letters it ends: all vowels or none).
    for (let j = i; j < m; j++) if (word.charCodeAt(j) !== keyword.charCodeAt(j + 1)) return false;
    if (n >= 5) return true;
    return n >= 3 && isVowel(keyword.charCodeAt(i)) && (m >= 3 || !/[aeiou]/.test(word));
  }
  // Letters i and i + 1 swapped.
  if (m !== n || n < 4 || i + 1 >= n) return false;
  if (word.charCodeAt(i) !== keyword.charCodeAt(i + 1) || word.charCodeAt(i + 1) !== keyword.charCodeAt(i)) return false;
  for (let j = i + 2; j < n; j++) if (word.charCodeAt(j) !== keyword.charCodeAt(j)) return false;
  return true;
}

/**
 * Per word length m, the keywords a word of that length may misspell (of length m + 1 or m), in their order. Built on
 * first use: listing every misspelling of every keyword at start cost a fresh worker ~4 ms, and most drafts have none.
 */
let byLength: string[][] | undefined;

function keywordsFor(length: number): readonly string[] {
  if (!byLength) {
    byLength = [];
    for (const keyword of KEYWORDS) {
      (byLength[keyword.length - 1] ??= []).push(keyword);
      (byLength[keyword.length] ??= []).push(keyword);
    }
  }
  return byLength[length] ?? [];
}

/**
 * Per word length and first letter, the keywords `keywordsFor` lists for that length that a word starting with the
 * letter may misspell, in the same order: a variant (`isVariant`) starts with its keyword's first letter, or, its
 * first letter dropped or its first two swapped, with the keyword's second. Filed on first use, length by length:
 * a fresh worker, which has no repair filter yet, tries every word of its first drafts, and trying each against
 * every keyword of its length cost a long draft 5 ms.
 */
const byLengthLetter: Map<number, string[]>[] = [];

function keywordsStarting(word: string): readonly string[] {
  let byLetter = byLengthLetter[word.length];
  if (!byLetter) {
    byLetter = byLengthLetter[word.length] = new Map();
    const file = (letter: number, keyword: string): void => {
      const list = (byLetter as Map<number, string[]>).get(letter);
      if (list) list.push(keyword);
      else (byLetter as Map<number, string[]>).set(letter, [keyword]);
    };
    for (const keyword of keywordsFor(word.length)) {
      file(keyword.charCodeAt(0), keyword);
      if (keyword.charCodeAt(1) !== keyword.charCodeAt(0)) file(keyword.charCodeAt(1), keyword);
    }
  }
  return byLetter.get(word.charCodeAt(0)) ?? [];
}

/** Text-speak for the words the rules read most, which no single misspelling reaches ("skool", "skl", "ppl"). */
export const TEXT_SPEAK: Readonly<Record<string, string>> = { skool: 'school', skl: 'school', skul: 'school', scool: 'school', skewl: 'school', skools: 'schools', ppl: 'people', tchr: 'teacher', tchrs: 'teachers' };

/** Misspellings already looked at, so the common ones cost one lookup; bounded like `splitMemo`. */
const repairMemo = new Map<string, string | null>();

/**
 * The keyword a misspelt word stands for, or undefined. Where two keywords share a misspelling ("womn": woman or
 * women) the first listed wins; both mean the same here. Dictionary words (`REAL_WORDS`) are left alone.
 */
function repairWord(word: string): string | undefined {
  if (Object.hasOwn(TEXT_SPEAK, word)) return TEXT_SPEAK[word];
  if (word.length < 2 || KEYWORDS.has(word) || REAL_WORDS.has(word) || INFORMAL_WORDS.has(word)) return undefined;
  let keyword = repairMemo.get(word);
  if (keyword === undefined) {
    keyword = keywordsStarting(word).find((k) => isVariant(word, k)) ?? null;
    if (repairMemo.size >= 20_000) repairMemo.clear();
    repairMemo.set(word, keyword);
  }
  return keyword ?? undefined;
}

/** Words already looked at, so the common ones cost one lookup; bounded so a flood of new words cannot grow it. */
const splitMemo = new Map<string, number>();

/** Where to put the missing space in a run-together pair ("gayvermin" → 3), or -1. */
function splitPoint(word: string): number {
  if (word.length < 5) return -1;
  const known = splitMemo.get(word);
  if (known !== undefined) return known;
  const at = findSplit(word);
  if (splitMemo.size >= 20_000) splitMemo.clear();
  splitMemo.set(word, at);
  return at;
}

function findSplit(word: string): number {
  if (KEYWORDS.has(word) || REAL_WORDS.has(word) || INFORMAL_WORDS.has(word)) return -1;
  for (let i = 1; i <= word.length - 2; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!LEFT.has(left) || !RIGHT.has(right)) continue;
    // One side must be a group, slur or word of contempt, not two harmless link words ("fuckall" reads as two).
    if (KEYWORDS.has(left) || KEYWORDS.has(right) || left === 'fuck') return i;
  }
  return -1;
}

/** A word's hash as the repair filter files it: `h * 31 + code` over its character codes, in 32 bits. */
const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/** A set of word hashes as 2^bits bits: "no" is certain, "yes" only likely. */
class HashBits {
  private readonly bits: Uint32Array;
  private readonly shift: number;
  constructor(bits: number, words: Iterable<string>) {
    this.bits = new Uint32Array(1 << (bits - 5));
    this.shift = 32 - bits;
    for (const word of words) {
      const x = Math.imul(hashOf(word), 0x9e3779b1) >>> this.shift;
      this.bits[x >>> 5] = (this.bits[x >>> 5] as number) | (1 << (x & 31));
    }
  }
  has(hash: number): boolean {
    const x = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    return ((this.bits[x >>> 5] as number) & (1 << (x & 31))) !== 0;
  }
}

/** Every word `repairWord` repairs: each keyword's misspellings that are no word left alone. */
function misspellings(): string[] {
  const out: string[] = Object.keys(TEXT_SPEAK);
  for (const keyword of KEYWORDS) {
    for (const variant of variantsOf(keyword)) {
      if (!KEYWORDS.has(variant) && !REAL_WORDS.has(variant) && !INFORMAL_WORDS.has(variant)) out.push(variant);
    }
  }
  return out;
}

const longest = (words: Iterable<string>): number => Math.max(...[...words].map((w) => w.length));

/**
 * Which words need a look-up at all, by hash alone: nearly every word of a draft is no misspelling and no
 * run-together pair, and is then passed over without slicing it out of the text. No word that `repairWord` or
 * `splitPoint` would change is passed over (a set of hashes misses no member).
 */
class RepairFilter {
  private readonly misspelt = new HashBits(17, misspellings());
  private readonly left = new HashBits(13, LEFT);
  private readonly right = new HashBits(13, RIGHT);
  /** The longest first and second part of a pair. */
  readonly maxLeft = longest(LEFT);
  private readonly maxRight = longest(RIGHT);
  /** 31^k in 32 bits: the hash of a word's tail is its hash less its head's times 31^(tail's length). */
  private readonly powers = new Int32Array(this.maxRight + 1);

  constructor() {
    this.powers[0] = 1;
    for (let k = 1; k <= this.maxRight; k++) this.powers[k] = Math.imul(this.powers[k - 1] as number, 31);
  }

  /** Whether the word of this hash may be a misspelling (`repairWord`). */
  mayRepair(hash: number): boolean {
    return this.misspelt.has(hash);
  }

  /**
   * Whether a word of `length` letters and this hash may split in two (`splitPoint`); `heads[k]` holds the hash of
   * its first k letters, for k up to `maxLeft`.
   */
  maySplit(heads: Int32Array, length: number, hash: number): boolean {
    if (length < 5) return false;
    const last = Math.min(length - 2, this.maxLeft);
    for (let k = Math.max(1, length - this.maxRight); k <= last; k++) {
      const head = heads[k] as number;
      if (this.left.has(head) && this.right.has((hash - Math.imul(head, this.powers[length - k] as number)) | 0)) return true;
    }
    return false;
  }
}

/**
 * How much the engine reads before the filter is built, counting each draft as one plus one per thousand characters:
 * hashing every misspelling costs a fresh worker's first verdict ~2 ms, and most drafts are short; but a long draft
 * read without the filter looks up every word (a 100,000-character draft ~25 ms more), so one that long builds it
 * at once.
 */
const WARM_UP = 64;
let asked = 0;
let filter: RepairFilter | undefined;

/** The repair filter once the engine has read enough; before that, undefined (every word is looked up). */
function repairFilter(length: number): RepairFilter | undefined {
  if (filter === undefined && (asked += 1 + length / 1000) > WARM_UP) filter = new RepairFilter();
  return filter;
}

/** One word to repair: [from, to) of the normalised text, and the keyword it stands for or where its missing space goes. */
export interface Repair {
  from: number;
  to: number;
  replacement: string;
  /** Where the missing space goes (> 0), or -1 when the word is replaced. */
  split: number;
}

/** Anything but a letter, a digit, a masked letter (`*`) or an apostrophe ends a word. */
const isWordEdge = (c: number): boolean => !isLetterCode(c) && !isDigitCode(c) && c !== 42 && c !== 39;

/** Per word, the hashes of its first k letters (`RepairFilter.maySplit`). */
let heads = new Int32Array(32);

/**
 * The words of normalised `text` (its codes `c`, capital flags `u`, length `n`) to repair, in order, or undefined.
 * A word is a run of letters between word edges, at least two long; short words typed in capitals are acronyms
 * ("DYK", "PAK"), not misspellings.
 */
export function findRepairs(c: Uint16Array, u: Uint8Array, n: number, text: string): Repair[] | undefined {
  const filter = repairFilter(n);
  const maxHead = filter ? filter.maxLeft : 0;
  if (heads.length <= maxHead) heads = new Int32Array(maxHead + 1);
  let edits: Repair[] | undefined;
  for (let i = 0; i < n; ) {
    if (!isLetterCode(c[i] as number) || (i > 0 && !isWordEdge(c[i - 1] as number))) {
      i++;
      continue;
    }
    let j = i;
    let hash = 0;
    for (; j < n; j++) {
      const code = c[j] as number;
      if (!isLetterCode(code)) break;
      if (j - i <= maxHead) heads[j - i] = hash;
      hash = hashStep(hash, code);
    }
    if (j - i <= maxHead) heads[j - i] = hash;
    let shouting = j - i <= 5;
    for (let q = i; shouting && q < j; q++) if (u[q] !== 1) shouting = false;
    if (j - i >= 2 && !shouting && (j >= n || isWordEdge(c[j] as number))) {
      const repairs = !filter || filter.mayRepair(hash);
      const splits = !filter || filter.maySplit(heads, j - i, hash);
      if (repairs || splits) {
        const word = text.slice(i, j);
        const repaired = repairs ? repairWord(word) : undefined;
        const split = repaired === undefined && splits ? splitPoint(word) : -1;
        if (repaired !== undefined) (edits ??= []).push({ from: i, to: j, replacement: repaired, split: -1 });
        else if (split > 0) (edits ??= []).push({ from: i, to: j, replacement: word, split });
      }
    }
    i = j;
  }
  return edits;
}
