/**
 * The rule changes made after fresh-300-zu was scored (docs/model.md): each kind of draft it missed, written fresh
 * here (never the set's own sentences), with quiet look-alikes. What the rules read is checked through `prepare` (the
 * evidence the model is given), and the verdict where a change decides it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { prepare } from '../../src/engine/analyze';
import type { Pack, Role, Verdict } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const pack = (id: string): Pack => {
  const p = getBundledPack(id);
  if (!p) throw new Error(`no pack ${id}`);
  return p;
};
const rulesRead = (text: string, school = 'bexton', role: Role = 'parent'): string[] =>
  prepare(text, { role, pack: pack(school) }).evidence.map((e) => e.ruleId);
const check = (text: string, school = 'bexton', role: Role = 'parent'): Verdict => analyzeDraft(text, { role, pack: pack(school) });

describe("at Northwick, a child named with the school's name before their class (evenInPraise)", () => {
  it.each([
    "Big congratulations to Isla Brennan and Theo Walsh from Northwick's Year 5 on the maths challenge!",
    "so proud of Kofi in Northwick's reception class for reading in assembly",
  ])('"%s" nudges there as naming a child', (text) => {
    const verdict = check(text, 'northwick');
    expect(verdict.nudge).toBe(true);
    expect(verdict.categories).toContain('naming_child');
  });

  it('stays quiet at a school that lets praise name children, and for the Year 5 team as a whole', () => {
    expect(check("Big congratulations to Isla from Bexton's Year 5 on the maths challenge!", 'bexton').nudge).toBe(false);
    expect(check("Well done to everyone in Northwick's Year 5 on the maths challenge!", 'northwick').nudge).toBe(false);
  });
});

describe('what children are shown of a group, called filth (hate.filth-shown)', () => {
  it.each([
    'A rainbow pride board in the Year 2 corridor. My six year old does not need to see that filth.',
    "The primary's doing a pride week and frankly kids that age shouldn't be taught this filth.",
    'Pride flags in every classroom now, and the trans agenda forced down our throats at parents evening.',
  ])('"%s" gives hate evidence', (text) => {
    expect(rulesRead(text)).toContain('hate.filth-shown');
  });

  it.each([
    'Switched the news off, the kids do not need to see that filth about the stabbing.',
    'Somebody daubed slogans on the pride bench and the kids had to see that filth at drop off.',
    'The new parking scheme was forced down our throats by the council, no consultation at all.',
    'One pride assembly a year is not being forced down anyone’s throat, calm down.',
  ])('"%s" gives none', (text) => {
    expect(rulesRead(text)).not.toContain('hate.filth-shown');
  });
});
