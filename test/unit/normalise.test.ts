import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyText } from '../../scripts/provenance';
import { normalise, toOriginalSpan } from '../../src/engine';
import { loadRules } from '../../scripts/rules/catalogue';
import { TEXT_SPEAK } from '../../src/engine/spelling';

/** The original text behind the first occurrence of `word` in the normalised text. */
function original(source: string, word: string): string {
  const n = normalise(source);
  const at = n.text.indexOf(word);
  expect(at, `"${word}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(n, at, at + word.length);
  return source.slice(span.start, span.end);
}

describe('normalise', () => {
  it('lower-cases and strips accents', () => {
    expect(normalise('Café NAÏVE Zoë').text).toBe('cafe naive zoe');
  });

  it('folds curly quotes and dashes', () => {
    expect(normalise('don’t – “really”').text).toBe('don\'t - "really"');
  });

  it('removes zero-width characters but keeps offsets', () => {
    const source = 'id\u200Biot';
    expect(normalise(source).text).toBe('idiot');
    expect(original(source, 'idiot')).toBe(source);
  });

  it('folds Cyrillic and Greek look-alike letters', () => {
    expect(normalise('\u0441l\u043ewn').text).toBe('clown');
    expect(normalise('\u03bf\u03ba').text).toBe('ok');
  });

  it('reads symbols and digits standing for letters inside words', () => {
    expect(normalise('b@stard').text).toBe('bastard');
    expect(normalise('sh!t').text).toBe('shit');
    expect(normalise('k1ll').text).toBe('kill');
    expect(normalise('l0ser').text).toBe('loser');
    expect(normalise('a$$').text).toBe('ass');
    expect(normalise('f*ck').text).toBe('f*ck');
  });

  it('leaves numbers, handles, classes and punctuation alone', () => {
    expect(normalise('Year 4 and 3B at 10pm, call 07700 900123!').text).toBe('year 4 and 3b at 10pm, call 07700 900123!');
    expect(normalise('@BextonPrimary hi!').text).toBe('@bextonprimary hi!');
  });

  it('joins letters spaced out to dodge a filter', () => {
    expect(normalise('what a s h i t show').text).toBe('what a shit show');
    expect(normalise('I will k.i.l.l him').text).toBe('i will kill him');
    expect(normalise('those m-u-s-l-i-m-s').text).toBe('those muslims');
    expect(original('you absolute p r a t', 'prat')).toBe('p r a t');
    // Two single letters, or letters with different separators, are left alone.
    expect(normalise('Plan A, B or C; a b').text).toBe('plan a, b or c; a b');
  });

  it('reads misspelt and run-together hate vocabulary as the words they stand for', () => {
    expect(normalise('I haet them').text).toBe('i hate them');
    expect(normalise('the womn in charge').text).toBe('the women in charge');
    expect(normalise('immigrnts everywhere').text).toBe('immigrants everywhere');
    expect(normalise('lesbianvermin').text).toBe('lesbian vermin');
    expect(normalise('fuckall of them').text).toBe('fuck all of them');
    expect(original('I haet them', 'hate')).toBe('haet');
    // Left as typed: dictionary and everyday words one slip from a keyword ("black", "lives"), and keywords themselves.
    for (const word of ['back', 'lies', 'pics', 'slt', 'women', 'woman']) expect(normalise(word).text).toBe(word);
  });

  it('repairs the same words once warm, when a filter of word hashes passes most words over unread', () => {
    // The filter is built after the first drafts (spelling.ts WARM_UP): read enough to be past it.
    for (let i = 0; i < 200; i++) normalise(`an ordinary draft number ${i}`);
    expect(normalise('I haet them').text).toBe('i hate them');
    expect(normalise('the womn in charge, immigrnts everywhere').text).toBe('the women in charge, immigrants everywhere');
    expect(normalise('lesbianvermin and fuckall of them').text).toBe('lesbian vermin and fuck all of them');
    expect(normalise('ihate manyjihadis').text).toBe('i hate many jihadis');
    for (const word of ['back', 'lies', 'pics', 'slt', 'women', 'woman', 'HAET']) expect(normalise(word).text).toBe(word.toLowerCase());
  });

  it('leaves ordinary words alone: nothing in the policies or the catalogue cases is repaired', () => {
    const dir = join('test', 'fixtures', 'policies');
    const seeds = readdirSync(dir).map((f) => policyText(readFileSync(join(dir, f), 'utf8')));
    expect(seeds.join(' ').length).toBeGreaterThan(10_000);
    const cases = [
      ...loadRules().catalogue.families.flatMap((f) => f.rules.flatMap((r) => [...r.cases.fires, ...r.cases.quiet].map((c) => c.text))),
    ];
    for (const text of [...seeds, ...cases]) {
      const plain = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z]+/g, ' ');
      const words = new Set(plain.split(' ').filter((w) => w.length >= 4));
      const folded = new Set(normalise(text).text.replace(/[^a-z]+/g, ' ').split(' '));
      // Stretched letters and text-speak ("skool") are meant to change.
      const changed = [...words].filter((w) => !folded.has(w) && !/(.)\1\1/.test(w) && !Object.hasOwn(TEXT_SPEAK, w));
      expect(changed, text.slice(0, 60)).toEqual([]);
    }
  });

  it('reads text-speak for school and people as the words, pointing at what was typed', () => {
    expect(normalise('this skl is a joke').text).toBe('this school is a joke');
    expect(normalise('dont send ur kids 2 that Skool').text).toBe('dont send ur kids 2 that school');
    expect(original('these ppl again', 'people')).toBe('ppl');
    // Only the whole word: "skull" and "school's" stay as they are.
    expect(normalise("a skull on the school's gate").text).toBe("a skull on the school's gate");
  });

  it('collapses stretched letters', () => {
    expect(normalise('sooooo annoyinggggg').text).toBe('so annoying');
    expect(original('Nooooo way', 'no')).toBe('Nooooo');
  });

  it('maps findings back to the original words', () => {
    expect(original('Mr Ok\u00e1for is a PR\u0410T', 'prat')).toBe('PR\u0410T');
    expect(original('what a b@st@rd', 'bastard')).toBe('b@st@rd');
  });

  it('never splits a surrogate pair', () => {
    const source = 'hi 😀 there 🤡🤡';
    const n = normalise(source);
    for (let i = 0; i < n.text.length; i++) {
      for (let j = i + 1; j <= n.text.length; j++) {
        const span = toOriginalSpan(n, i, j);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(source.length);
        const startCode = source.charCodeAt(span.start);
        expect(startCode >= 0xdc00 && startCode <= 0xdfff).toBe(false);
        const endCode = source.charCodeAt(span.end - 1);
        expect(endCode >= 0xd800 && endCode <= 0xdbff).toBe(false);
      }
    }
  });

  it('survives lone surrogates, empty text and odd scripts', () => {
    for (const source of ['', '\ud800', 'a\udc00b', '\u202eevil', 'مرحبا بالعالم', '🏳️‍🌈👨‍👩‍👧']) {
      const n = normalise(source);
      expect(n.start.length).toBe(n.text.length);
      expect(n.end.length).toBe(n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        expect(n.start[i]).toBeGreaterThanOrEqual(0);
        expect(n.end[i]).toBeLessThanOrEqual(source.length);
      }
    }
  });
});
