/**
 * The writer's own child and family, one list (lexicon.ts OWN_FAMILY, issue #13 "one implementation of each"): a
 * sentence the annotation marks as about the writer's own child is also where @writer-on-themself hears the writer
 * judging their own, so a criticism word there is not a complaint about the school; and the confidential rules read
 * the same words, whole, for whose matter sensitive words are.
 */
import { describe, it, expect } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { annotate, names, TARGETS } from '../../src/engine/annotate';
import { buildContext } from '../../src/engine/context';
import { tokenize } from '../../src/engine/model/features';
import { normalise } from '../../src/engine/normalise';
import { tokenStrings } from '../../src/engine/rule-tokens';
import { getBundledPack } from '../../src/packs';

const pack = getBundledPack('generic');
if (!pack) throw new Error('no pack generic');

/** Words for the writer's own that the complaint check's old list lacked ("our …", the wider family). */
const OWN = ['my son', 'our son', 'our youngest', 'my twins', 'my stepdaughter', 'my teenager', 'my hubby', 'my other half'];

const targets = (text: string): string[] => {
  const draft = buildContext(normalise(text), pack, 'parent');
  return names(TARGETS, annotate(draft, tokenStrings(draft, tokenize(draft))).sentences[0]?.targets ?? 0);
};

const found = (ruleId: string, text: string, role: 'parent' | 'staff' = 'parent'): string[] =>
  analyzeDraft(text, { role, pack, model: null })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.span.start, f.span.end));
const criticism = (text: string): string[] => found('complaint.criticism', text);
const aboutOthers = (text: string): string[] => found('confidential.sensitive-about-others', text, 'staff');

describe("the writer's own child and family", () => {
  it.each(OWN)('"%s" is the own child for the annotation and for the complaint rules alike', (own) => {
    expect(targets(`${own} can be so lazy.`)).toContain('own_child');
    expect(criticism(`Mrs Shaw says ${own} can be so lazy in lessons.`)).toEqual([]);
  });

  it("still hears a criticism of staff, and someone else's child", () => {
    expect(criticism('Mrs Shaw says Mr Cole can be so lazy in lessons.')).toEqual(['lazy']);
    expect(criticism('Mrs Shaw says their son can be so lazy in lessons.')).toEqual(['lazy']);
  });

  it('is a whole word for the confidential rules too: "one of my boys" is a pupil, "my son" the writer\'s own', () => {
    expect(aboutOthers('One of my boys has just had his EHCP refused.')).toEqual(['EHCP']);
    expect(aboutOthers('One of my kiddos with dyslexia passed.')).toEqual(['dyslexia']);
    expect(aboutOthers('One of my girls has just had her EHCP refused.')).toEqual(['EHCP']);
    expect(aboutOthers('A boy in Year 4 has just had his EHCP refused.')).toEqual(['EHCP']);
    expect(aboutOthers('My son has just had his EHCP refused.')).toEqual([]);
    expect(aboutOthers('My stepdaughter has just had her EHCP refused.')).toEqual([]);
  });
});

describe("a threat's words falling on the writer's own child (own-harm.ts)", () => {
  const threats = (text: string): string[] =>
    analyzeDraft(text, { role: 'parent', pack, model: null })
      .findings.filter((f) => f.category === 'threat')
      .map((f) => f.ruleId ?? '');

  it('are no finding of the rules when the child is the subject and no one else is pointed at', () => {
    expect(threats('if my son touches my straighteners again ill break his fingers. kidding')).toEqual([]);
    expect(threats('When my daughter nicks my charger again I will snap her neck lol')).toEqual([]);
  });

  it('still are when the threat is for the child and aimed at someone else', () => {
    for (const text of [
      'If he speaks to my daughter like that again I will punch him.',
      'Touch my boy again and I\'ll knock your teeth out.',
      'If my son comes home with another bruise I\'ll kill whoever did it',
      'if my daughter gets bullied again I will kill him',
      'If Jayden touches my son again I\'ll break his fingers',
      'if my son is taught by that new teacher again ill put them in hospital',
    ]) {
      expect(threats(text), text).not.toEqual([]);
    }
  });
});
