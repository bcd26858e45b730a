/**
 * A long lexicon entry read by first word: the items a word can start are parsed and built the first time a match
 * reaches that word (matcher.ts). Most of the rules' long entries are dozens of phrases ("(is | are | was …) [a]
 * {COMPLAINT_VERDICT}"), and a fresh worker reading one draft then builds the few items its words wake, not every
 * item of every entry a phrase got to. The items' first words are filed by `npm run rules` (`itemStarts`).
 */
import { parseLexiconItem } from './language';
import type { Node } from './language';
import { closeEnds, collect, EndsMemo, LIMIT, openEnds, TOKENS } from './reading';
import type { Ends, Step } from './reading';
import { NONE, spellOption, trieEnds } from './trie';
import type { Trie } from './trie';

/** How an entry's items are built: while deferring (matcher.ts), so that their own lists wait for a match too. */
export interface ItemBuilder {
  /** An item's step, recording its ends (`collect`). */
  step(nodes: readonly Node[]): Step;
  /** The ends of several items at once, as a whole entry's are read. */
  ends(options: readonly Node[][]): Ends;
  deferring<T>(build: () => T): T;
}

/**
 * The ends of an entry's items (`texts`), by `starts`: per item, the words it can start with, or null when it can
 * start otherwise (a prefix, a class…). The items a word starts go into one trie, shared by the entry, and the
 * others are compiled; once built, a position is read as a whole entry is (one trie, and the other items the word
 * there can start). The items that can start otherwise are built together, on first use.
 */
export function itemEnds(texts: readonly string[], starts: readonly (readonly string[] | null)[], build: ItemBuilder): Ends {
  const trie: Trie = { end: false };
  // Per item not spelt into the trie, its step.
  const steps: (Step | undefined)[] = [];
  const done = new Uint8Array(texts.length);
  const memo = new EndsMemo();
  const others = texts.filter((_, i) => !starts[i]);
  let otherEnds: Ends | undefined;
  const byWord = new Map<string, { items: number[]; steps?: Step[] }>();
  starts.forEach((words, i) => {
    for (const w of words ?? []) {
      const group = byWord.get(w);
      if (group) group.items.push(i);
      else byWord.set(w, { items: [i] });
    }
  });
  const wake = (items: readonly number[]): Step[] =>
    build.deferring(() => {
      for (let k = 0; k < items.length; k++) {
        const i = items[k] as number;
        if (done[i] === 1) continue;
        done[i] = 1;
        const nodes = parseLexiconItem(texts[i] as string);
        if (!spellOption(trie, nodes)) steps[i] = build.step(nodes);
      }
      return items.flatMap((i) => steps[i] ?? []);
    });
  return (pos) => {
    const known = memo.at(pos);
    if (known) return known;
    const found = others.length > 0 ? (otherEnds ??= build.deferring(() => build.ends(others.map(parseLexiconItem))))(pos) : NONE;
    const group = pos < LIMIT ? byWord.get(TOKENS[pos] as string) : undefined;
    if (!group) return memo.keep(pos, found);
    const rest = (group.steps ??= wake(group.items));
    const spelt = trieEnds(trie, TOKENS, LIMIT, pos);
    if (rest.length === 0 && found.length === 0) return memo.keep(pos, spelt);
    openEnds(spelt);
    for (let i = 0; i < found.length; i++) collect(found[i] as number);
    for (let i = 0; i < rest.length; i++) (rest[i] as Step)(pos);
    return memo.keep(pos, closeEnds(spelt));
  };
}
