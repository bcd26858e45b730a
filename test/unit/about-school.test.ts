// Which chosen school a note is shown under: the school the post is about (src/engine/schools.ts), in that school's
// words (src/background/about-school.ts).
import { describe, expect, it } from 'vitest';
import { verdictUnder } from '../../src/background/about-school';
import { judgeSchoolsNow, schoolAbout } from '../../src/engine/schools';
import { CATEGORY_MESSAGE } from '../../src/engine/decide';
import type { Pack, Verdict } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const bexton = getBundledPack('bexton') as Pack;
const northwick = getBundledPack('northwick') as Pack;
const ashdown: Pack = { ...bexton, id: 'ashdown', name: 'Ashdown Primary School', shortName: 'Ashdown', aliases: ['Ashdown'], staff: ['Mr Patel'] };
const cotton: Pack = { ...bexton, id: 'cotton', name: 'Cotton Lane School', shortName: 'Cotton Lane', aliases: ['Cotton Lane'], staff: ['Mrs Okafor'] };

describe('schoolAbout', () => {
  const packs = [bexton, ashdown, cotton];

  it('keeps the judged school when the draft names it, or names none of the chosen schools', () => {
    expect(schoolAbout('Bexton and Ashdown both cancelled sports day', packs, 0)).toBe(0);
    expect(schoolAbout('Bexton and Ashdown both cancelled sports day', packs, 1)).toBe(1);
    expect(schoolAbout('I will smash his face in', packs, 2)).toBe(2);
  });

  it('otherwise moves to the first chosen school the draft names', () => {
    expect(schoolAbout('Mr Patel at Ashdown is a useless idiot and I will smash his face in', packs, 0)).toBe(1);
    expect(schoolAbout('Cotton Lane and Ashdown are as bad as each other', packs, 0)).toBe(1);
  });

  it('a school named by its own name comes before one named only through its staff', () => {
    expect(schoolAbout('Mrs Okafor has moved to Ashdown', packs, 0)).toBe(1);
    expect(schoolAbout('Mrs Okafor has moved to Ashdown', packs, 2)).toBe(1);
    expect(schoolAbout('Mrs Okafor is useless', packs, 0)).toBe(2);
  });

  it('is what judging the schools says the post is about', () => {
    const text = 'Mr Patel at Ashdown is a useless idiot and I will smash his face in';
    const judged = judgeSchoolsNow(text, 'parent', packs);
    expect(judged.about).toBe(schoolAbout(text, packs, judged.index));
    expect(judged.about).toBe(1);
  });

  it('with one school there is nothing to choose', () => {
    expect(schoolAbout('Ashdown is useless', [bexton], 0)).toBe(0);
  });
});

describe('verdictUnder', () => {
  const finding = (category: 'naming_child' | 'threat', message: string) => ({
    ruleId: `${category}.test`,
    category,
    span: { start: 0, end: 4 },
    message,
    source: '§1',
  });
  const custom = northwick.rules.naming_child?.message as string;
  const verdict: Verdict = {
    nudge: true,
    severity: 'high',
    categories: ['threat', 'naming_child'],
    findings: [finding('threat', 'A rule of its own.'), finding('naming_child', custom)],
    packId: 'northwick',
  };

  it("takes the other school's id, and leaves out the wording only the judging school uses", () => {
    const shown = verdictUnder(verdict, northwick, ashdown);
    expect(shown.packId).toBe('ashdown');
    expect(shown.findings.map((f) => f.message)).toEqual(['A rule of its own.', CATEGORY_MESSAGE.naming_child]);
  });

  it("uses the shown school's own wording where it has one", () => {
    const worded: Pack = { ...ashdown, rules: { ...ashdown.rules, naming_child: { ...(ashdown.rules.naming_child as NonNullable<Pack['rules']['naming_child']>), message: 'At Ashdown we ask you not to.' } } };
    expect(verdictUnder(verdict, northwick, worded).findings[1]?.message).toBe('At Ashdown we ask you not to.');
  });

  it('is the same verdict under the same school', () => {
    expect(verdictUnder(verdict, northwick, northwick)).toBe(verdict);
  });
});
