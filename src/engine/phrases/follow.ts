/**
 * What may stand at the token after a phrase's trigger. A phrase is tried where its first words are (first-index.ts),
 * and most tries fail at the very next token: "the" starts an item of {GROUP_WORD}, "the (disabled | handicapped)", so
 * {GROUP_WORD} is tried at every "the" of a draft. Once the trigger is known, the tokens that may follow it are a
 * short list ("disabled", "handicapped"): a token not on it rejects the try before the phrase's steps run.
 *
 * Worked out from the phrase's nodes as the matcher reads them, so a try rejected here is one the matcher would fail:
 * what a `!(…)` forbids is read only where it forbids the trigger itself, and a phrase that may end at its trigger,
 * or go on with a gap or any token, is not checked.
 */
import { CLASSES } from './classes';
import { firstOf } from './first-sets';
import type { ItemStarts, SlotOptions } from './first-sets';
import { parseLexiconItem, parsePhrase } from './language';
import type { Node } from './language';
import { maskedForm } from './trie';

/** The tokens that may follow a trigger: words, or tokens with a prefix, masked words, or tokens of a class. */
export interface Follow {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  masked: readonly string[];
  classes: readonly ((token: string) => boolean)[];
}

/** Whether a token may follow (undefined: the sentence ends at the trigger, and no phrase checked may end there). */
export function follows(f: Follow, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (f.words.has(token)) return true;
  for (let i = 0; i < f.prefixes.length; i++) if (token.startsWith(f.prefixes[i] as string)) return true;
  for (let i = 0; i < f.masked.length; i++) if (maskedForm(token, f.masked[i] as string)) return true;
  for (let i = 0; i < f.classes.length; i++) if ((f.classes[i] as (token: string) => boolean)(token)) return true;
  return false;
}

/** What follows the trigger inside what is being read, and whether that can end right after it. */
interface After {
  words: Set<string>;
  prefixes: Set<string>;
  masked: Set<string>;
  classes: Set<string>;
  end: boolean;
}

const after = (): After => ({ words: new Set(), prefixes: new Set(), masked: new Set(), classes: new Set(), end: false });
const isEmpty = (a: After): boolean => !a.end && a.words.size + a.prefixes.size + a.masked.size + a.classes.size === 0;
/** Nothing follows: shared by the many entries and phrases a token cannot start, so that their memos hold no sets of their own. */
const NOTHING: After = after();
const NEVER: Follow = { words: NOTHING.words, prefixes: [], masked: [], classes: [] };

function merge(into: After, from: { words: Iterable<string>; prefixes: Iterable<string>; masked: Iterable<string>; classes: Iterable<string> }): void {
  for (const w of from.words) into.words.add(w);
  for (const p of from.prefixes) into.prefixes.add(p);
  for (const m of from.masked) into.masked.add(m);
  for (const c of from.classes) into.classes.add(c);
}

/**
 * A phrase's `follow` (matcher.ts `CompiledPhrase`): what may follow a token it starts with, remembered per token (a
 * thousand at most). The phrase is parsed, and its memo made, only when first asked: most phrases never are.
 */
export function followOf(finder: () => FollowFinder, source: string, nodes?: readonly Node[]): (token: string, offset: number) => Follow | null {
  let known: Map<string, Follow | null> | undefined;
  return (token, offset) => {
    let f = (known ??= new Map()).get(token);
    if (f === undefined) {
      if (known.size >= 1024) known.clear();
      known.set(token, (f = finder().of((nodes ??= parsePhrase(source)), token, offset)));
    }
    return f;
  };
}

/** Thrown inside when what follows can be any token: the phrase is then not checked. */
const ANY = Symbol('any');

/** Reads phrases' nodes against triggers, remembering each lexicon entry's answer per trigger. */
export class FollowFinder {
  private readonly entries = new Map<string, After | typeof ANY>();
  /** Each distinct answer once: a phrase triggered by a class ({POSSESSIVE}…) gives the same one for every token. */
  private readonly answers = new Map<string, Follow>();

  /** `items`: an entry's items as written (for entries filed in `starts`, whose items are parsed only when the trigger starts them). */
  constructor(
    private readonly slotOptions: SlotOptions,
    private readonly items: (name: string) => readonly string[],
    private readonly starts?: ItemStarts,
  ) {}

