/**
 * The rule changes made after fresh-300-zt was scored (docs/model.md): each kind of draft it missed or nudged
 * wrongly, written fresh here (never the set's own sentences), with quiet look-alikes. What the rules read is
 * checked through `prepare` (the evidence the model is given), and the verdict where a change decides it.
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

describe('a joke at a thing is not a threat (threat.consequences)', () => {
  it.each([
    'Another PE sock missing. Lost property, I am coming for you 😂',
    'The washing basket, we are coming for you tomorrow.',
    'Biscuits, I’m coming for you once the kids are asleep.',
  ])('"%s" gives no threat evidence', (text) => {
    expect(rulesRead(text)).not.toContain('threat.consequences');
  });

  it('stays quiet when the housework is the target', () => {
    expect(check('Three loads done and the ironing pile, I’m coming for u next.').nudge).toBe(false);
  });

  it('still reads a person called out, or someone named after the thing', () => {
    expect(rulesRead('Mrs Lowe, I am coming for you after today.')).toContain('threat.consequences');
    expect(rulesRead('Checked the lost property again and whoever took my boy’s blazer, I’m coming for you.')).toContain(
      'threat.consequences',
    );
  });
});

describe('a photo of a member of staff posted as the post itself (photo.sharing-images)', () => {
  it('is read as a photo, and nudged where the draft says what the picture shows', () => {
    const text = 'Took this of Mr Okoro at the school quiz night pulling the daftest face 🤣 he’ll never forgive me';
    expect(rulesRead(text)).toContain('photo.sharing-images');
    expect(check(text).categories).toContain('photo');
  });

  // Evidence only: the shipped model scores this 0.35 (gate 0.81) with the hit; weighing it is a retrain's.
  it('is evidence for the model when said more briefly', () => {
    expect(rulesRead('Caught one of the receptionist at school asleep at her desk, had to share.')).toContain('photo.sharing-images');
  });

  it.each([
    ['one of my own children', 'Took this of my daughter at school before the nativity, too cute.'],
    ['a letter, not a picture', 'Got one of the letters from the school office about the trip, has anyone else?'],
  ])('%s stays quiet: "%s"', (_why, text) => {
    expect(rulesRead(text)).not.toContain('photo.sharing-images');
  });
});

describe('an account run as if it were the school’s (impersonation.page-in-school-name)', () => {
  it('reads a handle that calls itself official, and an account that stands in for the school’s', () => {
    const text = 'Posting from @Kirkbridge_Academy_Official now, ask me anything about the academy';
    expect(rulesRead(text, 'ogat')).toContain('impersonation.page-in-school-name');
    expect(check(text, 'ogat').categories).toContain('impersonation');
    expect(rulesRead('We run the Kirkbridge parents page, it is basically the academy’s account now.', 'ogat')).toContain(
      'impersonation.page-in-school-name',
    );
  });

  it.each([
    ['a handle that says it is unofficial', 'Tweeting from @KirkbridgeMums, not official, just academy parents sharing lifts'],
    ['the school’s own website', 'Honestly the academy website is basically the school’s diary, everything is on it.'],
  ])('%s stays quiet: "%s"', (_why, text) => {
    expect(rulesRead(text, 'ogat')).not.toContain('impersonation.page-in-school-name');
  });
});
