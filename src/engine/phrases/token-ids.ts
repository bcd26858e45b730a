/**
 * Token ids: each distinct token string numbered once, so the indexes that a draft's every token is looked up in
 * (phrase-index.ts) answer from an array by number instead of each hashing the string in a map of its own. The table
 * is bounded: when a list of tokens would take it past its limit it starts again, under a new generation, and ids of
 * an older generation are no longer read (first-index.ts falls back to the string).
 */

const LIMIT = 1 << 15;
let table = new Map<string, number>();
let generation = 0;

/** A list of tokens' ids, and the table's generation they belong to. */
export interface TokenIds {
  readonly generation: number;
  readonly ids: Int32Array;
}

/** The ids of `tokens`, numbered in one go (the table never starts again in the middle of a list). */
export function tokenIds(tokens: readonly string[]): TokenIds {
  if (table.size + tokens.length > LIMIT) {
    table = new Map();
    generation++;
  }
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    let id = table.get(token);
    if (id === undefined) {
      id = table.size;
      table.set(token, id);
    }
    ids[i] = id;
  }
  return { generation, ids };
}

/** The table's generation now: ids of any other are stale. */
export const idGeneration = (): number => generation;
