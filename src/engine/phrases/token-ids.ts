/**
 * Token ids: each distinct token string numbered once, so the indexes that a draft's every token is looked up in
 * (phrase-index.ts) answer from an array by number instead of each hashing the string in a map of its own. The table
 * is bounded: when a list of tokens would take it past its limit it starts again, under a new generation, and ids of
 * an older generation are no longer read (first-index.ts falls back to the string).
 *
 * The table keeps each string it numbers, and a draft's words are read into it straight from the draft's text
 * (`internWords`): a word met before is given the very string kept for it, not a new slice of the text. No string is
 * made for it, and the string the rules then read has its hash worked out already, wherever it is looked up next.
 */

import { hashRange } from '../fnv';

const LIMIT = 1 << 15;
/** Open addressing, at most half full: twice the limit, a power of two. */
const SLOTS = LIMIT << 1;
const MASK = SLOTS - 1;
/** Per slot, the id held there + 1 (0: empty). */
const slots = new Int32Array(SLOTS);
/** Per id, its string. */
let names: string[] = [];
let generation = 0;

/** A list of tokens' ids, and the table's generation they belong to. */
export interface TokenIds {
  readonly generation: number;
  readonly ids: Int32Array;
}

/** Room for `count` more ids, starting the table again if there is not (never in the middle of a list). */
function makeRoom(count: number): void {
  if (names.length + count <= LIMIT) return;
  slots.fill(0);
  names = [];
  generation++;
}

/** text[from, to)'s hash, folded to a slot. */
function slotOf(text: string, from: number, to: number): number {
  const h = hashRange(text, from, to);
  return (h ^ (h >>> 16)) & MASK;
}

/** Whether `name` is text[from, to). */
function same(name: string, text: string, from: number, to: number): boolean {
  if (name.length !== to - from) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** The id of text[from, to), numbered now if new (the caller has made room). */
function idOfRange(text: string, from: number, to: number): number {
  for (let s = slotOf(text, from, to); ; s = (s + 1) & MASK) {
    const held = slots[s] as number;
    if (held === 0) {
      const id = names.length;
      names.push(from === 0 && to === text.length ? text : text.slice(from, to));
      slots[s] = id + 1;
      return id;
    }
    if (same(names[held - 1] as string, text, from, to)) return held - 1;
  }
}

/** The ids of `tokens`, numbered in one go. */
export function tokenIds(tokens: readonly string[]): TokenIds {
  makeRoom(tokens.length);
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    ids[i] = idOfRange(token, 0, token.length);
  }
  return { generation, ids };
}

/**
 * The words text[starts[i], ends[i]) for i < count, each as the table's own string, with their ids: `tokenIds` of
 * the same words, without making a string for a word the table holds.
 */
export function internWords(text: string, starts: Int32Array, ends: Int32Array, count: number): { words: string[]; ids: TokenIds } {
  makeRoom(count);
  const words: string[] = new Array<string>(count);
  const ids = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const id = idOfRange(text, starts[i] as number, ends[i] as number);
    ids[i] = id;
    words[i] = names[id] as string;
  }
  return { words, ids: { generation, ids } };
}

/** The table's generation now: ids of any other are stale. */
export const idGeneration = (): number => generation;
