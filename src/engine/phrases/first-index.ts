/**
 * Which of many phrases a token can start: by exact word, word prefix, masked word or class, answered once per
 * distinct token and remembered (a bounded cache). Serves a catalogue's phrases (phrase-index.ts) and, inside the
 * matcher, the options of an entry or alternative that are not plain words (an insult list of prefixes and masked
 * words is tried only where its own first words are, not option by option at every position).
 */
import { CLASSES } from './classes';
import { maskedForm } from './trie';
import { idGeneration } from './token-ids';

/** What one phrase can start with; null when it can start anywhere (it is then a candidate at every token). */
export interface FirstSet {
  words: Iterable<string>;
  /** Words that may be masked: found as themselves, and among tokens holding a `*`. */
  masked: Iterable<string>;
  prefixes: Iterable<string>;
  classes: Iterable<string>;
}

/** What a phrase can start with. */
export interface First extends FirstSet {
  /**
   * 1 when the phrase starts with a word of any kind ({WORD}, a name) and is indexed by what follows it: a match is
   * then tried from the token before the trigger. 0 otherwise.
   */
  offset?: number;
  /** What every match holds somewhere (needs.ts); absent when nothing is needed. */
  needs?: FirstSet;
}

/**
 * A first-word index as data: the items by exact word (masked words among them), by prefix and by class, the masked
 * words, and the items that start anywhere; each list ascending. Worked out from first sets (`firstTables`), or
 * read from the generated module (the bundled rules', packed: `PackedTables`; `npm run rules` works it out), so a fresh worker
 * does not file thousands of words phrase by phrase.
 */
export interface FirstTables {
  exact: readonly (readonly [string, readonly number[]])[];
  stems: readonly (readonly [string, readonly number[]])[];
  classes: readonly (readonly [string, readonly number[]])[];
  masked: readonly (readonly [string, number])[];
  anywhere: readonly number[];
}

/**
 * `FirstTables` as the generated module ships them (`packTables`): the exact words as one string, ascending, with
 * each word's list number beside it, and the lists once each. A fresh worker reads one string and two arrays of
 * numbers, where the same words as JSON object keys (about 2,200 per table) cost it twice the time to parse, and
 * [word, list] pairs an array per word.
 */
export interface PackedTables extends Omit<FirstTables, 'exact'> {
  /** The exact words in code-unit order, joined by spaces (a token holds none). */
  words: string;
  /** Per word of `words`, the number of its list in `lists`. */
  numbers: readonly number[];
  /** The distinct lists of items, ascending each. */
  lists: readonly (readonly number[])[];
}

export function packTables(tables: FirstTables): PackedTables {
  const numbers = new Map<string, number>();
  const lists: (readonly number[])[] = [];
  const byWord = new Map<string, number>();
  for (const [word, list] of tables.exact) {
    if (word.includes(' ') || word === '') throw new Error(`"${word}" cannot be a packed word`);
    const key = list.join(',');
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = lists.push(list) - 1));
    byWord.set(word, n);
  }
  const words = [...byWord.keys()].sort();
  const { stems, classes, masked, anywhere } = tables;
  return { words: words.join(' '), numbers: words.map((w) => byWord.get(w) as number), lists, stems, classes, masked, anywhere };
}

/** A packed table's exact words, read like a map: a binary search of the ascending words. */
class PackedWords {
  private readonly words: readonly string[];

  constructor(
    words: string,
    private readonly numbers: readonly number[],
    private readonly lists: readonly (readonly number[])[],
  ) {
    this.words = words === '' ? [] : words.split(' ');
  }

  get(word: string): readonly number[] | undefined {
    // The search written out, not sorted.ts's: that one, shared with lists of numbers, was optimised for words on a
    // long first draft, then thrown away and optimised again at its first list of numbers.
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] === word ? this.lists[this.numbers[lo] as number] : undefined;
  }
}

/** Every item the tables file under something, ascending. */
export function itemsOf(tables: FirstTables | PackedTables): number[] {
  const items = new Set<number>(tables.anywhere);
  const lists = 'lists' in tables ? tables.lists : tables.exact.map(([, list]) => list);
  for (const list of [...lists, ...tables.stems.map(([, l]) => l), ...tables.classes.map(([, l]) => l)]) for (const i of list) items.add(i);
  return [...items].sort((a, b) => a - b);
}

