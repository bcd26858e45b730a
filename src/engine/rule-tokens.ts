/**
 * The draft's tokens as the rules and the annotation pass read them (words, their offsets and each sentence's range),
 * worked out once per draft.
 */
import type { DraftContext } from './context';
import type { Tokens } from './model/features';
import { hasEdgeQuote, withoutEdgeQuotes } from './phrases/language';
import { internWords } from './phrases/token-ids';
import type { TokenIds } from './phrases/token-ids';
import { LastMemo } from './last-memo';

/** The words the rules read: token strings with their offsets, and per sentence its token range. */
export interface RuleTokens {
  /** The words, valid until the next draft's are read (`prepare` reads them all before another draft is read). */
  words: string[];
  /** Per word, where it starts and ends in the normalised text (these arrays and `words` may run on past the last word). */
  starts: Int32Array;
  ends: Int32Array;
  /** Per sentence s, its words [from, to) at 2s and 2s + 1 (both 0: none). */
  ranges: Int32Array;
  /** The words' ids (token-ids.ts). */
  ids: TokenIds;
  /**
   * Per word, 1 where it is the apostrophes split off a word's edge (a quotation mark: "'" of "'just"), not a token of
   * the text's own; per sentence, 1 where one of its words starts with an apostrophe (`quoted`).
   */
  edges: Uint8Array;
  quoted: Uint8Array;
}

const read = new LastMemo<Tokens, RuleTokens>();

/**
 * The last draft's words, written over by the next: a new array per draft was the largest thing a long draft
 * allocated (~17 KB at 10,000 characters), and the words are read only while the draft is (`prepare`). A draft of
 * more than KEEP_WORDS words has an array of its own, so a long one does not keep its room for the next.
 */
const KEEP_WORDS = 4096;
let lastWords: string[] = [];

/** `a` with twice the room, its values kept. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * The draft's tokens as the rules read them. An apostrophe at a word's edge is a quotation mark ('just a smack'),
 * so it becomes a token of its own, as a double quotation mark is: phrases match "smack" and can still ask for '.
 * Offsets and ranges go in typed arrays sized up front: a draft of a million one-symbol tokens pushed each onto a
 * growing array before.
 */
export function tokenStrings(draft: DraftContext, tokens: Tokens): RuleTokens {
  const known = read.get(tokens);
  if (known) return known;
  let n = 0;
  // An edge apostrophe adds a word: room for an eighth more, so that most drafts never grow these (growing doubled
  // them, the largest buffers a long draft made after its tokens).
  const room = tokens.count + (tokens.count >> 3) + 16;
  let starts: Int32Array<ArrayBuffer> = new Int32Array(room);
  let ends: Int32Array<ArrayBuffer> = new Int32Array(room);
  let edges = new Uint8Array(room);
  const sentences = draft.sentences.length;
  const ranges = new Int32Array(2 * sentences);
  const quoted = new Uint8Array(sentences);
  const text = draft.text;
  const add = (from: number, to: number, sentence: number, edge: number): void => {
    if (n === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      const wider = new Uint8Array(starts.length);
      wider.set(edges);
      edges = wider;
    }
    if (sentence < sentences) {
      if (ranges[2 * sentence] === 0 && ranges[2 * sentence + 1] === 0) ranges[2 * sentence] = n;
      ranges[2 * sentence + 1] = n + 1;
      if (text.charCodeAt(from) === 39) quoted[sentence] = 1;
    }
    starts[n] = from;
    ends[n] = to;
    edges[n] = edge;
    n++;
  };
  for (let k = 0; k < tokens.count; k++) {
    const start = tokens.start[k] as number;
    const end = tokens.end[k] as number;
    const sentence = tokens.sentence[k] as number;
    // Most words have no apostrophe at either edge: no pair made for them.
    let from = start;
    let to = end;
    if (hasEdgeQuote(text, start, end)) [from, to] = withoutEdgeQuotes(text, start, end);
    if (from > start) add(start, from, sentence, 1);
    add(from, to, sentence, 0);
    if (to < end) add(to, end, sentence, 1);
  }
  // The words themselves come from the token-id table, which holds every word it has met (token-ids.ts).
  if (n <= KEEP_WORDS && n > lastWords.length) lastWords = new Array<string>(Math.min(KEEP_WORDS, Math.max(n, 2 * lastWords.length)));
  const { words, ids } = internWords(draft.text, starts, ends, n, n <= KEEP_WORDS ? lastWords : undefined);
  const done = { words, starts, ends, ranges, ids, edges, quoted };
  read.set(tokens, done);
  return done;
}
