/**
 * What a phrase can start with, worked out from its nodes (matcher.ts): the words, prefixes, masked words and token
 * classes of its first token, through optional words, alternatives and lexicon entries.
 */
import { CLASSES } from './classes';
import type { First } from './first-index';
import type { Node } from './language';
import { COMMON, COMMON_COST } from './needs';

/** The alternatives a lexicon entry stands for, parsed (the compiler's, which parses each entry once). */
export type SlotOptions = (name: string, form: string | undefined, depth: number) => Node[][];

/**
 * Per lexicon entry whose items are phrases, per item: the words it can start with, or null when it can start
 * otherwise (`PhraseCompiler.itemStarts`, shipped by `npm run rules`).
 */
export type ItemStarts = Readonly<Record<string, readonly (readonly string[] | null)[]>>;

/** A plain word of a phrase: letters and digits, an apostrophe inside ("i'm"). */
const PLAIN = "[a-z0-9]+(?:'[a-z0-9]+)*";
const PLAIN_WORD = new RegExp(`^${PLAIN}$`);
/** An item that opens on a plain word ("old (bag | bags)"), or on a group of options that each do ("(a | an) …"). */
const OPENS_ON_WORD = new RegExp(`^(${PLAIN})(?: |$)`);
const OPENS_ON_GROUP = /^\(([^()[\]{}<>!~*]*)\)/;

/**
 * The words a lexicon item starts with, read off its text where that is plain (a word, or a group of options each
 * opening on a word), else null. `npm run rules` ships an item's starts as 0 where this gives the compiler's own
 * answer (`packStarts`), and `unpackStarts` reads them back: a third of the shipped starts' size, gzipped.
 */
export function plainStarts(item: string): string[] | null {
  const word = OPENS_ON_WORD.exec(item);
  if (word) return [word[1] as string];
  const group = OPENS_ON_GROUP.exec(item);
  if (!group) return null;
  const out: string[] = [];
  for (const option of (group[1] as string).split('|')) {
    const first = option.trim().split(' ')[0] as string;
    if (!PLAIN_WORD.test(first)) return null;
    if (!out.includes(first)) out.push(first);
  }
  return out;
}

/** Item starts as shipped: 0 where `plainStarts` reads them off the item. */
export type PackedStarts = Readonly<Record<string, readonly (readonly string[] | null | 0)[]>>;

/** Starts with every item `plainStarts` gives the same answer for shipped as 0 (`npm run rules`). */
export function packStarts(lexicon: Readonly<Record<string, readonly unknown[]>>, starts: ItemStarts): PackedStarts {
  const out: Record<string, (readonly string[] | null | 0)[]> = {};
  for (const [name, list] of Object.entries(starts)) {
    const items = lexicon[name] as readonly string[];
    out[name] = list.map((words, i) => {
      const plain = plainStarts(items[i] as string);
      return words && plain && plain.length === words.length && plain.every((w, j) => w === words[j]) ? 0 : words;
    });
  }
  return out;
}

/**
 * The starts `packStarts` shipped, whole again, each entry's read off its items when first asked: a fresh worker
 * compiles only the phrases its drafts wake, and reading them all at once cost it most of a millisecond.
 */
export function unpackStarts(lexicon: Readonly<Record<string, readonly unknown[]>>, packed: PackedStarts): ItemStarts {
  const out: Record<string, readonly (readonly string[] | null)[]> = {};
  for (const [name, list] of Object.entries(packed)) {
    let whole: readonly (readonly string[] | null)[] | undefined;
    const items = lexicon[name] as readonly string[];
    Object.defineProperty(out, name, { enumerable: true, get: () => (whole ??= list.map((words, i) => (words === 0 ? plainStarts(items[i] as string) : words))) });
  }
  return out;
}

/** A first-token set as the compiler works it out: sets, to merge and compare. */
export interface FirstSets extends First {
  words: Set<string>;
  masked: Set<string>;
  prefixes: Set<string>;
  classes: Set<string>;
}

