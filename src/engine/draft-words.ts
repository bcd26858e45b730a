/**
 * The words of a draft as the context reads them (`DraftContext.holdsWord`), and whether a sentence holds one of a
 * list of trigger words. A list is tested against each word where it stands in the text, letter by letter
 * through a tree of its words: no string is made per word and no index of every word is built (a long draft that
 * woke a hate rule's group check used to build one, about a twelfth of its time).
 */
import { hasEdgeQuote, isWordCode, withoutEdgeQuotes } from './phrases/language';
import type { Span } from './types';

/** The first place of character `code` in text[from, to), or -1. */
function indexIn(text: string, code: number, from: number, to: number): number {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === code) return p;
  return -1;
}

/**
 * Every word of sentence `only`, as [from, to), in order: a word is its sentence's when it starts there (after any
 * quotation mark). "head's" also counts as "head", "don't" as "don", "f*ck" as "*" and "operation*mosul" as
 * "operation" and "mosul" too (a "#" between words reads as a masked letter). Hyphens split words ("self-harm" is
 * "self" and "harm"); apostrophes at a word's edge are quotation marks.
 */
function forEachWord(text: string, sentences: readonly Span[], only: number, each: (from: number, to: number) => void): void {
  const len = text.length;
  const first = only > 0 ? (sentences[only] as Span).start : 0;
  // From the start of the word that holds the sentence's first character: it may be the sentence before's.
  let i = first;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  // The sentence of each word is found by moving on from the last one's, not by a search.
  let sentence = only;
  let next = only + 1 < sentences.length ? (sentences[only + 1] as Span).start : Infinity;
  while (i < len && sentence === only) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    // Whether the word holds an apostrophe or a masked letter: most hold neither, and are not searched again.
    let marks = false;
    for (let c = text.charCodeAt(j); j < len && isWordCode(c); c = text.charCodeAt(++j)) if (c === 39 || c === 42) marks = true;
    let a = i;
    let b = j;
    if (marks && hasEdgeQuote(text, i, j)) [a, b] = withoutEdgeQuotes(text, i, j);
    if (text.charCodeAt(a) !== 39 && a >= first) {
      while (next <= a) next = ++sentence + 1 < sentences.length ? (sentences[sentence + 1] as Span).start : Infinity;
      if (sentence !== only) break;
      each(a, b);
      if (marks) {
        const apostrophe = indexIn(text, 39, a, b);
        if (apostrophe > a) each(a, apostrophe);
        let star = indexIn(text, 42, a, b);
        if (star >= 0) {
          each(star, star + 1);
          for (let from = a; from <= b; from = star + 1, star = indexIn(text, 42, from, b)) {
            if (star < 0) star = b;
            if (star - from > 1) each(from, star);
          }
        }
      }
    }
    i = j;
  }
}

/** A trigger list as a tree by letter: `word` where a whole word ends, `stem` where a `word*` prefix does. */
interface TriggerNode {
  next: Map<number, TriggerNode>;
  word: boolean;
  stem: boolean;
}

const trees = new WeakMap<readonly string[], TriggerNode>();
/** A trigger list's tree, built once per list (lists are module constants). */
function treeOf(triggers: readonly string[]): TriggerNode {
  let root = trees.get(triggers);
  if (root) return root;
  root = { next: new Map(), word: false, stem: false };
  for (const t of triggers) {
    const stem = t.length > 1 && t.endsWith('*');
    let node = root;
    for (let i = 0; i < t.length - (stem ? 1 : 0); i++) {
      const code = t.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), word: false, stem: false }));
      node = child;
    }
    if (stem) node.stem = true;
    else node.word = true;
  }
  trees.set(triggers, root);
  return root;
}

/** Whether text[from, to) is one of the tree's words or starts with one of its stems. */
function matches(root: TriggerNode, text: string, from: number, to: number): boolean {
  let node: TriggerNode | undefined = root;
  for (let p = from; p < to; p++) {
    node = node.next.get(text.charCodeAt(p));
    if (!node) return false;
    if (node.stem) return true;
  }
  return node.word;
}

/** Whether sentence `only` holds one of the words; `word*` is a prefix, `*` any masked word. */
export function holdsWord(text: string, sentences: readonly Span[], only: number, triggers: readonly string[]): boolean {
  const root = treeOf(triggers);
  let held = false;
  forEachWord(text, sentences, only, (from, to) => {
    held ||= matches(root, text, from, to);
  });
  return held;
}
