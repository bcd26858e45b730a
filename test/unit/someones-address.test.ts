/**
 * A home address of someone the post points at is personal information even when no sentence names the school
 * (004 "posting personal information about an individual"): rules/personal-info.yaml, @someones-home. Before, the
 * scope guard dropped "they live at 22 Ferncroft Drive" and the draft was named as hate, from "they live".
 * A place anyone may go to (an event, a shop), a neighbour's house and the writer's own family's stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import type { Pack, Verdict } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const bexton = getBundledPack('bexton') as Pack;
const check = (text: string, pack: Pack = bexton): Verdict => analyzeDraft(text, { role: 'parent', pack });

describe("someone's home address, with no sentence naming the school", () => {
  it('is personal information, and not prejudice', () => {
    const verdict = check('they live at 22 Ferncroft Drive');
    expect(verdict.categories).toEqual(['personal_info']);
    const finding = verdict.findings[0];
    expect(finding && 'they live at 22 Ferncroft Drive'.slice(finding.span.start, finding.span.end)).toBe('22 Ferncroft Drive');
  });

  it('is personal information when she or he is pointed at', () => {
    expect(check('she lives at 14 Orchard Way if anyone wants to go and have it out with her').categories).toContain('personal_info');
    expect(check('His house is 7 Quarry Lane, the one with the green door.').categories).toContain('personal_info');
  });

  it('is personal information for a school with no pack of its own too', () => {
    expect(check('they live at 22 Ferncroft Drive', getBundledPack('generic') as Pack).categories).toEqual(['personal_info']);
  });
});

describe('addresses that are not someone being exposed stay quiet', () => {
  it.each([
    ['an event anyone may go to', 'They are holding a plant sale at 9 Linden Close on Saturday morning, all welcome.'],
    ['a business', 'Her new salon is at 31 Kestrel Road, book in for a trim.'],
    ['a venue', 'The party is at 22 Ferncroft Drive from 2pm, bring a bottle.'],
    ['a shop', 'The new bakery on 3 Mill Street does lovely sourdough.'],
    ['the neighbours', 'Our neighbours live at 12 Dovecote Lane and their dog barks all night.'],
    ["the writer's own family", 'My nan lives at 5 Harbour Street and loves a visit.'],
    ["the writer's own home", 'We live at 40 Birch Grove, come round for a cuppa.'],
    ['a country, not an address', 'they live in Portugal now and love it'],
  ])('%s: "%s"', (_why, text) => {
    expect(check(text).categories).not.toContain('personal_info');
    expect(check(text).categories).not.toContain('hate');
  });
});
