/**
 * Many compiled phrases behind one trigger index: every phrase is indexed under the words it can start with, and a
 * sentence is read once, token by token, trying only the phrases a token can start.
 */
import { FirstIndex, firstTables, itemsOf, packTables } from './first-index';
import type { First, FirstTables, PackedTables } from './first-index';
import { CAPTURE, readTokens, resetCapture } from './matcher';
import { idGeneration, tokenIds } from './token-ids';
import { follows } from './follow';
import type { Follow } from './follow';
import { holdsValue } from '../sorted';
import type { TokenIds } from './token-ids';
import type { CompiledPhrase } from './matcher';

/** One phrase's match in a sentence: token positions [from, to), and the marked words [hitFrom, hitTo). */
export interface PhraseMatch {
  phrase: number;
  from: number;
  to: number;
  hitFrom: number;
  hitTo: number;
}

/** Counters for tests: how many phrases `scan` has looked at, token by token (it must stay linear in the tokens). */
export const scanStats = { tried: 0 };

const EMPTY: ReadonlySet<string> = new Set();
/** A phrase without needs is in the needs index under nothing (it is never woken, and never needs to be). */
const NO_NEEDS = { words: EMPTY, prefixes: EMPTY, masked: EMPTY, classes: EMPTY };

/**
 * A catalogue's phrases filed for reading: by the words they can start with, and by their needs (needs.ts); which
 * phrases have needs, and which are indexed by their second token (`First.offset`). Worked out from the phrases'
 * first sets (`triggersOf`), or by `npm run rules` for the bundled ones (the generated module).
 */
export interface Triggers {
  /** How many phrases. */
  count: number;
  starts: FirstTables | PackedTables;
  needs: FirstTables | PackedTables;
  /**
   * The phrases that have needs, ascending. Left out of packed triggers (`packTriggers`), where they are the phrases
   * the needs tables file (`itemsOf`).
   */
  needy?: readonly number[];
  /** The phrases indexed by their second token, ascending. */
  second: readonly number[];
}

export function triggersOf(firsts: readonly First[]): Triggers {
  const having = (test: (f: First) => boolean): number[] => firsts.flatMap((f, i) => (test(f) ? [i] : []));
  return {
    count: firsts.length,
    starts: firstTables(firsts),
    needs: firstTables(firsts.map((f) => f.needs ?? NO_NEEDS)),
    needy: having((f) => f.needs !== undefined),
    second: having((f) => (f.offset ?? 0) === 1),
  };
}

/**
 * Triggers in the form the generated module ships (`packTables`: cheaper for a fresh worker to read). The two tables'
 * word strings, two thirds the same words, are written side by side (the starts' last, the needs' first): apart, the
 * second lay beyond deflate's 32 KB window from the first, and the package paid for the same words twice (3 KB).
 * For the same reason the needs' masked words, prefixes and classes come before their words, near the starts' own
 * (0.8 KB).
 */
export function packTriggers(t: Triggers): Triggers {
  const pack = (tables: FirstTables | PackedTables): PackedTables => ('lists' in tables ? tables : packTables(tables));
  const { words, ...rest } = pack(t.starts);
  const { words: needWords, masked, stems, classes, ...needs } = pack(t.needs);
  const { needy, ...kept } = t;
  // Every phrase with needs is filed under them, so the list need not ship (0.4 KB of the package); a phrase whose
  // needs were empty would be filed under nothing and read as having none.
  if (needy && itemsOf(t.needs).join() !== needy.join()) throw new Error('a phrase has needs that no word, prefix or class meets');
  return { ...kept, starts: { ...rest, words }, needs: { masked, stems, classes, words: needWords, ...needs } };
}

/** Many compiled phrases behind one trigger index. */
export class PhraseIndex {
  private readonly index: FirstIndex;
  /** Which phrases' needs (needs.ts) a token meets. */
  private readonly needers: FirstIndex;
  /** 1 where a phrase has needs: it is tried only in a sentence that holds one of them. */
  private readonly needy: Uint8Array;
  private readonly someNeedy: boolean;
  /** 1 where a phrase is indexed by its second token: it is tried from the token before. */
  private readonly offset: Uint8Array;
  /** Per phrase, the last sentence read that holds one of its needs, and where the last of them stands in it. */
  private readonly woken: Uint32Array;
  private readonly lastNeed: Int32Array;
  /** Per phrase, where its last match ended, and in which sentence read (its next match starts there or after). */
  private readonly resume: Int32Array;
  private readonly resumed: Uint32Array;
  /** 1 where a phrase is left out of `scan`: asked about one sentence at a time instead (`holds`). */
  private readonly asked: Uint8Array;
  private sentence = 0;
  /**
   * Per set of phrases left out (`scan`'s `left`: a few per catalogue, one per role and scope), per token id of the
   * table's current generation, the phrases that token can start less those left out: about half of what a token can
   * start is left out, and each was passed over again at every token of every sentence.
   */
  private readonly kept = new WeakMap<Uint8Array, Kept>();
  /** The match `scan` hands to its receiver, rewritten for each: one object per index, not one per match. */
  private readonly match: PhraseMatch = { phrase: 0, from: 0, to: 0, hitFrom: 0, hitTo: 0 };