/** Files each item's first set (null: it starts anywhere) under its words, prefixes and classes. */
export function firstTables(firsts: readonly (FirstSet | null)[]): FirstTables {
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const classes = new Map<string, number[]>();
  const masked: [string, number][] = [];
  const anywhere: number[] = [];
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  firsts.forEach((first, i) => {
    if (!first) {
      anywhere.push(i);
      return;
    }
    for (const w of first.words) add(exact, w, i);
    for (const w of first.masked) {
      add(exact, w, i);
      masked.push([w, i]);
    }
    for (const p of first.prefixes) add(stems, p, i);
    for (const c of first.classes) add(classes, c, i);
  });
  return { exact: [...exact], stems: [...stems], classes: [...classes], masked, anywhere };
}

export class FirstIndex {
  private readonly exact: { get(word: string): readonly number[] | undefined };
  private readonly stems: ReadonlyMap<string, readonly number[]>;
  private readonly stemLengths: number[];
  private readonly classes: [test: (t: string) => boolean, items: readonly number[]][] = [];
  private readonly masked: readonly (readonly [word: string, item: number])[];
  private readonly anywhere: readonly number[];
  private readonly cache = new Map<string, readonly number[]>();
  /** Answers by token id (token-ids.ts), for the generation `generation`. */
  private byId: (readonly number[] | undefined)[] = [];
  private generation = -1;

  /** The index of items' first sets (null: the item starts anywhere). */
  static of(firsts: readonly (FirstSet | null)[], cacheLimit?: number): FirstIndex {
    return new FirstIndex(firstTables(firsts), cacheLimit);
  }

  /** `cacheLimit`: most distinct tokens remembered (cleared when full, so memory stays bounded). */
  constructor(
    tables: FirstTables | PackedTables,
    private readonly cacheLimit = 16384,
  ) {
    this.exact = 'lists' in tables ? new PackedWords(tables.words, tables.numbers, tables.lists) : new Map(tables.exact);
    this.stems = new Map(tables.stems);
    this.stemLengths = [...new Set(tables.stems.map(([p]) => p.length))].sort((a, b) => a - b);
    this.masked = tables.masked;
    this.anywhere = tables.anywhere;
    for (const [name, list] of tables.classes) {
      const test = CLASSES[name];
      if (!test) throw new Error(`{${name}} is not a class`);
      this.classes.push([test, list]);
    }
  }

  /** The items a token can start, ascending, answered by the token's id when the id is of the current generation. */
  candidatesById(token: string, id: number, generation: number): readonly number[] {
    if (generation !== this.generation) {
      if (generation !== idGeneration()) return this.candidates(token);
      this.byId = [];
      this.generation = generation;
    }
    return (this.byId[id] ??= this.candidates(token));
  }

  /** The items a token can start, ascending. */
  candidates(token: string): readonly number[] {
    const known = this.cache.get(token);
    if (known) return known;
    const out = new Set<number>(this.exact.get(token));
    // Counted loops, not for...of: on a fresh worker this runs unoptimised, where each step of an iterator (and each
    // [test, list] taken apart) is an object made and thrown away.
    for (const length of this.stemLengths) {
      if (token.length < length) break;
      addAll(out, this.stems.get(token.slice(0, length)));
    }
    const { classes } = this;
    for (let c = 0; c < classes.length; c++) {
      const entry = classes[c] as (typeof classes)[number];
      if (entry[0](token)) addAll(out, entry[1]);
    }
    if (token.includes('*')) for (const [word, i] of this.masked) if (maskedForm(token, word)) out.add(i);
    addAll(out, this.anywhere);
    const list = out.size === 0 ? NONE : [...out].sort((a, b) => a - b);
    if (this.cache.size >= this.cacheLimit) this.cache.clear();
    this.cache.set(token, list);
    return list;
  }
}

const NONE: readonly number[] = [];

/** Adds a list's items to a set (none when there is no list). */
function addAll(out: Set<number>, items: readonly number[] | undefined): void {
  if (items) for (let k = 0; k < items.length; k++) out.add(items[k] as number);
}
