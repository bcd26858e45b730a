/**
 * A word list written as regular-expression alternatives ("head ?teachers?", "dinner (?:lady|ladies)"), matched the
 * way `\b(?:a|b|…)\b` with the `g` flag would match it, without one giant alternation: each alternative is filed
 * under the words it can begin with, and the text is read word by word, trying only the alternatives that begin with
 * the word at hand. Each small pattern is compiled the first time its word is met, so a fresh worker compiles only
 * what its first draft needs, and long drafts are not scanned once per alternative.
 *
 * Same matches as the alternation: a match starts at the start of a word (`\b`), the leftmost wins, at one place the
 * first alternative in list order that matches wins, and the next match starts where the last one ended. An
 * alternative whose first word cannot be listed (it starts with a class such as `[a-z]+`) is tried at every word.
 */
import { hashRange } from './fnv';
import { digitsAsZero, fileList, listSize, WILD } from './keyed-files';
import type { ListFiles } from './keyed-files';
import { machineCode } from './regex';

/** One match: where it starts in the text, and the matched text. */
export interface KeyedMatch {
  index: number;
  0: string;
}

/** One list's alternatives, filed by first word, each file compiled as one small sticky pattern on first use. */
class KeyedList {
  readonly byWord = new Map<string, readonly number[]>();
  readonly wild: readonly number[];
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(
    private readonly alternatives: readonly string[],
    ahead?: ListFiles,
  ) {
    // Files made from another version of the list (lexicon.ts edited, `npm run rules` not run) are worked out afresh.
    const files = ahead && ahead.of === listSize(alternatives) ? ahead : fileList(alternatives);
    this.wild = files.wild;
    for (const [w, list] of Object.entries(files.byWord)) this.byWord.set(w, list);
  }

  /** The sticky pattern for the alternatives filed under `word` (or the wild ones), compiled once. */
  pattern(word: string): RegExp | null {
    return this.patternOf(this.byWord.has(word) ? word : WILD);
  }

  /** The sticky pattern of one file: a word the list files, or WILD. */
  patternOf(file: string): RegExp | null {
    let re = this.patterns.get(file);
    if (re === undefined) {
      const list = this.byWord.get(file) ?? this.wild;
      // The closing word boundary as a lookahead, (?=\b), means the same as a bare \b; after an alternation V8 compiles
      // it two to three times faster (a fresh worker compiles these on first use).
      re = list.length ? machineCode(new RegExp(`(?:${list.map((i) => this.alternatives[i]).join('|')})(?=\\b)`, 'y')) : null;
      this.patterns.set(file, re);
    }
    return re;
  }
}

/**
 * Several word lists read from one pass over the text's words: each word is looked up once, in a table of every
 * list's first words, and a list tries its patterns only at the words filed under it.
 */
export class KeyedLists {
  private readonly lists: KeyedList[];
  /** Per first word, its number in `keyWords`. */
  private readonly keyNumbers = new Map<string, number>();
  /** The first words, and per first word a bit per list that files it. */
  private readonly keyWords: string[] = [];
  private readonly keyOwners: number[] = [];
  /** The lists with wild alternatives, as bits: they are tried at every word. */
  private everywhere = 0;
  /**
   * At (first letter × 128 + last letter), a bit per length (31 for 31 and longer) of some first word with those
   * letters: most words are passed over without a lookup.
   */
  private readonly edges = new Uint32Array(128 * 128);
  /**
   * The first words again, as a table a word is looked up in where it stands in the text: per slot, a word's number
   * + 1 (0: empty), open addressing on the word's hash, at most a quarter full. No string is made for the words
   * looked up ("the", "my", "at"…), where each used to be sliced out of the text.
   */
  private readonly keySlots: Int32Array;
  /** What `read` finds, four numbers a word (see there), before it is copied to the reading: grown as needed. */
  private found = new Int32Array(256);

  /** `files`: each list's `fileList`, when computed ahead (the generated module); computed here otherwise. */
  constructor(lists: readonly (readonly string[])[], files?: readonly ListFiles[]) {
    if (lists.length > 30) throw new Error('KeyedLists holds at most 30 lists');
    if (files && files.length !== lists.length) throw new Error('KeyedLists: one file per list');
    this.lists = lists.map((l, i) => new KeyedList(l, files?.[i]));
    this.lists.forEach((list, bit) => {
      if (list.wild.length) this.everywhere |= 1 << bit;
      for (const w of list.byWord.keys()) {
        let k = this.keyNumbers.get(w);
        if (k === undefined) {
          this.keyNumbers.set(w, (k = this.keyWords.length));
          this.keyWords.push(w);
          this.keyOwners.push(0);
        }
        this.keyOwners[k] = (this.keyOwners[k] as number) | (1 << bit);
        const at = edgeCode(w.charCodeAt(0)) * 128 + edgeCode(w.charCodeAt(w.length - 1));
        this.edges[at] = (this.edges[at] as number) | lengthBit(w.length);
      }
    });
    let size = 16;
    while (size < 4 * this.keyWords.length) size *= 2;
    this.keySlots = new Int32Array(size);
    this.keyWords.forEach((w, k) => {
      let s = slotOf(w, 0, w.length, size - 1);
      while (this.keySlots[s] !== 0) s = (s + 1) & (size - 1);
      this.keySlots[s] = k + 1;
    });
  }

