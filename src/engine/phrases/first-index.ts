/**
 * Which of many phrases a token can start: by exact word, word prefix, masked word or class, answered once per
 * distinct token and remembered (a bounded cache). Serves a catalogue's phrases (phrase-index.ts) and, inside the
 * matcher, the options of an entry or alternative that are not plain words (an insult list of prefixes and masked
 * words is tried only where its own first words are, not option by option at every position).
 */
import { CLASSES } from './classes';
import { maskedForm } from './trie';
import { idGeneration } from './token-ids';

/**
 * What one phrase can start with; null when it can start anywhere (it is then a candidate at every token). Lists
 * with no repeats: sets when worked out here, the generated module's arrays as they are when read from there.
 */
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
  needs?: Omit<FirstSet, 'classes'>;
}

type Words = readonly string[];
/**
 * A first-token set as the generated module stores it: words, prefixes, masked words, classes, offset, and the
 * needs' words, prefixes and masked words.
 */
export type FirstData = readonly [Words, Words, Words, Words, number?, (readonly [Words, Words, Words])?];

export const firstToData = (f: First): FirstData => {
  const data = [[...f.words], [...f.prefixes], [...f.masked], [...f.classes], f.offset ?? 0] as const;
  return f.needs ? [...data, [[...f.needs.words], [...f.needs.prefixes], [...f.needs.masked]]] : data;
};
/** The generated module's lists, read as they are (no sets built for hundreds of phrases at start). */
export const firstFromData = ([words, prefixes, masked, classes, offset, needs]: FirstData): First => ({
  offset: offset ?? 0,
  words,
  prefixes,
  masked,
  classes,
  ...(needs ? { needs: { words: needs[0], prefixes: needs[1], masked: needs[2] } } : {}),
});

export class FirstIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly stemLengths: number[];
  private readonly classes: [test: (t: string) => boolean, items: number[]][] = [];
  private readonly masked: [word: string, item: number][] = [];
  private readonly anywhere: number[] = [];
  private readonly cache = new Map<string, readonly number[]>();
  /** Answers by token id (token-ids.ts), for the generation `generation`. */
  private byId: (readonly number[] | undefined)[] = [];
  private generation = -1;

  /** `cacheLimit`: most distinct tokens remembered (cleared when full, so memory stays bounded). */
  constructor(
    firsts: readonly (FirstSet | null)[],
    private readonly cacheLimit = 16384,
  ) {
    const lengths = new Set<number>();
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    const byClass = new Map<string, number[]>();
    firsts.forEach((first, i) => {
      if (!first) {
        this.anywhere.push(i);
        return;
      }
      for (const w of first.words) add(this.exact, w, i);
      for (const w of first.masked) {
        add(this.exact, w, i);
        this.masked.push([w, i]);
      }
      for (const s of first.prefixes) {
        add(this.stems, s, i);
        lengths.add(s.length);
      }
      for (const c of first.classes) add(byClass, c, i);
    });
    this.stemLengths = [...lengths].sort((a, b) => a - b);
    for (const [name, list] of byClass) {
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
    for (const length of this.stemLengths) {
      if (token.length < length) break;
      for (const i of this.stems.get(token.slice(0, length)) ?? []) out.add(i);
    }
    for (const [test, list] of this.classes) if (test(token)) for (const i of list) out.add(i);
    if (token.includes('*')) for (const [word, i] of this.masked) if (maskedForm(token, word)) out.add(i);
    for (const i of this.anywhere) out.add(i);
    const list = out.size === 0 ? NONE : [...out].sort((a, b) => a - b);
    if (this.cache.size >= this.cacheLimit) this.cache.clear();
    this.cache.set(token, list);
    return list;
  }
}

const NONE: readonly number[] = [];
