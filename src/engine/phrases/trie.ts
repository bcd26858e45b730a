/**
 * Word lists as tries of tokens: a lexicon entry or an alternative that is plain words is spelled out once into a
 * trie and read once per position, however many words it holds (matcher.ts).
 */
import type { Node } from './language';

/** Word sequences as a trie of tokens. */
export interface Trie {
  /** Absent on a node no sequence goes on from (most are the last word of one): a map each costs a fresh worker. */
  next?: Map<string, Trie>;
  end: boolean;
}

/** Most trie nodes a spelling may stand at at once before its options are matched one by one instead. */
export const SPELL_LIMIT = 64;

export function childOf(at: Trie, word: string): Trie {
  const next = (at.next ??= new Map());
  let child = next.get(word);
  if (!child) {
    child = { end: false };
    next.set(word, child);
  }
  return child;
}

const unique = (nodes: Trie[]): Trie[] => (nodes.length < 2 ? nodes : [...new Set(nodes)]);

/**
 * How many word sequences nodes spell: Infinity unless they are only words, alternatives and optional words (a
 * slot or a prefix is matched by its own step instead). Counted before spelling, so a long list times a long list
 * is never spelled out.
 */
export function spellings(nodes: readonly Node[]): number {
  let n = 1;
  // Counted loops here and in `spell`: run unoptimised on a fresh worker's first drafts, each step of a for...of is
  // an object made and thrown away.
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.k === 'word') continue;
    if (node.k === 'opt') n *= spellings(node.seq) + 1;
    else if (node.k === 'alt') n *= node.options.reduce((sum, o) => sum + spellings(o), 0);
    else return Infinity;
    if (n > SPELL_LIMIT) return Infinity;
  }
  return n;
}

/** Adds the word sequences of plain nodes (see `spellings`) to a trie, from each of `from`; returns where they end. */
export function spell(nodes: readonly Node[], from: Trie[], mark = true): Trie[] {
  let frontier = from;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.k === 'word') frontier = frontier.map((at) => childOf(at, node.w));
    else if (node.k === 'opt') frontier = unique([...frontier, ...spell(node.seq, frontier, false)]);
    else if (node.k === 'alt') frontier = unique(node.options.flatMap((o) => spell(o, frontier, false)));
  }
  if (mark) for (let i = 0; i < frontier.length; i++) (frontier[i] as Trie).end = true;
  return frontier;
}

/** Whether a token is the word, or the word with some letters after the first written `*`. */
export function maskedForm(token: string, word: string): boolean {
  if (token.length !== word.length || token[0] !== word[0]) return false;
  for (let i = 1; i < word.length; i++) if (token[i] !== word[i] && token[i] !== '*') return false;
  return true;
}

/** Options that are plain words go into one trie; the rest are matched one by one. */
export function splitOptions(options: readonly Node[][]): { trie: Trie; rest: Node[][] } {
  const trie: Trie = { end: false };
  const rest: Node[][] = [];
  for (let i = 0; i < options.length; i++) if (!spellOption(trie, options[i] as Node[])) rest.push(options[i] as Node[]);
  return { trie, rest };
}

/** Adds an option's word sequences to a trie when it is plain words (see `spellings`); false when it is not. */
export function spellOption(trie: Trie, option: readonly Node[]): boolean {
  // One word (most options of a list) is spelt directly.
  if (option.length === 1 && option[0]?.k === 'word') childOf(trie, option[0].w).end = true;
  else if (spellings(option) <= SPELL_LIMIT) spell(option, [trie]);
  else return false;
  return true;
}

/** No ends at all: shared, never written to (most positions match nothing). */
export const NONE: readonly number[] = [];

/** Where `trieEnds` notes its ends before handing them over as an array of their own length. */
let spelt = new Int32Array(16);

/**
 * Every position a word sequence of the trie that starts at `pos` ends at, ascending (NONE, shared, when none): an
 * array grown by pushing took room for 17 ends where there are one or two, thousands of times in a long draft.
 */
export function trieEnds(trie: Trie, tokens: readonly string[], limit: number, pos: number): readonly number[] {
  let n = 0;
  let at: Trie | undefined = trie;
  if (at.end) spelt[n++] = pos;
  for (let p = pos; p < limit; p++) {
    at = at.next?.get(tokens[p] as string);
    if (!at) break;
    if (at.end) {
      if (n === spelt.length) {
        const grown = new Int32Array(2 * n);
        grown.set(spelt);
        spelt = grown;
      }
      spelt[n++] = p + 1;
    }
  }
  if (n === 0) return NONE;
  if (n === 1) return [spelt[0] as number];
  const ends = new Array<number>(n);
  for (let i = 0; i < n; i++) ends[i] = spelt[i] as number;
  return ends;
}
