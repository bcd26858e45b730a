/**
 * The draft state compiled phrases read (matcher.ts, entry-ends.ts): the tokens of the draft being read, their ids,
 * the marked words of the last match, and the lists an entry's matches record their ends in. One draft at a time.
 */
import type { TokenIds } from './token-ids';
import { NONE } from './trie';

/** Tries a phrase (or what is left of it) at a token position; the end position (exclusive) or -1. */
export type Step = (pos: number) => number;
/** Every position a match can end at from a position, ascending. */
export type Ends = (pos: number) => readonly number[];

/** The token state a match reads: set by `scan` before any phrase runs (one draft at a time). */
export let TOKENS: readonly string[] = [];
/** The tokens' ids (token-ids.ts): an entry's options are looked up by number, not by hashing the token again. */
export let IDS: TokenIds = { generation: -1, ids: new Int32Array(0) };
export let LIMIT = 0;
/** Bumped whenever the tokens change, so what an entry remembered about the last ones is dropped. */
let GENERATION = 0;
export const CAPTURE = [-1, -1];
export const accept: Step = (pos) => pos;
/**
 * The ends the entries being read record, every open list's in one buffer kept between readings, innermost last: a
 * fresh array per list, copied and grown at its first push, was about a tenth of what a long draft allocated.
 */
let ENDS = new Int32Array(64);
let endsTop = 0;
/** Where each open list starts in ENDS, innermost last. */
const OPEN: number[] = [];

function addEnd(pos: number): void {
  for (let k = OPEN[OPEN.length - 1] as number; k < endsTop; k++) if (ENDS[k] === pos) return;
  if (endsTop === ENDS.length) {
    const grown = new Int32Array(2 * ENDS.length);
    grown.set(ENDS);
    ENDS = grown;
  }
  ENDS[endsTop++] = pos;
}

/** Records an end in the innermost open list and fails, so that every way an entry can match is tried. */
export const collect: Step = (pos) => {
  if (OPEN.length > 0) addEnd(pos);
  return -1;
};

/** Opens a list of ends for an entry's matches to record, holding `first` to begin with. */
export function openEnds(first: readonly number[]): void {
  OPEN.push(endsTop);
  for (let i = 0; i < first.length; i++) addEnd(first[i] as number);
}

/**
 * Closes the innermost list: its ends ascending, NONE when none, and `same` itself when they are its ends (most
 * lists gain none), else a copy of their own length.
 */
export function closeEnds(same: readonly number[]): readonly number[] {
  const from = OPEN.pop() as number;
  const n = endsTop - from;
  endsTop = from;
  // A handful of ends: sorted in place.
  for (let i = from + 1; i < from + n; i++) {
    const x = ENDS[i] as number;
    let j = i - 1;
    for (; j >= from && (ENDS[j] as number) > x; j--) ENDS[j + 1] = ENDS[j] as number;
    ENDS[j + 1] = x;
  }
  if (n === 0) return NONE;
  let equal = n === same.length;
  for (let i = 0; i < n && equal; i++) equal = ENDS[from + i] === same[i];
  if (equal) return same;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = ENDS[from + i] as number;
  return out;
}

/** How many positions' ends an entry remembers at once (a power of two). */
const MEMO_SLOTS = 32;

/**
 * The ends every entry's memo keeps in this reading, each memo's at the indexes its slots name: `readTokens` lets go
 * of them, so a young collection does not copy the lists of readings past (sentences, drafts) that the memos of
 * hundreds of entries would otherwise hold until their slots are reused.
 */
const KEPT: (readonly number[])[] = [];
let keptCount = 0;

/**
 * An entry's ends remembered, by position modulo MEMO_SLOTS, each with the reading and position it is for: several
 * rules' phrases often start with the same entry at the same word, a sentence's positions rarely share a slot, and
 * a reading starts with nothing to clear in the memo itself. The ends are in KEPT, not the memo.
 */
export class EndsMemo {
  private readonly readings = new Float64Array(MEMO_SLOTS).fill(-1);
  private readonly positions = new Int32Array(MEMO_SLOTS);
  /** Where in KEPT a slot's ends are. */
  private readonly kept = new Int32Array(MEMO_SLOTS);

  /** The ends remembered at a position of this reading, or undefined. */
  at(pos: number): readonly number[] | undefined {
    const slot = pos & (MEMO_SLOTS - 1);
    return this.readings[slot] === GENERATION && this.positions[slot] === pos ? KEPT[this.kept[slot] as number] : undefined;
  }

  keep(pos: number, ends: readonly number[]): readonly number[] {
    const slot = pos & (MEMO_SLOTS - 1);
    // A slot reused in the same reading reuses its place in KEPT, which so stays within MEMO_SLOTS per entry.
    if (this.readings[slot] !== GENERATION) {
      this.readings[slot] = GENERATION;
      this.kept[slot] = keptCount++;
    }
    this.positions[slot] = pos;
    KEPT[this.kept[slot] as number] = ends;
    return ends;
  }
}

/** Sets the tokens the compiled phrases read: `scan` calls it before trying any phrase (one draft at a time). */
export function readTokens(tokens: readonly string[], limit: number, ids: TokenIds): void {
  for (let i = 0; i < keptCount; i++) KEPT[i] = NONE;
  keptCount = 0;
  TOKENS = tokens;
  IDS = ids;
  LIMIT = limit;
  GENERATION++;
}

/** Forgets the marked words of the last match tried: `scan` calls it before trying a phrase. */
export function resetCapture(): void {
  CAPTURE[0] = -1;
  CAPTURE[1] = -1;
}

