import { describe, expect, it } from 'vitest';
import { literalTokens, parsePhrase, PhraseError, showPhrase } from '../../src/engine/phrases/language';
import { PhraseCompiler } from '../../src/engine/phrases/matcher';
import { closeEnds, collect, EndsMemo, openEnds, readTokens } from '../../src/engine/phrases/reading';
import { NONE } from '../../src/engine/phrases/trie';
import { packTriggers, PhraseIndex, scanStats, triggersOf } from '../../src/engine/phrases/phrase-index';
import type { Triggers } from '../../src/engine/phrases/phrase-index';
import { idGeneration, tokenIds } from '../../src/engine/phrases/token-ids';
import type { CompiledPhrase, First, Lexicon } from '../../src/engine/phrases/matcher';

const LEXICON: Lexicon = {
  GROUP: [
    { singular: 'somali', plural: 'somalis', adjective: 'somali' },
    { singular: 'pole', plural: 'poles', adjective: 'polish' },
  ],
  VICTIM: ['him', 'her', 'that {GROUP:singular}'],
};

/** The words each phrase finds in a sentence, as "phrase: words". */
function find(phrases: string[], sentence: string, lexicon: Lexicon = LEXICON): string[] {
  const compiler = new PhraseCompiler(lexicon);
  const index = new PhraseIndex(phrases.map((p) => compiler.compile(p)));
  const tokens = literalTokens(sentence);
  const out: string[] = [];
  index.scan(tokens, 0, tokens.length, (m) => out.push(`${phrases[m.phrase]}: ${tokens.slice(m.hitFrom, m.hitTo).join(' ')}`));
  return out;
}

/** An index over `compiled` that counts each phrase's runs, and what it finds in one sentence ("phrase: words"). */
function countingIndex(compiled: readonly CompiledPhrase[]): { runs: number[]; read: (sentence: string) => string[] } {
  const runs = compiled.map(() => 0);
  const counted = compiled.map((c, i) => ({ ...c, run: (pos: number) => ((runs[i] = (runs[i] ?? 0) + 1), c.run(pos)) }));
  const index = new PhraseIndex(counted);
  const read = (sentence: string): string[] => {
    const tokens = literalTokens(sentence);
    const out: string[] = [];
    index.scan(tokens, 0, tokens.length, (m) => out.push(`${m.phrase}: ${tokens.slice(m.hitFrom, m.hitTo).join(' ')}`));
    return out;
  };
  return { runs, read };
}

describe('the phrase language', () => {
  it('splits words and symbols as drafts are split', () => {
    expect(literalTokens("i'll post the head-teacher's pics 👇👇 now!!")).toEqual(["i'll", 'post', 'the', 'head', '-', "teacher's", 'pics', '👇👇', 'now', '!!']);
  });

  it('reads back what it parsed', () => {
    expect(showPhrase(parsePhrase('(deck | knock  out) {VICTIM} [right] ..2 <now> !(then)'))).toBe('(deck | knock out) {VICTIM} [right] ..2 <now> !(then)');
  });

  it('reads alternatives of plain words as it reads any alternatives', () => {
    const words = (...ws: string[]) => ws.map((w) => ({ k: 'word', w }));
    expect(parsePhrase("( is | has  been |he's)x")).toEqual([{ k: 'alt', options: [words('is'), words('has', 'been'), words("he's")] }, ...words('x')]);
    // Not plain (a prefix, a slot), the same nodes the general way.
    expect(parsePhrase('(is | kill*)')).toEqual([{ k: 'alt', options: [words('is'), [{ k: 'prefix', p: 'kill' }]] }]);
    expect(parsePhrase('(is | {GROUP})')).toEqual([{ k: 'alt', options: [words('is'), [{ k: 'slot', name: 'GROUP' }]] }]);
  });

  it('says where a phrase is wrong', () => {
    const error = (p: string): string => {
      try {
        parsePhrase(p);
      } catch (e) {
        expect(e).toBeInstanceOf(PhraseError);
        return (e as Error).message;
      }
      return 'parsed';
    };
    expect(error('kill (him | her')).toBe('missing ")" at column 16 of "kill (him | her"');
    expect(error('kill ..9 him')).toMatch(/is not a gap|a gap is/);
    expect(error('Kill him')).toMatch(/has capitals/);
    expect(error('ki* him')).toMatch(/too short/);
    expect(error('kill < him')).toMatch(/"<" without ">"/);
    expect(error('kill (him |) now')).toMatch(/an empty alternative/);
  });
});

