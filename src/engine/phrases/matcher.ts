/**
 * Phrases compiled to a token matcher: every phrase is indexed under the words it can start with (its trigger words,
 * derived here, never kept by hand), and a sentence is read once, token by token, trying only the phrases a token
 * can start. No regular expression is built from a phrase, so there is nothing to compile at first use beyond these
 * small closures, and the cost is linear in the draft: each position tries a bounded number of bounded phrases.
 */
import { gapCount, parseLexiconItem, parsePhrase, PhraseError, showPhrase } from './language';
import type { Node } from './language';
import { CLASSES } from './classes';
import { FirstIndex } from './first-index';
import type { First } from './first-index';
import { anchored, firstOf } from './first-sets';
import type { ItemStarts, SlotOptions } from './first-sets';
import { COMMON, NeedFinder } from './needs';
import { accept, CAPTURE, closeEnds, collect, EndsMemo, IDS, LIMIT, openEnds, TOKENS } from './reading';
import type { Ends, Step } from './reading';
import { itemEnds } from './entry-ends';
import { FollowFinder, followOf } from './follow';
import type { Follow } from './follow';
import { maskedForm, NONE, splitOptions, trieEnds } from './trie';
import type { Trie } from './trie';

export { CLASSES, maskedForm };
export type { First, ItemStarts };

/** Whether every item of `these` is in `those`. */
const within = <T>(these: ReadonlySet<T>, those: ReadonlySet<T>): boolean => [...these].every((x) => those.has(x));

/** A lexicon: shared word lists. An entry is a list of phrases, or of word forms by name (singular, plural…). */
export type LexiconEntry = readonly string[] | readonly Readonly<Record<string, string>>[];
export type Lexicon = Readonly<Record<string, LexiconEntry>>;

/** Options compiled, and which of them to try at a position. */
interface Options {
  steps: Step[];
  at: (pos: number) => readonly number[];
}

export interface CompiledPhrase {
  /** The phrase as written. */
  source: string;
  /** Tries the phrase at a token position; the end position (exclusive) or -1. */
  run: Step;
  /** What it can start with and needs; absent when compiled lazily, its triggers worked out at build time. */
  first?: First;
  /** What may follow a token it starts with (follow.ts; `offset` as `First.offset`); null when anything may. */
  follow?: (token: string, offset: number) => Follow | null;
}

const MAX_EXPANSION_DEPTH = 8;
/** Options that are not plain words: from this many on, each is tried only where its first words are. */
const INDEX_OPTIONS_FROM = 5;
/** Entries of fewer items are built whole when a match first reaches them: too little to parse to pay for filing. */
const LAZY_ITEMS_FROM = 8;

/** Compiles phrases against a lexicon; throws PhraseError for unknown names, unsafe or empty phrases. */
export class PhraseCompiler {
  private parsedSlots = new Map<string, Node[][]>();
  private readonly needs = new NeedFinder((name, form) => this.slotOptions(name, form, 1));
  private readonly slots: SlotOptions = (name, form, depth) => this.slotOptions(name, form, depth);
  private follows?: FollowFinder;
  private readonly finder = (): FollowFinder => (this.follows ??= new FollowFinder(this.slots, (name) => this.entryTexts(name, undefined, 1), this.starts));