/**
 * The first-token set of a sequence and whether it can match nothing; 'any' when it can start anywhere. `starts`:
 * the lexicon's item starts as shipped, when the compiler has them: an item listed with its first words is not
 * read again (a fresh worker asking for {GROUP_WORD} then parses no group's word forms).
 */
export function firstOf(nodes: readonly Node[], depth: number, slotOptions: SlotOptions, starts?: ItemStarts): (FirstSets & { nullable: boolean }) | 'any' {
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
              : slotOptions(node.name, node.form, depth + 1)
            : node.k === 'alt'
              ? node.options
              : [node.seq];
        if (options === null) {
          first.classes.add((node as { name: string }).name);
          return first;
        }
        let nullable = node.k === 'opt';
        const known = node.k === 'slot' && node.form === undefined ? starts?.[node.name] : undefined;
        for (const [i, option] of options.entries()) {
          const words = known?.[i];
          if (words) {
            for (const w of words) first.words.add(w);
            continue;
          }
          // Most options of a list are one word: added as they are, without a first set of their own to merge.
          const only = option.length === 1 ? option[0] : undefined;
          if (only?.k === 'word') first.words.add(only.w);
          else if (only?.k === 'masked') first.masked.add(only.w);
          else if (only?.k === 'prefix') first.prefixes.add(only.p);
          if (only?.k === 'word' || only?.k === 'masked' || only?.k === 'prefix') continue;
          const f = firstOf(option, depth + 1, slotOptions, starts);
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

/**
 * A phrase that starts with {WORD} (any word: a child's name, say) would be tried at every word of every draft.
 * Indexed instead by what must follow that word, and tried from the word before. So is a phrase whose first token is
 * one of a few common words ("the | that | this", then "year {YEAR_NUMBER}") when what follows is rarer: most
 * drafts hold "the", few "the year 4", and a phrase woken by "the" mostly fails at the next word.
 */
export function anchored(nodes: readonly Node[], slotOptions: SlotOptions, starts?: ItemStarts): FirstSets | undefined {
  const at = nodes.findIndex((n) => n.k !== 'mark');
  const lead = nodes[at];
  if (!lead) return undefined;
  const any = lead.k === 'slot' && lead.name === 'WORD';
  if (!any && !oneToken(lead, slotOptions, 0)) return undefined;
  const rest = firstOf(nodes.slice(at + 1), 0, slotOptions, starts);
  if (rest === 'any' || rest.nullable) return undefined;
  if (!any) {
    const first = firstOf([lead], 0, slotOptions, starts);
    if (first === 'any' || !(cost(rest) < cost(first))) return undefined;
  }
  return { offset: 1, words: rest.words, masked: rest.masked, prefixes: rest.prefixes, classes: rest.classes };
}

/** Whether a node always matches exactly one token, so that the token after it is the phrase's second. */
function oneToken(node: Node, slotOptions: SlotOptions, depth: number): boolean {
  switch (node.k) {
    case 'word':
    case 'prefix':
    case 'masked':
    case 'any':
      return true;
    case 'alt':
      return node.options.every((o) => o.length === 1 && oneToken(o[0] as Node, slotOptions, depth + 1));
    case 'slot':
      return CLASSES[node.name] !== undefined || slotOptions(node.name, node.form, depth + 1).every((o) => o.length === 1 && oneToken(o[0] as Node, slotOptions, depth + 1));
    default:
      return false;
  }
}

/** How often a first set is met, roughly (as needs.ts weighs words): a common word or short prefix, or a class, counts for many. */
function cost(f: FirstSets): number {
  // {WORD} is every word: a set holding it is met everywhere.
  if (f.classes.has('WORD')) return Infinity;
  let n = f.classes.size * COMMON_COST + f.masked.size;
  for (const w of f.words) n += COMMON.has(w) ? COMMON_COST : 1;
  for (const p of f.prefixes) n += p.length < 4 ? COMMON_COST : 2;
  return n;
}
