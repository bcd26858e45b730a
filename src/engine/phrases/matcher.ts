/**
 * Phrases compiled to a token matcher: every phrase is indexed under the words it can start with (its trigger words,
 * derived here, never kept by hand), and a sentence is read once, token by token, trying only the phrases a token
 * can start. No regular expression is built from a phrase, so there is nothing to compile at first use beyond these
 * small closures, and the cost is linear in the draft: each position tries a bounded number of bounded phrases.
 */
import { gapCount, parsePhrase, PhraseError, showPhrase } from './language';
import type { Node } from './language';
import { CLASSES } from './classes';

export { CLASSES };

/** A lexicon: shared word lists. An entry is a list of phrases, or of word forms by name (singular, plural…). */
export type LexiconEntry = readonly string[] | readonly Readonly<Record<string, string>>[];
export type Lexicon = Readonly<Record<string, LexiconEntry>>;


type Step = (pos: number) => number;

/** What a phrase can start with. */
export interface First {
  words: Set<string>;
  /** Words that may be masked: found as themselves, and among tokens holding a `*`. */
  masked: Set<string>;
  prefixes: Set<string>;
  classes: Set<string>;
}

/** A first-token set as the generated module stores it: words, prefixes, masked words, classes. */
export type FirstData = readonly [readonly string[], readonly string[], readonly string[], readonly string[]];

export const firstToData = (f: First): FirstData => [[...f.words], [...f.prefixes], [...f.masked], [...f.classes]];
export const firstFromData = ([words, prefixes, masked, classes]: FirstData): First => ({
  words: new Set(words),
  prefixes: new Set(prefixes),
  masked: new Set(masked),
  classes: new Set(classes),
});

export interface CompiledPhrase {
  /** The phrase as written. */
  source: string;
  /** Tries the phrase at a token position; the end position (exclusive) or -1. */
  run: Step;
  first: First;
}

/** The token state a match reads: set by `scan` before any phrase runs (one draft at a time). */
let TOKENS: readonly string[] = [];
let LIMIT = 0;
const CAPTURE = [-1, -1];
const accept: Step = (pos) => pos;
/** Where the entries being read record the ends of their matches (innermost last). */
const COLLECTING: number[][] = [];
/** Records an end and fails, so that every way an entry can match is tried. */
const collect: Step = (pos) => {
  const list = COLLECTING[COLLECTING.length - 1];
  if (list && !list.includes(pos)) list.push(pos);
  return -1;
};

const MAX_EXPANSION_DEPTH = 8;

/** Compiles phrases against a lexicon; throws PhraseError for unknown names, unsafe or empty phrases. */
export class PhraseCompiler {
  private parsedSlots = new Map<string, Node[][]>();

  constructor(private readonly lexicon: Lexicon) {}

  /** The alternatives a slot stands for, parsed once. */
  private slotOptions(name: string, form: string | undefined, depth: number): Node[][] {
    const key = form ? `${name}:${form}` : name;
    const cached = this.parsedSlots.get(key);
    if (cached) return cached;
    if (depth > MAX_EXPANSION_DEPTH) throw new PhraseError(`lexicon entries refer to each other too deeply at {${key}}`);
    const entry = this.lexicon[name];
    if (!entry) throw new PhraseError(`{${name}} is neither a lexicon entry nor a class`);
    const texts: string[] = [];
    for (const item of entry) {
      if (typeof item === 'string') {
        if (form) throw new PhraseError(`{${key}}: the entry ${name} has no word forms`);
        texts.push(item);
      } else {
        // An item without the form asked for is skipped: not every group has a singular ("lgbt").
        const forms = form ? [item[form]] : Object.values(item);
        for (const f of forms) if (f !== undefined && !texts.includes(f)) texts.push(f);
      }
    }
    if (texts.length === 0) throw new PhraseError(`{${key}}: no item of ${name} has a "${form}" form`);
    const options = texts.map((t) => {
      const nodes = parsePhrase(t);
      if (nodes.some((n) => n.k === 'mark')) throw new PhraseError(`lexicon entry ${name}: "${t}" may not hold < >`);
      return nodes;
    });
    this.parsedSlots.set(key, options);
    return options;
  }