  /** `starts`: the lexicon's items' first words, as `npm run rules` filed them (`itemStarts`). */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly starts?: ItemStarts,
  ) {}

  /** The alternatives a slot stands for, parsed once. */
  private slotOptions(name: string, form: string | undefined, depth: number): Node[][] {
    const key = form ? `${name}:${form}` : name;
    const cached = this.parsedSlots.get(key);
    if (cached) return cached;
    const options = this.entryTexts(name, form, depth).map((t) => {
      const nodes = parseLexiconItem(t);
      if (nodes.some((n) => n.k === 'mark')) throw new PhraseError(`lexicon entry ${name}: "${t}" may not hold < >`);
      return nodes;
    });
    this.parsedSlots.set(key, options);
    return options;
  }

  /** The items a slot stands for, as written, each once. */
  private entryTexts(name: string, form: string | undefined, depth: number): string[] {
    const key = form ? `${name}:${form}` : name;
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
    return texts;
  }

  /**
   * Per entry of the lexicon whose items are phrases (no word forms), per item, the words it can start with, or null
   * when it can start otherwise (a prefix, a class…): what `npm run rules` ships for a fresh worker (`slotEnds`).
   */
  itemStarts(): Record<string, (string[] | null)[]> {
    const out: Record<string, (string[] | null)[]> = {};
    for (const [name, entry] of Object.entries(this.lexicon)) {
      if (entry.length < LAZY_ITEMS_FROM || !entry.every((item) => typeof item === 'string')) continue;
      out[name] = this.slotOptions(name, undefined, 0).map((o) => {
        const f = firstOf(o, 1, this.slots);
        return f === 'any' || f.nullable || f.prefixes.size + f.masked.size + f.classes.size > 0 ? null : [...f.words];
      });
    }
    return out;
  }

  /**
   * For an index of one phrase (lexicon-words.ts asks about one entry at a time), `{ alone: true }` leaves out what
   * every match holds (needs.ts: it spares an index of many phrases its tries in sentences that cannot match, and
   * one phrase almost nothing) and builds the phrase's steps when a match first reaches it, as `lazy` does: most
   * sentences hold no word of a large entry, and a fresh worker then builds none of its tries.
   */
  compile(source: string, { alone = false }: { alone?: boolean } = {}): CompiledPhrase & { first: First } {
    const nodes = parsePhrase(source);
    if (nodes.length === 0) throw new PhraseError('an empty phrase');
    if (gapCount(nodes) > 2) throw new PhraseError(`"${source}" holds more than two gaps`);
    const first = firstOf(nodes, 0, this.slots, this.starts);
    if (first !== 'any' && first.nullable) throw new PhraseError(`"${source}" can match nothing at all`);
    if (first === 'any') throw new PhraseError(`"${source}" must start with a word, a prefix, an entry or a class, not a gap or _`);
    const starts = anchored(nodes, this.slots, this.starts) ?? first;
    if (alone) return { ...this.lazy(source), first: starts };
    // For a phrase tried from the token before its trigger (`anchored`), a node it is indexed by whose needs are all
    // common words says little worth waking it for: "<{WORD}> (in | from | ,) {NAMING_CHILD_CLASS}", tried at every
    // "in", needs what a class can be instead ("year", "reception", a {FORM}…).
    const needs = this.needs.of(nodes, starts.offset !== 1 ? undefined : (node) => {
      const f = firstOf([node], 0, this.slots, this.starts);
      if (f === 'any' || f.nullable || !within(f.words, starts.words) || !within(f.prefixes, starts.prefixes) || !within(f.masked, starts.masked) || !within(f.classes, starts.classes)) return false;
      const own = this.needs.of([node]);
      return own !== null && own.prefixes.size + own.masked.size + own.classes.size === 0 && [...own.words].every((w) => COMMON.has(w));
    });
    // Needs that are the very words (or classes) the phrase starts with say nothing its index does not; needs that
    // are fewer do ("[{WORD}] ruining" is woken by every word, and needs "ruining").
    const same = needs && (['words', 'prefixes', 'masked', 'classes'] as const).every((k) => within(needs[k], starts[k]) && within(starts[k], needs[k]));
    return { source, run: this.seq(nodes, accept, 0), first: { ...starts, ...(needs && !same ? { needs } : {}) }, follow: followOf(this.finder, source, nodes) };
  }

  /**
   * A phrase whose trigger words were worked out at build time (`npm run rules` checked it then): compiled the first
   * time a draft holds one of them, so a fresh worker compiles only the phrases its drafts wake.
   */
  lazy(source: string): CompiledPhrase {
    let run: Step | undefined;
    return {
      source,
      follow: followOf(this.finder, source),
      run: (pos) => {
        if (!run) {
          // Compiling reads no draft state, so it may happen in the middle of a scan.
          run = this.deferring(() => this.seq(parsePhrase(source), accept, 0));
        }
        return run(pos);
      },
    };
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
        return this.later(() => this.choice(node.options, next, depth));
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
        const name = node.name;
        const form = node.form;
        // A list's trie and steps are built when a match first reaches it (see `later`).
        let endsOf = this.defer ? undefined : this.slotEnds(name, form, depth + 1);
        return (pos) => {
          endsOf ??= this.deferring(() => this.slotEnds(name, form, depth + 1));
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

  /**
   * Set while a phrase checked at build time (`lazy`) is compiled: its lists and alternatives are then built when a
   * match first reaches them, not with the phrase. Most phrases a draft wakes fail at their first words, so a fresh
   * worker never builds the tries of lists (hundreds of words) that no match got to. `compile` builds everything at
   * once, so that a phrase's every error is thrown there.
   */
  private defer = false;

  private deferring<T>(build: () => T): T {
    const was = this.defer;
    this.defer = true;
    try {
      return build();
    } finally {
      this.defer = was;
    }
  }

  /** A step built now, or (while deferring) on its first call. */
  private later(build: () => Step): Step {
    if (!this.defer) return build();
    let step: Step | undefined;
    return (pos) => (step ??= this.deferring(build))(pos);
  }

  private ends = new Map<string, Ends>();

  /**
   * A lexicon entry as one step that lists every position a match of it can end at, ascending: its plain words in
   * a trie, the rest compiled once with a continuation that records where they end. Built once per entry, so a
   * list used by many phrases (and inside other lists) costs its size once, not once per use; and its ends at a
   * position are remembered for the sentence being read, since several rules' phrases often start with the same
   * entry at the same word (at most one list per position, dropped when the tokens change).
   */
  private slotEnds(name: string, form: string | undefined, depth: number): Ends {
    const key = form ? `${name}:${form}` : name;
    let fn = this.ends.get(key);
    if (fn) return fn;
    // While deferring, a long entry whose items' first words were filed is built by first word (entry-ends.ts).
    const starts = this.defer && !form ? this.starts?.[name] : undefined;
    const texts = starts ? this.entryTexts(name, form, depth) : [];
    fn =
      starts && starts.length === texts.length
        ? itemEnds(texts, starts, {
            step: (nodes) => this.seq(nodes, collect, depth),
            // Items that start otherwise are few, and each is tried only where its first words are.
            ends: (options) => this.optionEnds(options, depth, 1),
            deferring: (build) => this.deferring(build),
          })
        : this.optionEnds(this.slotOptions(name, form, depth), depth);
    this.ends.set(key, fn);
    return fn;
  }

  /** The ends of options: the plain words' from their trie, the others' collected (ascending, NONE when none). */
  private optionEnds(options: readonly Node[][], depth: number, indexFrom = INDEX_OPTIONS_FROM): Ends {
    const { trie, rest } = splitOptions(options);
    const others = this.options(rest, collect, depth, indexFrom);
    const memo = new EndsMemo();
    return (pos) => {
      const known = memo.at(pos);
      if (known) return known;
      let found = trieEnds(trie, TOKENS, LIMIT, pos);
      // The other options, when any can start here (the trie's ends come ascending already).
      const at = others.steps.length > 0 ? others.at(pos) : NONE;
      if (at.length > 0) {
        openEnds(found);
        for (let i = 0; i < at.length; i++) (others.steps[at[i] as number] as Step)(pos);
        found = closeEnds(found);
      }
      return memo.keep(pos, found);
    };
  }

  /**
   * One of several options. The options that are plain words (however many, through entries and alternatives) go
   * into one trie of tokens, read once per position, longest match first; only the rest (prefixes, gaps, classes…)
   * are tried one by one. A slot's trie is built once, however many phrases use the slot.
   */
  private choice(options: readonly Node[][], next: Step, depth: number): Step {
    const { trie, rest } = splitOptions(options);
    const others = this.options(rest, next, depth);
    if (!trie.next && !trie.end) return this.either(others.steps);
    const words = trie.next;
    // Options of one word each, as most alternatives are ("(is | are | was)"): one look-up, no trie to walk.
    if (words && !trie.end && [...words.values()].every((c) => c.end && !c.next)) {
      if (others.steps.length === 0) return (pos) => (pos < LIMIT && words.has(TOKENS[pos] as string) ? next(pos + 1) : -1);
      return (pos) => {
        if (pos < LIMIT && words.has(TOKENS[pos] as string)) {
          const r = next(pos + 1);
          if (r >= 0) return r;
        }
        return this.tryOptions(others, pos);
      };
    }
    // The trie read from `pos`, trying `next` at each end on the way back: longest first, as `trieEnds` lists them,
    // without a list per position (most positions of a long draft start some word of a list of common words).
    const longest = (at: Trie, p: number): number => {
      const child = p < LIMIT ? at.next?.get(TOKENS[p] as string) : undefined;
      if (child) {
        const r = longest(child, p + 1);
        if (r >= 0) return r;
      }
      return at.end ? next(p) : -1;
    };
    return (pos) => {
      const r = longest(trie, pos);
      return r >= 0 ? r : this.tryOptions(others, pos);
    };
  }

  /** The first match of the options that can start at `pos`, in order; -1 when none. */
  private tryOptions(others: Options, pos: number): number {
    const at = others.at(pos);
    for (let i = 0; i < at.length; i++) {
      const r = (others.steps[at[i] as number] as Step)(pos);
      if (r >= 0) return r;
    }
    return -1;
  }

  /**
   * Options that are not plain words, compiled, with which of them to try at a position (ascending): those the token
   * there can start, when there are enough of them for a first-word index to pay (an insult list of a hundred
   * prefixes and masked words); else all.
   */
  private options(rest: readonly Node[][], next: Step, depth: number, indexFrom = INDEX_OPTIONS_FROM): Options {
    const steps = rest.map((o) => this.seq(o, next, depth));
    const all = steps.map((_, i) => i);
    if (steps.length < indexFrom) return { steps, at: () => all };
    const index = FirstIndex.of(
      rest.map((o) => {
        const f = firstOf(o, depth + 1, this.slots, this.starts);
        return f === 'any' || f.nullable ? null : f;
      }),
      1024,
    );
    return { steps, at: (pos) => (pos < LIMIT ? index.candidatesById(TOKENS[pos] as string, IDS.ids[pos] as number, IDS.generation) : all) };
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

export { CAPTURE, readTokens, resetCapture } from './reading';
export { PhraseError, showPhrase };
