/**
 * Schools named the way people name one the extension has no pack for ("Castle Hill Primary", "St Peter's",
 * "@HighfieldSch"): context.ts tries its pattern only where a name can start, not at every word. Whatever the text,
 * that must find exactly what one scan of the whole text with the same pattern finds.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/engine/context';
import { schoolNameSpans, schoolNamesScanningAll } from '../../src/engine/school-names';
import { normalise } from '../../src/engine/normalise';
import { analyzeDraft } from '../../src/engine';
import { getBundledPack } from '../../src/packs';

/** A small deterministic generator, so a failure names the text that broke it. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'st', 'st.', "peter's", 'marys', 'castle', 'hill', 'primary', 'juniors', 'infants', 'academy', 'high', 'school',
  'secondary', 'grammar', 'college', 'c', 'of', 'e', 'ce', 'rc', 'catholic', '@highfieldsch', '@bexton_primary', '@',
  'the', 'my', 'son', 'at', 'a', 'and', 'went', 'to', 'is', 'x', 'primary,', 'high.', 'st-', "st's", '!', '?',
];

describe('names of schools the extension has no pack for', () => {
  it('are found, with where they are', () => {
    const text = "my son went to castle hill primary, then st peter's academy. @highfieldsch replied";
    const found = schoolNameSpans(text).map(([a, b]) => text.slice(a, b));
    expect(found).toEqual(['castle hill primary', "st peter's academy", '@highfieldsch']);
  });

  it('are what one scan of the whole text finds, in 3,000 texts of school words run together', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 40);
      const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] as string);
      const text = words.join(next() < 0.2 ? '' : ' ');
      expect(schoolNameSpans(text), text).toEqual(schoolNamesScanningAll(text));
    }
  });

  it('agree past the point where trying each place costs more than one scan ("@@@…", "primary primary…")', () => {
    for (const text of ['@'.repeat(5000), 'primary '.repeat(3000), 'st st. '.repeat(2000) + 'x primary']) {
      expect(schoolNameSpans(text)).toEqual(schoolNamesScanningAll(text));
    }
  });
});

describe('"Hollins High": a capital High after a capitalised name', () => {
  const about = (text: string): string[] => {
    const pack = getBundledPack('generic');
    if (!pack) throw new Error('no generic pack');
    const draft = buildContext(normalise(text), pack, 'parent');
    return draft.schoolRefs.map((r) => draft.text.slice(r.start, r.end));
  };

  it('names a school, with one or two words before High', () => {
    expect(about('Absolutely disgusted with Hollins High, they did nothing.')).toEqual(['hollins high']);
    expect(about('The Castle Hill High head is clueless.')).toContain('castle hill high');
  });

  it('does not make "sky high", "Sky High", "Knee High" or a lower-case "hollins high" a school', () => {
    for (const text of ['Sky High prices at the uniform shop.', 'Prices are sky high.', 'Knee High socks are £9 a pair.', 'an All Time High for the fund', 'hollins high sent a letter']) {
      expect(about(text), text).toEqual([]);
    }
  });

  it('turns a complaint about it from a wrong kind of note (prejudice) into a complaint', () => {
    const pack = getBundledPack('generic');
    if (!pack) throw new Error('no generic pack');
    const verdict = analyzeDraft('Absolutely disgusted with Hollins High, they let my son be bullied for months and did nothing.', { role: 'parent', pack });
    expect(verdict.categories).toEqual(['complaint']);
  });
});