  compile(source: string): CompiledPhrase {
    const nodes = parsePhrase(source);
    if (nodes.length === 0) throw new PhraseError('an empty phrase');
    if (gapCount(nodes) > 2) throw new PhraseError(`"${source}" holds more than two gaps`);
    const first = this.firstOf(nodes, 0);
    if (first !== 'any' && first.nullable) throw new PhraseError(`"${source}" can match nothing at all`);
    if (first === 'any') throw new PhraseError(`"${source}" must start with a word, a prefix, an entry or a class, not a gap or _`);
    return { source, run: this.seq(nodes, accept, 0), first };
  }

  /**
   * A phrase whose trigger words were worked out at build time (`npm run rules` checked it then): compiled the first
   * time a draft holds one of them, so a fresh worker compiles only the phrases its drafts wake.
   */
  lazy(source: string, first: First): CompiledPhrase {
    let run: Step | undefined;
    return {
      source,
      first,
      run: (pos) => {
        if (!run) {
          // Compiling reads no draft state, so it may happen in the middle of a scan.
          run = this.seq(parsePhrase(source), accept, 0);
        }
        return run(pos);
      },
    };
  }

  /** The first-token set of a sequence and whether it can match nothing; 'any' when it can start anywhere. */
  private firstOf(nodes: readonly Node[], depth: number): (First & { nullable: boolean }) | 'any' {
    const first = { words: new Set<string>(), masked: new Set<string>(), prefixes: new Set<string>(), classes: new Set<string>(), nullable: false };
    const merge = (other: First): void => {
      for (const w of other.words) first.words.add(w);
      for (const w of other.masked) first.masked.add(w);
      for (const p of other.prefixes) first.prefixes.add(p);
      for (const c of other.classes) first.classes.add(c);
    };
    for (const node of nodes) {
      switch (node.k) {
        case 'mark':
        case 'not':
          continue;
        case 'word':
          first.words.add(node.w);
          return first;
        case 'prefix':
          first.prefixes.add(node.p);
          return first;
        case 'masked':
          first.masked.add(node.w);
          return first;
        case 'any':
        case 'gap':
          return 'any';
        case 'slot':
        case 'alt':
        case 'opt': {
          const options =
            node.k === 'slot'
              ? CLASSES[node.name]
                ? null
                : this.slotOptions(node.name, node.form, depth + 1)
              : node.k === 'alt'
                ? node.options
                : [node.seq];
          if (options === null) {
            first.classes.add((node as { name: string }).name);
            return first;
          }
          let nullable = node.k === 'opt';
          for (const option of options) {
            const f = this.firstOf(option, depth + 1);
            if (f === 'any') return 'any';
            if (f.nullable) nullable = true;
            merge(f);
          }
          if (!nullable) return first;
          continue;
        }
      }
    }
    first.nullable = true;
    return first;
  }

  private seq(nodes: readonly Node[], next: Step, depth: number): Step {
    let step = next;
    for (let i = nodes.length - 1; i >= 0; i--) step = this.node(nodes[i] as Node, step, depth);
    return step;
  }

  private node(node: Node, next: Step, depth: number): Step {
    switch (node.k) {
      case 'word': {
        const w = node.w;
        return (pos) => (pos < LIMIT && TOKENS[pos] === w ? next(pos + 1) : -1);
      }
      case 'prefix': {
        const p = node.p;
        return (pos) => (pos < LIMIT && (TOKENS[pos] as string).startsWith(p) ? next(pos + 1) : -1);
      }
      case 'masked': {
        const w = node.w;
        return (pos) => (pos < LIMIT && maskedForm(TOKENS[pos] as string, w) ? next(pos + 1) : -1);
      }
      case 'any':
        return (pos) => (pos < LIMIT ? next(pos + 1) : -1);
      case 'gap': {
        const max = node.max;
        return (pos) => {
          for (let n = Math.min(max, LIMIT - pos); n >= 0; n--) {
            const r = next(pos + n);
            if (r >= 0) return r;
          }
          return -1;
        };
      }
      case 'alt':
        return this.choice(node.options, next, depth);
      case 'opt': {
        const take = this.seq(node.seq, next, depth);
        return (pos) => {
          const r = take(pos);
          return r >= 0 ? r : next(pos);
        };
      }
      case 'slot': {
        const test = CLASSES[node.name];
        if (test) return (pos) => (pos < LIMIT && test(TOKENS[pos] as string) ? next(pos + 1) : -1);
        const endsOf = this.slotEnds(node.name, node.form, depth + 1);
        return (pos) => {
          const ends = endsOf(pos);
          for (let i = ends.length - 1; i >= 0; i--) {
            const r = next(ends[i] as number);
            if (r >= 0) return r;
          }
          return -1;
        };
      }
      case 'not': {
        const tries = node.options.map((o) => this.seq(o, accept, depth));
        return (pos) => {
          for (const t of tries) if (t(pos) >= 0) return -1;
          return next(pos);
        };
      }
      case 'mark': {
        const slot = node.at === 'start' ? 0 : 1;
        return (pos) => {
          const before = CAPTURE[slot] as number;
          CAPTURE[slot] = pos;
          const r = next(pos);
          if (r < 0) CAPTURE[slot] = before;
          return r;
        };
      }
    }
  }

