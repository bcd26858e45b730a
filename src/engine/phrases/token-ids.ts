/**
 * Token ids: each distinct token string numbered once, so the indexes that a draft's every token is looked up in
 * (phrase-index.ts) answer from an array by number instead of each hashing the string in a map of its own. The table
 * is bounded: when a list of tokens may take it past its limit it starts again, under a new generation, and ids of
 * an older generation are no longer read (first-index.ts falls back to the string). Room is kept for at most
 * RESERVE new words: a long draft repeats most of its words (a 100,000-character draft holds some 18,000 tokens and
 * a sixth as many distinct words), and asking room for every one of its tokens started the table again, and every
 * index's answers by id with it, at each long draft once the table held some 14,000 words. A list that brings more
 * new words than that grows the table as it goes, its ids unchanged: however many distinct words a draft holds, each
 * gets an id (with room for only twice the limit, 70,000 distinct numbers pasted in one draft hung the engine).
 *
 * The table keeps each string it numbers, and a draft's words are read into it straight from the draft's text
 * (`internWords`): a word met before is given the very string kept for it, not a new slice of the text. No string is
 * made for it, and the string the rules then read has its hash worked out already, wherever it is looked up next.
 */

import { hashRange } from '../fnv';

const LIMIT = 1 << 15;
const RESERVE = LIMIT >> 3;
/** Open addressing, at most half full: twice the limit, a power of two; more while a list needs more. */
const SLOTS = LIMIT << 1;
/** Per slot, the id held there + 1 (0: empty). */
let slots = new Int32Array(SLOTS);
let mask = SLOTS - 1;
/** Per id, its string. */
let names: string[] = [];
let generation = 0;

/** A list of tokens' ids, and the table's generation they belong to. */
export interface TokenIds {
  readonly generation: number;
  readonly ids: Int32Array;
}

/** Room for a list of `count` tokens, starting the table again if there is not (never in the middle of a list). */
function makeRoom(count: number): void {
  if (names.length + Math.min(count, RESERVE) <= LIMIT) return;
  if (slots.length === SLOTS) slots.fill(0);
  else slots = new Int32Array(SLOTS);
  mask = SLOTS - 1;
  names = [];
  generation++;
}

/** text[from, to)'s hash, folded to a slot. */
function slotOf(text: string, from: number, to: number): number {
  const h = hashRange(text, from, to);
  return (h ^ (h >>> 16)) & mask;
}

/** Twice the slots, every id where it was: for a list that brings more new words than the table has room for. */
function grow(): void {
  slots = new Int32Array(2 * slots.length);
  mask = slots.length - 1;
  for (let id = 0; id < names.length; id++) {
    const name = names[id] as string;
    let s = slotOf(name, 0, name.length);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }
}

/** Whether `name` is text[from, to). */
function same(name: string, text: string, from: number, to: number): boolean {
  if (name.length !== to - from) return false;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** The id of text[from, to), numbered now if new (the caller has made room; the slots stay at most half full). */
function idOfRange(text: string, from: number, to: number): number {
  if (2 * names.length >= slots.length) grow();
  for (let s = slotOf(text, from, to); ; s = (s + 1) & mask) {
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
 * the same words, without making a string for a word the table holds. `into`: an array to write them into (it may
 * hold more than `count`); by default, a new one.
 */
export function internWords(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  into?: string[],
): { words: string[]; ids: TokenIds } {
  makeRoom(count);
  const words: string[] = into ?? new Array<string>(count);
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