describe('matching phrases on tokens', () => {
  it('finds words, prefixes, options and gaps, marking the words to point at', () => {
    expect(find(['kill* {VICTIM}'], 'i will killing him')).toEqual(['kill* {VICTIM}: killing him']);
    expect(find(['<punch> [him] ..3 face'], 'punch him right in the face')).toEqual(['<punch> [him] ..3 face: punch']);
    expect(find(['punch ..1 face'], 'punch him right in the face')).toEqual([]);
  });

  it('reads every form of a lexicon entry, or the one named', () => {
    expect(find(['{GROUP} are parasites'], 'somalis are parasites')).toEqual(['{GROUP} are parasites: somalis are parasites']);
    expect(find(['{GROUP} are parasites'], 'polish are parasites')).toHaveLength(1);
    expect(find(['{GROUP:plural} are parasites'], 'somali are parasites')).toEqual([]);
    expect(find(['hit {VICTIM}'], 'hit that pole')).toHaveLength(1);
  });

  it('honours "not followed by"', () => {
    expect(find(['hit {VICTIM} !(up | back)'], 'i will hit him up later')).toEqual([]);
    expect(find(['hit {VICTIM} !(up | back)'], 'i will hit him hard')).toHaveLength(1);
  });

  it('finds a word written with masked letters, where asked', () => {
    expect(find(['you wanker~'], 'you w*nker')).toHaveLength(1);
    expect(find(['you wanker~'], 'you w****r')).toHaveLength(1);
    expect(find(['you wanker~'], 'you wanker')).toHaveLength(1);
    expect(find(['you wanker'], 'you w*nker')).toEqual([]);
    expect(find(['you wanker~'], 'you *anker')).toEqual([]);
  });

  it('matches whole tokens only', () => {
    expect(find(['her'], 'here there hers')).toEqual([]);
    expect(find(['{NUMBER} points'], 'y6 got 20 points')).toEqual(['{NUMBER} points: 20 points']);
  });

  it('refuses unknown names and unsafe phrases', () => {
    const compiler = new PhraseCompiler(LEXICON);
    expect(() => compiler.compile('{NOPE} x')).toThrow(/neither a lexicon entry nor a class/);
    expect(() => compiler.compile('_ him')).toThrow(/must start with a word/);
    expect(() => compiler.compile('[him]')).toThrow(/can match nothing/);
    expect(() => compiler.compile('a ..2 b ..2 c ..2 d')).toThrow(/more than two gaps/);
    expect(() => compiler.compile('{GROUP:colour} x')).toThrow(/no item of GROUP has a "colour" form/);
  });

  it('reads a long single word and long text in time linear in their length (steps counted, not timed)', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = ['kill* ..3 {VICTIM}', 'somal* ..2 are'];
    const index = new PhraseIndex(phrases.map((p) => compiler.compile(p)));
    const counting = (tokens: string[]): number => {
      const before = scanStats.tried;
      index.scan(tokens, 0, tokens.length, () => undefined);
      return scanStats.tried - before;
    };
    const small = counting(literalTokens('killing '.repeat(1000)));
    const large = counting(literalTokens('killing '.repeat(10000)));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small * 10);
    expect(counting(literalTokens('k'.repeat(100000)))).toBe(0);
  });

  it('finds the same matches by token id after the id table starts again, and with ids from before it did', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = ['kill* ..3 {VICTIM}', 'somal* ..2 are'];
    const index = new PhraseIndex(phrases.map((p) => compiler.compile(p)));
    const read = (sentence: string, ids?: ReturnType<typeof tokenIds>): string[] => {
      const tokens = literalTokens(sentence);
      const out: string[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(`${m.phrase}: ${tokens.slice(m.hitFrom, m.hitTo).join(' ')}`), ids);
      return out;
    };
    const first = 'i will kill him today';
    const second = 'somalis are lovely and we are too';
    expect(read(first)).toEqual(['0: kill him']);
    const stale = tokenIds(literalTokens(first));
    const before = idGeneration();
    // Enough new words to fill the table (one list past its limit grows it), and a list after them: it starts again,
    // so ids are handed out from 0 once more, and the second sentence's words get the numbers the first one's had.
    for (const round of [0, 1]) tokenIds(Array.from({ length: 40_000 }, (_, i) => `filler${round}-${i}`));
    expect(idGeneration()).toBeGreaterThan(before);
    expect(read(second)).toEqual(['1: somalis are']);
    expect(read(first, stale)).toEqual(['0: kill him']);
    expect(read(first)).toEqual(['0: kill him']);
  });

  it('numbers every distinct word of a list, however many it holds, the same word alike', () => {
    // More distinct words than the table keeps room for (a pasted column of 70,000 numbers) once hung the engine.
    const words = Array.from({ length: 70_000 }, (_, i) => String(i));
    const { ids } = tokenIds([...words, ...words.slice(0, 100)]);
    expect(new Set(ids.subarray(0, 70_000)).size).toBe(70_000);
    expect([...ids.subarray(70_000)]).toEqual([...ids.subarray(0, 100)]);
  });

  it('finds the same matches with the trigger words as the generated module ships them, and none for the names every object holds', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = ['kill* ..3 {VICTIM}', 'somal* ..2 are', 'hit {VICTIM}', 'constructor ..2 said'];
    const compiled = phrases.map((p) => compiler.compile(p));
    // As the generated module holds them: packed, then written out and read back as JSON.
    const shipped = JSON.parse(JSON.stringify(packTriggers(triggersOf(compiled.map((c) => c.first))))) as Triggers;
    const plain = new PhraseIndex(compiled);
    const packed = new PhraseIndex(phrases.map((p) => compiler.lazy(p)), shipped);
    const read = (index: PhraseIndex, sentence: string): string[] => {
      const tokens = literalTokens(sentence);
      const out: string[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(`${m.phrase}: ${tokens.slice(m.hitFrom, m.hitTo).join(' ')}`));
      return out;
    };
    for (const sentence of ['i will kill him and hit that somali', 'somalis are here', 'constructor of a said', 'valueof tostring hasownproperty']) {
      expect(read(packed, sentence)).toEqual(read(plain, sentence));
    }
    expect(read(packed, 'the constructor said so')).toEqual(['3: constructor said']);
    for (const key of ['__proto__', 'valueOf', 'hasOwnProperty', 'toString']) expect(packed.candidates(key)).toEqual([]);
  });

  it('ships which phrases have needs as the phrases the needs tables file, and refuses a phrase whose needs nothing meets', () => {
    const none = { words: [], masked: [], prefixes: [], classes: [] };
    const first = (words: string[], needs?: string[]): First => ({ ...none, words, ...(needs ? { needs: { ...none, words: needs } } : {}) });
    const triggers = triggersOf([first(['kill'], ['him']), first(['hit']), first(['stab'], ['teacher', 'head'])]);
    expect(triggers.needy).toEqual([0, 2]);
    const shipped = JSON.parse(JSON.stringify(packTriggers(triggers))) as Triggers;
    expect(shipped.needy).toBeUndefined();
    // As shipped, "kill" is tried only in a sentence that holds "him"; "hit" wherever it stands.
    const index = new PhraseIndex([first(['kill'], ['him']), first(['hit']), first(['stab'], ['teacher', 'head'])].map((f, i) => ({ ...new PhraseCompiler(LEXICON).compile(['kill', 'hit', 'stab'][i] as string), first: f })), shipped);
    const read = (sentence: string): number[] => {
      const tokens = literalTokens(sentence);
      const out: number[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(m.phrase));
      return out;
    };
    expect(read('kill it and hit it')).toEqual([1]);
    expect(read('kill him')).toEqual([0]);
    expect(read('stab the head')).toEqual([2]);
    expect(() => packTriggers(triggersOf([first(['kill'], [])]))).toThrow(/needs that no word/);
  });

  it('finds the same matches with an entry compiled alone (no needs, its steps built on first reach)', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const read = (index: PhraseIndex, sentence: string): string[] => {
      const tokens = literalTokens(sentence);
      const out: string[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(tokens.slice(m.from, m.to).join(' ')));
      return out;
    };
    for (const phrase of ['{VICTIM}', 'hit {VICTIM}', 'kill* ..3 {VICTIM}']) {
      const whole = new PhraseIndex([compiler.compile(phrase)]);
      const alone = new PhraseIndex([new PhraseCompiler(LEXICON).compile(phrase, { alone: true })]);
      expect(alone.phrases[0]?.first?.needs).toBeUndefined();
      for (const sentence of ['nothing to see here', 'hit that somali again', 'i will kill him and hit her', 'killing the somalis']) {
        expect(read(alone, sentence)).toEqual(read(whole, sentence));
      }
    }
    expect(read(new PhraseIndex([compiler.compile('hit {VICTIM}', { alone: true })]), 'hit that somali again')).toEqual(['hit that somali']);
  });

  it('finds the same matches with a long entry built by first word, as the build files its items', () => {
    // Items sharing a first word, ending where others end, starting with a prefix or a class, or with another entry.
    const lexicon: Lexicon = {
      ...LEXICON,
      BAD: ['awful', 'so awful', 'so (bad | awful) [really]', 'so bad {VICTIM}', 'terri*', '{NUMBER} times worse', '{VICTIM} again', 'not good', 'not [very] good at all', 'utterly _'],
    };
    const starts = new PhraseCompiler(lexicon).itemStarts();
    expect(starts.BAD?.[4]).toBeNull();
    expect(starts.BAD?.[6]).toEqual(['him', 'her', 'that']);
    const phrases = ['{BAD}', 'is {BAD} today', 'hit {VICTIM}'];
    const eager = new PhraseCompiler(lexicon);
    const plain = new PhraseIndex(phrases.map((p) => eager.compile(p)));
    const byWord = new PhraseCompiler(lexicon, starts);
    const lazy = new PhraseIndex(phrases.map((p) => byWord.lazy(p)), triggersOf(plain.phrases.map((p) => p.first as First)));
    const read = (index: PhraseIndex, sentence: string): string[] => {
      const tokens = literalTokens(sentence);
      const out: string[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(`${m.phrase}: ${tokens.slice(m.from, m.to).join(' ')}`));
      return out;
    };
    for (const sentence of [
      'it is so bad really today',
      'is so awful today and so bad him',
      'is terrible today, 3 times worse than that somali again',
      'is not very good at all today',
      'is utterly today',
      'so so so',
      'him again and again',
    ]) {
      expect(read(lazy, sentence), sentence).toEqual(read(plain, sentence));
    }
  });

  it('answers whether a sentence holds a phrase left out of the scan as the scan would have, needs and second-token phrases included', () => {
    const compiler = new PhraseCompiler(LEXICON);
    // A phrase with needs ("again", after a gap), one indexed by its second token ("said"), and plain words.
    const phrases = ['{VICTIM} ..2 again', '<{WORD}> said {VICTIM}', 'hit {VICTIM}', 'kill* ..3 {VICTIM}'];
    const compiled = phrases.map((p) => compiler.compile(p));
    const scanned = new PhraseIndex(compiled);
    const asked = new PhraseIndex(compiled, undefined, [0, 1, 2, 3]);
    for (const sentence of ['her again', 'him there and again', 'again her', 'her', 'she said him', 'said him', 'hit nobody', 'we will kill that somali']) {
      const tokens = literalTokens(sentence);
      const ids = tokenIds(tokens);
      const found = new Set<number>();
      scanned.scan(tokens, 0, tokens.length, (m) => found.add(m.phrase), ids);
      const none: number[] = [];
      asked.scan(tokens, 0, tokens.length, (m) => none.push(m.phrase), ids);
      expect(none).toEqual([]);
      for (let p = 0; p < phrases.length; p++) expect(asked.holds(p, tokens, 0, tokens.length, ids), `${phrases[p]} in "${sentence}"`).toBe(found.has(p));
    }
    // Within the sentence given: "hit him" in the next one does not count.
    const tokens = literalTokens('i said no . hit him');
    expect(asked.holds(2, tokens, 0, 3, tokenIds(tokens))).toBe(false);
    expect(asked.holds(2, tokens, 4, 6, tokenIds(tokens))).toBe(true);
  });

  it('gives every phrase that starts with the same entry its own matches, sentence after sentence', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = ['{VICTIM} <again>', '{VICTIM} <once more>', 'hit {VICTIM}'];
    const index = new PhraseIndex(phrases.map((p) => compiler.compile(p)));
    const read = (sentence: string): string[] => {
      const tokens = literalTokens(sentence);
      const out: string[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(`${m.phrase}: ${tokens.slice(m.hitFrom, m.hitTo).join(' ')}`));
      return out;
    };
    expect(read('hit that somali again')).toEqual(['2: hit that somali', '0: again']);
    // The same position in a new sentence: what the entry found there in the last one ("that somali", two words)
    // is not reused for "her" (one word).
    expect(read('saw her once more')).toEqual(['1: once more']);
    expect(read('hit her again or her once more')).toEqual(['2: hit her', '0: again', '1: once more']);
  });

  it('indexes a phrase that starts with one common word by the rarer word after it, and finds the same', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = ['(the | that | this) year {NUMBER}', 'the [big] {GROUP}', '(the | an old) year', 'hit {VICTIM}', 'the {WORD} year', '<{WORD}> {OPEN_BRACKET} {NUMBER} {CLOSE_BRACKET}'];
    const compiled = phrases.map((p) => compiler.compile(p));
    // Tried from the word before "year", "big" or a group; not a phrase whose first option is two words, nor one
    // whose first word is rare, nor one followed by any word.
    expect(compiled.map((c) => c.first.offset ?? 0)).toEqual([1, 1, 0, 0, 0, 1]);
    expect([...(compiled[0]?.first.words ?? [])]).toEqual(['year']);
    // A bracket, a class written as one token, is needed like a word.
    expect([...(compiled[5]?.first.needs?.words ?? [])]).toEqual([')']);
    expect(find(phrases, 'this year 4 and the big poles and the somali in the old year and an old year')).toEqual([
      '(the | that | this) year {NUMBER}: this year 4',
      'the [big] {GROUP}: the big poles',
      'the [big] {GROUP}: the somali',
      'the {WORD} year: the old year',
      '(the | an old) year: an old year',
    ]);
    expect(find(phrases, 'year 4 and big poles and noah ( 4 ) and noah ( 4')).toEqual(['<{WORD}> {OPEN_BRACKET} {NUMBER} {CLOSE_BRACKET}: noah']);
  });

  it('tries a phrase only in a sentence that holds a word it needs, and finds the same', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = [
      'the {GROUP} [really] ..2 (shouldn\'t | mustn\'t) <be here>',
      '(he | she) [is] <hat*>',
      '{VICTIM} [is] a wanker~',
      '({NUMBER} | six) [pupils]',
    ];
    const compiled = phrases.map((p) => compiler.compile(p));
    // The first words ("the", "he") are everywhere; what each needs is rarer.
    expect(compiled.map((c) => c.first.needs && [...c.first.needs.words, ...c.first.needs.prefixes, ...c.first.needs.masked])).toEqual([
      ["shouldn't", "mustn't"],
      ['hat'],
      ['wanker'],
      undefined,
    ]);
    const { runs, read } = countingIndex(compiled);
    expect(read('the poles and the somalis were at the gate and he said she is nice')).toEqual([]);
    expect(runs).toEqual([0, 0, 0, 0]);
    expect(read('the somalis really mustn\'t be here and he is hateful and they call her a w*nker')).toEqual(['0: be here', '1: hateful', '2: her a w*nker']);
    expect(runs[0]).toBeGreaterThan(0);
    // A sentence after one that held the needed word: not tried again.
    runs.fill(0);
    expect(read('the somalis are here')).toEqual([]);
    expect(runs.slice(0, 3)).toEqual([0, 0, 0]);
  });
  it('draws the needs of a phrase tried from the word before a common one from what follows, classes included', () => {
    const compiler = new PhraseCompiler(LEXICON);
    const phrases = ['<{WORD}> [(is | was)] (in | from | ,) ({FORM} | year {NUMBER})'];
    const [compiled] = phrases.map((p) => compiler.compile(p));
    // Indexed by "is", "in", ","…, all common: it needs a form or "year" in the sentence, not "in" or ",".
    expect(compiled?.first.offset).toBe(1);
    expect([...(compiled?.first.needs?.words ?? [])]).toEqual(['year']);
    expect([...(compiled?.first.needs?.classes ?? [])]).toEqual(['FORM']);
    let runs = 0;
    const index = new PhraseIndex(phrases.map(() => ({ ...(compiled as CompiledPhrase), run: (pos: number) => (runs++, (compiled as CompiledPhrase).run(pos)) })));
    const read = (sentence: string): string[] => {
      const tokens = literalTokens(sentence);
      const out: string[] = [];
      index.scan(tokens, 0, tokens.length, (m) => out.push(tokens.slice(m.hitFrom, m.hitTo).join(' ')));
      return out;
    };
    expect(read('noah was in the park , then in town')).toEqual([]);
    expect(runs).toBe(0);
    expect(read('noah in 5c and ella , year 4')).toEqual(['noah', 'ella']);
  });

  it('tries a phrase at a token it has met often only when the next token may follow it there, and finds the same', () => {
    const lexicon: Lexicon = { ...LEXICON, GROUP_WORD: ['{GROUP:plural}', 'the (disabled | handicapped) !(toilet)', 'mosque'] };
    const compiler = new PhraseCompiler(lexicon);
    const phrases = ['{GROUP_WORD}', '<{WORD} !(i | a) {INITIAL}>', 'the (year {NUMBER} | head) [is] ..2 useless'];
    const compiled = phrases.map((p) => compiler.compile(p));
    // After "the": the words an item or the phrase goes on with; after "mosque" anything, since a match may end there.
    expect([...(compiled[0]?.follow?.('the', 0)?.words ?? [])]).toEqual(['disabled', 'handicapped']);
    expect(compiled[0]?.follow?.('mosque', 0)).toBeNull();
    expect([...(compiled[2]?.follow?.('the', 0)?.words ?? [])]).toEqual(['year', 'head']);
    // Tried from the word before "a", which the phrase forbids there: nothing may follow.
    expect(compiled[1]?.first.offset).toBe(1);
    expect(compiled[1]?.follow?.('a', 1)?.words.size).toBe(0);
    expect(compiled[1]?.follow?.('j', 1)).toBeNull();
    const { runs, read } = countingIndex(compiled);
    const sentence = 'the poles said the disabled toilet and the disabled kids and the head is so useless , ask a man';
    const found = ['0: poles', '0: the disabled', '2: the head is so useless'];
    // The first tries at a token run the phrase; from then on the token after it is read first.
    for (let i = 0; i < 4; i++) expect(read(sentence)).toEqual(found);
    runs.fill(0);
    expect(read(sentence)).toEqual(found);
    // {GROUP_WORD} at "poles" (a match may end there) and at both "the disabled"; the last at "the head" only; the
    // second not at all ("a" is never its initial).
    expect(runs).toEqual([3, 0, 1]);
  });
});