  private tries = new Map<string, { trie: Trie; rest: Node[][] }>();
  private ends = new Map<string, (pos: number) => number[]>();

  /**
   * A lexicon entry as one step that lists every position a match of it can end at, ascending: its plain words in
   * a trie, the rest compiled once with a continuation that records where they end. Built once per entry, so a
   * list used by many phrases (and inside other lists) costs its size once, not once per use.
   */
  private slotEnds(name: string, form: string | undefined, depth: number): (pos: number) => number[] {
    const key = form ? `${name}:${form}` : name;
    const known = this.ends.get(key);
    if (known) return known;
    const trie: Trie = { next: new Map(), end: false };
    const rest: Node[][] = [];
    for (const option of this.slotOptions(name, form, depth)) {
      if (spellings(option) <= SPELL_LIMIT) spell(option, [trie]);
      else rest.push(option);
    }
    const others = rest.map((o) => this.seq(o, collect, depth));
    const fn = (pos: number): number[] => {
      const found: number[] = [];
      let at: Trie | undefined = trie;
      if (at.end) found.push(pos);
      for (let p = pos; p < LIMIT; p++) {
        at = at.next.get(TOKENS[p] as string);
        if (!at) break;
        if (at.end) found.push(p + 1);
      }
      if (others.length > 0) {
        COLLECTING.push(found);
        for (const s of others) s(pos);
        COLLECTING.pop();
        found.sort((a, b) => a - b);
      }
      return found;
    };
    this.ends.set(key, fn);
    return fn;
  }

  /**
   * One of several options. The options that are plain words (however many, through entries and alternatives) go
   * into one trie of tokens, read once per position, longest match first; only the rest (prefixes, gaps, classes…)
   * are tried one by one. A slot's trie is built once, however many phrases use the slot.
   */
  private choice(options: readonly Node[][], next: Step, depth: number, key?: string): Step {
    let split = key ? this.tries.get(key) : undefined;
    if (!split) {
      const trie: Trie = { next: new Map(), end: false };
      const rest: Node[][] = [];
      for (const option of options) {
        if (spellings(option) <= SPELL_LIMIT) spell(option, [trie]);
        else rest.push(option);
      }
      split = { trie, rest };
      if (key) this.tries.set(key, split);
    }
    const { trie, rest } = split;
    const others = rest.map((o) => this.seq(o, next, depth));
    if (trie.next.size === 0 && !trie.end) return this.either(others);
    return (pos) => {
      const ends: number[] = [];
      let at: Trie | undefined = trie;
      if (at.end) ends.push(pos);
      for (let p = pos; p < LIMIT; p++) {
        at = at.next.get(TOKENS[p] as string);
        if (!at) break;
        if (at.end) ends.push(p + 1);
      }
      for (let i = ends.length - 1; i >= 0; i--) {
        const r = next(ends[i] as number);
        if (r >= 0) return r;
      }
      for (const s of others) {
        const r = s(pos);
        if (r >= 0) return r;
      }
      return -1;
    };
  }

  private either(steps: readonly Step[]): Step {
    if (steps.length === 1) return steps[0] as Step;
    return (pos) => {
      for (const s of steps) {
        const r = s(pos);
        if (r >= 0) return r;
      }
      return -1;
    };
  }
}

/** Word sequences as a trie of tokens. */
interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/** Most trie nodes a spelling may stand at at once before its options are matched one by one instead. */
const SPELL_LIMIT = 64;

function childOf(at: Trie, word: string): Trie {
  let child = at.next.get(word);
  if (!child) {
    child = { next: new Map(), end: false };
    at.next.set(word, child);
  }
  return child;
}

const unique = (nodes: Trie[]): Trie[] => (nodes.length < 2 ? nodes : [...new Set(nodes)]);

