/**
 * A school's pack names are found in the folded text, so a draft typed in lower case names its school as surely as
 * one with capitals ("bexton's lunches are a disgrace"). What still needs a capital is a name the engine has only
 * the draft's shape to go on: "Hollins High" (where "sky high" and "knee high" are not schools).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { prepare } from '../../src/engine/analyze';
import type { Pack } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const pack = (id: string): Pack => getBundledPack(id) as Pack;
const aboutSchool = (text: string, id: string): boolean => prepare(text, { pack: pack(id), role: 'parent' }).draft.aboutSchool;

describe("a pack's names, whatever their case", () => {
  it.each([
    ['bexton', "bexton's lunches are a disgrace"],
    ['bexton', "Bexton's lunches are a disgrace"],
    ['bexton', "BEXTON'S LUNCHES ARE A DISGRACE"],
    ['ogat', 'outwood never answer a single email'],
    ['northwick', 'northwick park academy have lost the plot'],
    ['stoc', 'stoc trust have cut the music lessons again'],
  ])('%s: "%s" is about the school', (id, text) => {
    expect(aboutSchool(text, id)).toBe(true);
  });

  it('gives a lower-case draft the verdict of the same draft with capitals', () => {
    const options = { pack: pack('bexton'), role: 'parent' as const };
    for (const [lower, capital] of [
      ["bexton's lunches are a disgrace", "Bexton's lunches are a disgrace"],
      ['bexton lunches are a disgrace', 'Bexton lunches are a disgrace'],
    ] as const) {
      expect(analyzeDraft(lower, options)).toEqual(analyzeDraft(capital, options));
    }
    expect(analyzeDraft('bexton lunches are a disgrace', options).categories).toEqual(['complaint']);
  });
});

describe('words that only look like a school', () => {
  it.each([
    ['generic', 'Prices at the chippy are Sky High again'],
    ['generic', 'the grass on the field is knee high'],
    ['bexton', 'Petrol prices are a disgrace this week'],
  ])('%s: "%s" is not about a school', (id, text) => {
    expect(aboutSchool(text, id)).toBe(false);
    expect(analyzeDraft(text, { pack: pack(id), role: 'parent' }).nudge).toBe(false);
  });

  it('a capital High after a name is a school; typed in lower case it is left alone', () => {
    expect(aboutSchool('Hollins High lunches are a disgrace', 'generic')).toBe(true);
    expect(aboutSchool('hollins high lunches are a disgrace', 'generic')).toBe(false);
  });
});
