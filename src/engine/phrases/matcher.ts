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
interface First {
  words: Set<string>;
  /** Words that may be masked: found as themselves, and among tokens holding a `*`. */
  masked: Set<string>;
  prefixes: Set<string>;
  classes: Set<string>;
}

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
        return this.either(node.options.map((o) => this.seq(o, next, depth)));
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
        return this.either(this.slotOptions(node.name, node.form, depth + 1).map((o) => this.seq(o, next, depth + 1)));
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