describe("an entry's memo of ends", () => {
  // The ends are let go of when the next reading starts (reading.ts KEPT): within a reading they still answer.
  it('answers for its reading, one position per slot, and forgets at the next reading', () => {
    const tokens = literalTokens('a b c');
    readTokens(tokens, tokens.length, tokenIds(tokens));
    const memo = new EndsMemo();
    const other = new EndsMemo();
    memo.keep(1, [2, 3]);
    other.keep(1, [2]);
    expect(memo.at(1)).toEqual([2, 3]);
    expect(memo.at(2)).toBeUndefined();
    // Position 33 shares position 1's slot (32 slots): the later one is remembered, the other entry's is untouched.
    memo.keep(33, [34]);
    expect(memo.at(33)).toEqual([34]);
    expect(memo.at(1)).toBeUndefined();
    expect(other.at(1)).toEqual([2]);
    readTokens(tokens, tokens.length, tokenIds(tokens));
    expect(memo.at(33)).toBeUndefined();
    expect(other.at(1)).toBeUndefined();
    other.keep(1, [3]);
    expect(other.at(1)).toEqual([3]);
  });
});

describe("an entry's collected ends", () => {
  it('are each open list own, ascending and once each; the first ends themselves when none is added', () => {
    const first = [4, 7];
    openEnds(first);
    collect(9);
    collect(4);
    openEnds(NONE);
    collect(5);
    collect(2);
    collect(5);
    expect(closeEnds(NONE)).toEqual([2, 5]);
    collect(1);
    expect(closeEnds(first)).toEqual([1, 4, 7, 9]);
    openEnds(first);
    collect(7);
    expect(closeEnds(first)).toBe(first);
    openEnds(NONE);
    expect(closeEnds(NONE)).toBe(NONE);
    // With no list open, an end is not recorded anywhere.
    expect(collect(3)).toBe(-1);
  });
});