  /**
   * `triggers`: the phrases' triggers as worked out at build time; without them, from each phrase's `first`.
   * `askedOnly`: phrases `scan` leaves out, whose only question is whether a sentence holds them (`holds`).
   */
  constructor(
    readonly phrases: readonly CompiledPhrase[],
    triggers?: Triggers,
    askedOnly: readonly number[] = [],
  ) {
    const t = triggers ?? triggersOf(phrases.map((p) => p.first ?? fail(p.source)));
    if (t.count !== phrases.length) throw new Error(`triggers for ${t.count} phrases, given ${phrases.length}`);
    this.index = new FirstIndex(t.starts);
    this.needers = new FirstIndex(t.needs);
    this.needy = new Uint8Array(phrases.length);
    const needy = t.needy ?? itemsOf(t.needs);
    for (const i of needy) this.needy[i] = 1;
    this.someNeedy = needy.length > 0;
    this.offset = new Uint8Array(phrases.length);
    for (const i of t.second) this.offset[i] = 1;
    this.woken = new Uint32Array(phrases.length);
    this.lastNeed = new Int32Array(phrases.length);
    this.resume = new Int32Array(phrases.length);
    this.resumed = new Uint32Array(phrases.length);
    this.asked = new Uint8Array(phrases.length);
    for (const i of askedOnly) this.asked[i] = 1;
  }

  /** The phrases a token can start, ascending; by its id (token-ids.ts) when the caller has one. */
  candidates(token: string, id?: number, generation?: number): readonly number[] {
    return id === undefined || generation === undefined ? this.index.candidates(token) : this.index.candidatesById(token, id, generation);
  }

  /**
   * Every phrase's matches in tokens [from, to) (one sentence), left to right; a phrase's next match starts where
   * its last one ended. Calls `each` per match, with a match object that is rewritten for the next: read it, do not
   * keep it. `ids`: the tokens' ids (token-ids.ts), when the caller has them.
   * `left`: 1 for each phrase to leave out (`leftOut`); by default the phrases only ever asked about.
   */
  scan(tokens: readonly string[], from: number, to: number, each: (m: PhraseMatch) => void, ids: TokenIds = tokenIds(tokens), left?: Uint8Array): void {
    readTokens(tokens, to, ids);
    const { generation } = ids;
    const sentence = (this.sentence = (this.sentence + 1) >>> 0 || 1);
    const { needy, woken, lastNeed, resume, resumed } = this;
    const asked = left ?? this.asked;
    let kept = this.kept.get(asked);
    if (!kept) this.kept.set(asked, (kept = { generation, byId: [], after: [] }));
    if (kept.generation !== generation) {
      kept.generation = generation;
      kept.byId = [];
      kept.after = [];
    }
    // Ids of an older table are not kept by (first-index.ts answers for them by their string).
    const current = generation === idGeneration();
    const byId = current ? kept.byId : [];
    const afterById = current ? kept.after : [];
    // An index without needs (an entry's own, lexicon-words.ts: asked of every sentence) has no one to wake.
    for (let pos = this.someNeedy ? from : to; pos < to; pos++) {
      const list = this.needers.candidatesById(tokens[pos] as string, ids.ids[pos] as number, generation);
      for (let i = 0; i < list.length; i++) {
        woken[list[i] as number] = sentence;
        lastNeed[list[i] as number] = pos;
      }
    }
    for (let pos = from; pos < to; pos++) {
      const id = ids.ids[pos] as number;
      let list = byId[id];
      if (list === undefined) {
        list = keptOf(this.candidates(tokens[pos] as string, id, generation), asked);
        byId[id] = list;
        // Written with it, so that `afterById` is as dense as `byId`: written only where a phrase was tried, it
        // turned sparse, and V8 kept it as a dictionary, hashed at every token of every draft.
        afterById[id] = undefined;
      }
      // Made when a phrase of the list is first about to be tried here: most lists' phrases are never woken.
      let after = afterById[id];
      const next = pos + 1 < to ? tokens[pos + 1] : undefined;
      scanStats.tried += list.length;
      for (let c = 0; c < list.length; c++) {
        const phrase = list[c] as number;
        if (needy[phrase] === 1 && woken[phrase] !== sentence) continue;
        const compiled = this.phrases[phrase] as CompiledPhrase;
        // A phrase indexed by its second token is tried from the token before.
        const start = pos - (this.offset[phrase] as number);
        if (start < from || (resumed[phrase] === sentence && (resume[phrase] as number) > start)) continue;
        // A match holds one of its needs, so none can start after the last of them.
        if (needy[phrase] === 1 && (lastNeed[phrase] as number) < start) continue;
        // What may follow this token in a match (follow.ts): worked out once the phrase has been tried here a few
        // times, so that the tokens of a fresh worker's first drafts, most of them tried once or twice, cost nothing.
        after ??= afterById[id] = new Array<Follow | number | null>(list.length).fill(0);
        let f = after[c] as Follow | number | null;
        if (typeof f === 'number') after[c] = f = f < TRIES_BEFORE_FOLLOW ? f + 1 : (compiled.follow?.(tokens[pos] as string, this.offset[phrase] as number) ?? null);
        if (f !== null && typeof f !== 'number' && !follows(f, next)) continue;
        resetCapture();
        const end = compiled.run(start);
        if (end <= start) continue;
        resume[phrase] = end;
        resumed[phrase] = sentence;
        // The marked words read where they are, not copied out as a pair per match.
        const hitFrom = CAPTURE[0] as number;
        const hitTo = CAPTURE[1] as number;
        const match = this.match;
        match.phrase = phrase;
        match.from = start;
        match.to = end;
        match.hitFrom = hitFrom >= 0 ? hitFrom : start;
        match.hitTo = hitTo >= 0 ? hitTo : end;
        each(match);
      }
    }
  }

