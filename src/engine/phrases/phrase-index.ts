/**
 * Many compiled phrases behind one trigger index: every phrase is indexed under the words it can start with, and a
 * sentence is read once, token by token, trying only the phrases a token can start.
 */
import { FirstIndex } from './first-index';
import { captured, readTokens } from './matcher';
import { tokenIds } from './token-ids';
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

const EMPTY: ReadonlySet<string> = new Set();
/** A phrase without needs is in the needs index under nothing (it is never woken, and never needs to be). */
const NO_NEEDS = { words: EMPTY, prefixes: EMPTY, masked: EMPTY };

/** Many compiled phrases behind one trigger index. */
export class PhraseIndex {
  private readonly index: FirstIndex;
  /** Which phrases' needs (needs.ts) a token meets. */
  private readonly needers: FirstIndex;
  /** 1 where a phrase has needs: it is tried only in a sentence that holds one of them. */
  private readonly needy: Uint8Array;
  /** Per phrase, the last sentence read that holds one of its needs. */
  private readonly woken: Uint32Array;
  private sentence = 0;

  constructor(readonly phrases: readonly CompiledPhrase[]) {
    this.index = new FirstIndex(phrases.map((p) => p.first));
    this.needy = new Uint8Array(phrases.map((p) => (p.first.needs ? 1 : 0)));
    this.woken = new Uint32Array(phrases.length);
    this.needers = new FirstIndex(phrases.map((p) => ({ classes: EMPTY, ...(p.first.needs ?? NO_NEEDS) })));
  }

  /** The phrases a token can start, ascending; by its id (token-ids.ts) when the caller has one. */
  candidates(token: string, id?: number, generation?: number): readonly number[] {
    return id === undefined || generation === undefined ? this.index.candidates(token) : this.index.candidatesById(token, id, generation);
  }

  /**
   * Every phrase's matches in tokens [from, to) (one sentence), left to right; a phrase's next match starts where
   * its last one ended. Calls `each` per match. `ids`: the tokens' ids (token-ids.ts), when the caller has them.
   */
  scan(tokens: readonly string[], from: number, to: number, each: (m: PhraseMatch) => void, ids: TokenIds = tokenIds(tokens)): void {
    readTokens(tokens, to);
    const { generation } = ids;
    const resume = new Map<number, number>();
    const sentence = (this.sentence = (this.sentence + 1) >>> 0 || 1);
    const { needy, woken } = this;
    for (let pos = from; pos < to; pos++) {
      const list = this.needers.candidatesById(tokens[pos] as string, ids.ids[pos] as number, generation);
      for (let i = 0; i < list.length; i++) woken[list[i] as number] = sentence;
    }
    for (let pos = from; pos < to; pos++) {
      const list = this.candidates(tokens[pos] as string, ids.ids[pos] as number, generation);
      for (let c = 0; c < list.length; c++) {
        const phrase = list[c] as number;
        if (needy[phrase] === 1 && woken[phrase] !== sentence) continue;
        const compiled = this.phrases[phrase] as CompiledPhrase;
        // A phrase indexed by its second token is tried from the token before.
        const start = pos - (compiled.first.offset ?? 0);
        if (start < from || (resume.get(phrase) ?? 0) > start) continue;
        captured(true);
        const end = compiled.run(start);
        if (end <= start) continue;
        resume.set(phrase, end);
        const [hitFrom, hitTo] = captured();
        each({ phrase, from: start, to: end, hitFrom: hitFrom >= 0 ? hitFrom : start, hitTo: hitTo >= 0 ? hitTo : end });
      }
    }
  }
}