  /** The number in `keyWords` of text[from, to), or -1 when no list files it. */
  private keyAt(text: string, from: number, to: number): number {
    const mask = this.keySlots.length - 1;
    for (let s = slotOf(text, from, to, mask); ; s = (s + 1) & mask) {
      const held = this.keySlots[s] as number;
      if (held === 0) return -1;
      const word = this.keyWords[held - 1] as string;
      if (word.length === to - from && text.startsWith(word, from)) return held - 1;
    }
  }

  /** Reads the text's words once; then `forEach(list, fn)` gives one list's matches. */
  read(text: string): KeyedReading {
    // The words some list reads (few), four numbers each: where it starts, its key's number (-1: none), the lists
    // that read it and those that file it. In one typed array, not four growing lists: a long draft allocated a
    // tenth of its garbage here.
    let found = this.found;
    let n = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i;
      let digits = false;
      for (; j < len; j++) {
        const c = text.charCodeAt(j);
        if (!isWordCode(c)) break;
        if (c >= 48 && c <= 57) digits = true;
      }
      const first = edgeCode(text.charCodeAt(i));
      const last = edgeCode(text.charCodeAt(j - 1));
      // A run of digits is keyed as one "0", so a word with digits may be any length.
      const lengths = digits ? -1 : lengthBit(j - i);
      let mask = this.everywhere;
      if (((this.edges[first * 128 + last] as number) & lengths) !== 0 || mask !== 0) {
        const k = digits ? (this.keyNumbers.get(digitsAsZero(text.slice(i, j))) ?? -1) : this.keyAt(text, i, j);
        const filed = k >= 0 ? (this.keyOwners[k] as number) : 0;
        mask |= filed;
        if (mask !== 0) {
          if (n + 4 > found.length) {
            const grown = new Int32Array(2 * found.length);
            grown.set(found);
            found = grown;
          }
          found[n++] = i;
          found[n++] = k;
          found[n++] = mask;
          found[n++] = filed;
        }
      }
      i = j;
    }
    this.found = found;
    return new Reading(this.lists, this.keyWords, text, found.slice(0, n));
  }
}

/** One text's words as `KeyedLists.read` found them. */
class Reading implements KeyedReading {
  constructor(
    private readonly lists: readonly KeyedList[],
    private readonly keyWords: readonly string[],
    private readonly text: string,
    private readonly found: Int32Array,
  ) {}

  forEach(list: number, fn: (m: KeyedMatch) => void): void {
    this.forEachSpan(list, (start, end) => fn({ index: start, 0: this.text.slice(start, end) }));
  }

  forEachSpan(list: number, fn: (start: number, end: number) => void): void {
    const keyed = this.lists[list] as KeyedList;
    const bit = 1 << list;
    const found = this.found;
    let from = 0;
    for (let w = 0; w < found.length; w += 4) {
      const start = found[w] as number;
      if (((found[w + 2] as number) & bit) === 0 || start < from) continue;
      // The word's own file where the list files it; else the list's wild alternatives.
      const re = keyed.patternOf(((found[w + 3] as number) & bit) !== 0 ? (this.keyWords[found[w + 1] as number] as string) : WILD);
      if (!re) continue;
      re.lastIndex = start;
      // A sticky pattern's test leaves lastIndex at the match's end: no match array is made.
      if (!re.test(this.text)) continue;
      // The next match starts where this one ended.
      from = re.lastIndex;
      fn(start, from);
    }
  }
}

/** One text read by `KeyedLists.read`. */
export interface KeyedReading {
  /** The matches of list number `list` (in the order given to `KeyedLists`), left to right. */
  forEach(list: number, fn: (m: KeyedMatch) => void): void;
  /** The same as [start, end) ranges, with no string made for each. */
  forEachSpan(list: number, fn: (start: number, end: number) => void): void;
}

/** `\w` by char code: letters, digits and the underscore. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/** text[from, to)'s hash, folded to a slot of a table of `mask` + 1. */
function slotOf(text: string, from: number, to: number, mask: number): number {
  const h = hashRange(text, from, to);
  return (h ^ (h >>> 16)) & mask;
}

/** A word's first or last character as the edge table files it: every digit as "0". */
const edgeCode = (c: number): number => (c >= 48 && c <= 57 ? 48 : c);
/** A word length's bit in the edge table: 31 and longer share the last. */
const lengthBit = (length: number): number => 1 << Math.min(length, 31);