  /** What `scan` leaves out when told to leave out `phrases` too: 1 per phrase left out. */
  leftOut(phrases: Iterable<number>): Uint8Array {
    const left = this.asked.slice();
    for (const p of phrases) left[p] = 1;
    return left;
  }

  /**
   * Whether tokens [from, to) (one sentence) hold a match of one phrase: the phrase is tried where `scan` would try
   * it (at the tokens that can start it, in a sentence that holds one of its needs) and the first match answers. A
   * rule's guard phrases are asked this only of a sentence where the rule has a hit, so most drafts try none of them.
   */
  holds(phrase: number, tokens: readonly string[], from: number, to: number, ids: TokenIds): boolean {
    readTokens(tokens, to, ids);
    const { generation } = ids;
    if (this.needy[phrase] === 1) {
      let woken = false;
      for (let pos = from; pos < to && !woken; pos++) woken = holdsValue(this.needers.candidatesById(tokens[pos] as string, ids.ids[pos] as number, generation), phrase);
      if (!woken) return false;
    }
    const compiled = this.phrases[phrase] as CompiledPhrase;
    const offset = this.offset[phrase] as number;
    for (let pos = from; pos < to; pos++) {
      const start = pos - offset;
      if (start < from || !holdsValue(this.candidates(tokens[pos] as string, ids.ids[pos] as number, generation), phrase)) continue;
      resetCapture();
      if (compiled.run(start) > start) return true;
    }
    return false;
  }
}

const NONE_KEPT: readonly number[] = [];
/** How many tries of a phrase at a token before what may follow it there is worked out (follow.ts). */
export const TRIES_BEFORE_FOLLOW = 4;

/**
 * Per token id, the phrases that token can start less those left out (`keptOf`), and per such phrase what may follow
 * the token in a match: how many times it was tried there, up to TRIES_BEFORE_FOLLOW, then what follow.ts says (null:
 * anything).
 */
interface Kept {
  generation: number;
  byId: (readonly number[] | undefined)[];
  after: ((Follow | number | null)[] | undefined)[];
}

/** The phrases of `list` not left out: `list` itself when none is, one shared empty list when all are. */
function keptOf(list: readonly number[], left: Uint8Array): readonly number[] {
  let n = 0;
  for (let i = 0; i < list.length; i++) if (left[list[i] as number] !== 1) n++;
  if (n === list.length) return list;
  if (n === 0) return NONE_KEPT;
  const out = new Array<number>(n);
  n = 0;
  for (let i = 0; i < list.length; i++) if (left[list[i] as number] !== 1) out[n++] = list[i] as number;
  return out;
}

function fail(source: string): never {
  throw new Error(`"${source}" was compiled without its trigger words, and none were given for it`);
}
