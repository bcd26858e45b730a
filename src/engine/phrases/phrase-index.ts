/**
 * Many compiled phrases behind one trigger index: every phrase is indexed under the words it can start with, and a
 * sentence is read once, token by token, trying only the phrases a token can start.
 */
import { CLASSES } from './classes';
import { captured, readTokens } from './matcher';
import type { CompiledPhrase } from './matcher';
import { maskedForm } from './trie';

/** One phrase's match in a sentence: token positions [from, to), and the marked words [hitFrom, hitTo). */
export interface PhraseMatch {
  phrase: number;
  from: number;
  to: number;
  hitFrom: number;
  hitTo: number;
}

/** Most distinct tokens whose candidate phrases are remembered (cleared when full, so memory stays bounded). */
const CACHE_LIMIT = 4096;

/** Many compiled phrases behind one trigger index. */
export class PhraseIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly stemLengths: number[];
  private readonly classes: [test: (t: string) => boolean, phrases: number[]][] = [];
  private readonly masked: [word: string, phrase: number][] = [];
  private readonly cache = new Map<string, readonly number[]>();

  constructor(readonly phrases: readonly CompiledPhrase[]) {
    const lengths = new Set<number>();
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    const byClass = new Map<string, number[]>();
    phrases.forEach((p, i) => {
      for (const w of p.first.words) add(this.exact, w, i);
      for (const w of p.first.masked) {
        add(this.exact, w, i);
        this.masked.push([w, i]);
      }
      for (const s of p.first.prefixes) {
        add(this.stems, s, i);
        lengths.add(s.length);
      }
      for (const c of p.first.classes) add(byClass, c, i);
    });
    this.stemLengths = [...lengths].sort((a, b) => a - b);
    for (const [name, list] of byClass) this.classes.push([CLASSES[name] as (t: string) => boolean, list]);
  }

  /** The phrases a token can start, ascending. */
  candidates(token: string): readonly number[] {
    const known = this.cache.get(token);
    if (known) return known;
    const out = new Set<number>(this.exact.get(token));
    for (const length of this.stemLengths) {
      if (token.length < length) break;
      for (const i of this.stems.get(token.slice(0, length)) ?? []) out.add(i);
    }
    for (const [test, list] of this.classes) if (test(token)) for (const i of list) out.add(i);
    if (token.includes('*')) for (const [word, i] of this.masked) if (maskedForm(token, word)) out.add(i);
    const list = [...out].sort((a, b) => a - b);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, list);
    return list;
  }

  /**
   * Every phrase's matches in tokens [from, to) (one sentence), left to right; a phrase's next match starts where
   * its last one ended. Calls `each` per match.
   */
  scan(tokens: readonly string[], from: number, to: number, each: (m: PhraseMatch) => void): void {
    readTokens(tokens, to);
    const resume = new Map<number, number>();
    for (let pos = from; pos < to; pos++) {
      const list = this.candidates(tokens[pos] as string);
      for (let c = 0; c < list.length; c++) {
        const phrase = list[c] as number;
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