  /**
   * What may follow `token` when a match of `nodes` starts with it (`offset` 1: when the phrase's first token is
   * read before it, as for a phrase indexed by its second); null when anything may.
   */
  of(nodes: readonly Node[], token: string, offset: number): Follow | null {
    let from = 0;
    if (offset === 1) {
      while (from < nodes.length && (nodes[from] as Node).k === 'mark') from++;
      from++;
    }
    const out = after();
    try {
      this.seq(nodes, from, token, out, 0);
    } catch (e) {
      if (e === ANY) return null;
      throw e;
    }
    if (out.end) return null;
    if (isEmpty(out)) return NEVER;
    const key = [out.words, out.prefixes, out.masked, out.classes].map((set) => [...set].sort().join(' ')).join('|');
    let answer = this.answers.get(key);
    if (!answer) {
      if (this.answers.size >= 4096) this.answers.clear();
      answer = { words: out.words, prefixes: [...out.prefixes], masked: [...out.masked], classes: [...out.classes].map((c) => CLASSES[c] as (token: string) => boolean) };
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** Adds to `out` what may follow `token` read by nodes[from…] (its first token), through to their end. */
  private seq(nodes: readonly Node[], from: number, token: string, out: After, depth: number): void {
    for (let i = from; i < nodes.length; i++) {
      const node = nodes[i] as Node;
      if (node.k === 'mark') continue;
      if (node.k === 'not') {
        // A "!(…)" read at the trigger: one of its words there fails every way on from here.
        if (node.options.some((o) => o.length === 1 && o[0]?.k === 'word' && o[0].w === token)) return;
        continue;
      }
      const inner = after();
      this.node(node, token, inner, depth);
      merge(out, inner);
      if (inner.end) {
        const rest = firstOf(nodes.slice(i + 1), depth, this.slotOptions, this.starts);
        if (rest === 'any') throw ANY;
        merge(out, rest);
        if (rest.nullable) out.end = true;
      }
      // Read on past a node only when it may match nothing.
      const self = firstOf([node], depth, this.slotOptions, this.starts);
      if (self === 'any' || !self.nullable) return;
    }
  }

  /** Adds to `out` what may follow `token` when one node reads it as its first token. */
  private node(node: Node, token: string, out: After, depth: number): void {
    switch (node.k) {
      case 'word':
        out.end ||= token === node.w;
        return;
      case 'prefix':
        out.end ||= token.startsWith(node.p);
        return;
      case 'masked':
        out.end ||= maskedForm(token, node.w);
        return;
      case 'any':
        out.end = true;
        return;
      case 'gap':
        throw ANY;
      case 'alt':
        for (const option of node.options) this.seq(option, 0, token, out, depth);
        return;
      case 'opt':
        this.seq(node.seq, 0, token, out, depth);
        return;
      case 'slot': {
        const test = CLASSES[node.name];
        if (test) {
          out.end ||= test(token);
          return;
        }
        const found = this.entry(node.name, node.form, token, depth + 1);
        merge(out, found);
        out.end ||= found.end;
        return;
      }
      default:
        return;
    }
  }

  private entry(name: string, form: string | undefined, token: string, depth: number): After {
    const key = `${name}:${form ?? ''} ${token}`;
    const known = this.entries.get(key);
    if (known === ANY) throw ANY;
    if (known) return known;
    if (this.entries.size >= 1024) this.entries.clear();
    const out = after();
    try {
      const starts = form === undefined ? this.starts?.[name] : undefined;
      const texts = starts ? this.items(name) : [];
      if (starts && starts.length === texts.length) {
        // Only the items the trigger can start are read (parsed on first need, as the matcher parses them).
        for (let i = 0; i < texts.length; i++) {
          const words = starts[i];
          if (words && !words.includes(token)) continue;
          this.seq(parseLexiconItem(texts[i] as string), 0, token, out, depth);
        }
      } else {
        for (const option of this.slotOptions(name, form, depth)) this.seq(option, 0, token, out, depth);
      }
    } catch (e) {
      if (e === ANY) this.entries.set(key, ANY);
      throw e;
    }
    const kept = isEmpty(out) ? NOTHING : out;
    this.entries.set(key, kept);
    return kept;
  }
}