/**
 * How many word sequences nodes spell: Infinity unless they are only words, alternatives and optional words (a
 * slot or a prefix is matched by its own step instead). Counted before spelling, so a long list times a long list
 * is never spelled out.
 */
function spellings(nodes: readonly Node[]): number {
  let n = 1;
  for (const node of nodes) {
    if (node.k === 'word') continue;
    if (node.k === 'opt') n *= spellings(node.seq) + 1;
    else if (node.k === 'alt') n *= node.options.reduce((sum, o) => sum + spellings(o), 0);
    else return Infinity;
    if (n > SPELL_LIMIT) return Infinity;
  }
  return n;
}

/** Adds the word sequences of plain nodes (see `spellings`) to a trie, from each of `from`; returns where they end. */
function spell(nodes: readonly Node[], from: Trie[], mark = true): Trie[] {
  let frontier = from;
  for (const node of nodes) {
    if (node.k === 'word') frontier = frontier.map((at) => childOf(at, node.w));
    else if (node.k === 'opt') frontier = unique([...frontier, ...spell(node.seq, frontier, false)]);
    else if (node.k === 'alt') frontier = unique(node.options.flatMap((o) => spell(o, frontier, false)));
  }
  if (mark) for (const at of frontier) at.end = true;
  return frontier;
}

/** Whether a token is the word, or the word with some letters after the first written `*`. */
export function maskedForm(token: string, word: string): boolean {
  if (token.length !== word.length || token[0] !== word[0]) return false;
  for (let i = 1; i < word.length; i++) if (token[i] !== word[i] && token[i] !== '*') return false;
  return true;
}

/** One phrase's match in a sentence: token positions [from, to), and the marked words [hitFrom, hitTo). */
export interface PhraseMatch {
  phrase: number;
  from: number;
  to: number;
  hitFrom: number;
  hitTo: number;
}

/** Most distinct tokens whose candidate phrases are remembered (cleared when full, so memory stays bounded). */
const CACHE_LIMIT = 4096;

/** Many compiled phrases behind one trigger index. */
export class PhraseIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly stemLengths: number[];
  private readonly classes: [test: (t: string) => boolean, phrases: number[]][] = [];
  private readonly masked: [word: string, phrase: number][] = [];
  private readonly cache = new Map<string, readonly number[]>();

  constructor(readonly phrases: readonly CompiledPhrase[]) {
    const lengths = new Set<number>();
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    const byClass = new Map<string, number[]>();
    phrases.forEach((p, i) => {
      for (const w of p.first.words) add(this.exact, w, i);
      for (const w of p.first.masked) {
        add(this.exact, w, i);
        this.masked.push([w, i]);
      }
      for (const s of p.first.prefixes) {
        add(this.stems, s, i);
        lengths.add(s.length);
      }
      for (const c of p.first.classes) add(byClass, c, i);
    });
    this.stemLengths = [...lengths].sort((a, b) => a - b);
    for (const [name, list] of byClass) this.classes.push([CLASSES[name] as (t: string) => boolean, list]);
  }

  /** The phrases a token can start, ascending. */
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
    const list = [...out].sort((a, b) => a - b);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, list);
    return list;
  }

  /**
   * Every phrase's matches in tokens [from, to) (one sentence), left to right; a phrase's next match starts where
   * its last one ended. Calls `each` per match.
   */
  scan(tokens: readonly string[], from: number, to: number, each: (m: PhraseMatch) => void): void {
    TOKENS = tokens;
    LIMIT = to;
    const resume = new Map<number, number>();
    for (let pos = from; pos < to; pos++) {
      const list = this.candidates(tokens[pos] as string);
      for (let c = 0; c < list.length; c++) {
        const phrase = list[c] as number;
        if ((resume.get(phrase) ?? 0) > pos) continue;
        CAPTURE[0] = -1;
        CAPTURE[1] = -1;
        const end = (this.phrases[phrase] as CompiledPhrase).run(pos);
        if (end <= pos) continue;
        resume.set(phrase, end);
        const hitFrom = CAPTURE[0] as number;
        const hitTo = CAPTURE[1] as number;
        each({ phrase, from: pos, to: end, hitFrom: hitFrom >= 0 ? hitFrom : pos, hitTo: hitTo >= 0 ? hitTo : end });
      }
    }
  }
}

export { PhraseError, showPhrase };
