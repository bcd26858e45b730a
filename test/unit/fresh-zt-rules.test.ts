/**
 * The rule changes made after fresh-300-zt was scored (docs/model.md): each kind of draft it missed or nudged
 * wrongly, written fresh here (never the set's own sentences), with quiet look-alikes. What the rules read is
 * checked through `prepare` (the evidence the model is given), and the verdict where a change decides it.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/engine/types';
import { check, rulesRead } from './rules-read';

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

describe('another family’s child by full name in a hostile sentence (naming_child.full-name-hostile)', () => {
  it.each([
    'keep Archie Penrose away from my lad please',
    'Lacey Hobbs is a bully. Someone had to say it.',
    'Mason Tully keeps pushing my daughter off the climbing frame.',
  ])('"%s" names a child, with no school named', (text) => {
    expect(rulesRead(text, 'generic')).toContain('naming_child.full-name-hostile');
    expect(check(text, 'generic').categories).toContain('naming_child');
  });

  it.each([
    ['a first name alone', 'Keep Archie away from my son’s birthday cake, he is a menace with icing (my nephew!)'],
    ['a denial', 'Lacey Hobbs is not a bully, she stuck up for my girl today.'],
    ['a part on screen', 'Lacey Hobbs was a bully in that series and played it brilliantly.'],
    ['the end of a place’s name', 'The head at Harlow Fields is a bully, ask any of the staff.'],
    ['a member of staff by title', 'Mrs Penrose keeps picking on my son in maths.'],
    ['for staff, whose own rules read pupils', 'Archie Penrose keeps pushing my daughter in the lunch queue.'],
  ])('%s gives no hit: "%s"', (why, text) => {
    const role: Role = why.startsWith('for staff') ? 'staff' : 'parent';
    expect(rulesRead(text, 'generic', role)).not.toContain('naming_child.full-name-hostile');
  });

  // A famous adult's full name reads the same way; the model weighs it (0.71 against the 0.81 gate) and stays quiet.
  it('leaves a public figure to the model', () => {
    expect(check('Piers Morgan is a bully', 'generic').nudge).toBe(false);
  });
});

describe('a member of staff calling someone out by title and initial (staff_conduct.specific-parent)', () => {
  it('reads the call-out, and nudges where the post says what it is about', () => {
    const text = 'Reports all written. Mr D, you and I need to have a word about that homework you did for your son.';
    expect(rulesRead(text, 'stoc', 'staff')).toContain('staff_conduct.specific-parent');
    expect(check(text, 'stoc', 'staff').categories).toContain('staff_conduct');
  });

  // Evidence only: the terse form scores 0.32 overall with the hit (gate 0.81); the model's to learn.
  it('gives the terse form evidence', () => {
    expect(rulesRead('Sports day done. Miss R, we need a word.', 'stoc', 'staff')).toContain('staff_conduct.specific-parent');
  });

  it.each([
    ['a full name in thanks', 'Mrs Khan, we need to talk about how good that cake sale was. Thank you!'],
    ['no call-out', 'Parents evening tonight. Mr T would be proud of my stamina.'],
  ])('%s gives no hit: "%s"', (_why, text) => {
    expect(rulesRead(text, 'stoc', 'staff')).not.toContain('staff_conduct.specific-parent');
  });
});
