/**
 * Negation, one implementation (src/engine/negation.ts): the sentence's `negated` manner, the hate rules' denials and
 * the complaint rules' "not rude" read the same words, so a parent who types "dont" without its apostrophe, or
 * "cannot", is read the same way as one who types "don't".
 */
import { describe, it, expect } from 'vitest';
import { negates, negatedJustBefore, withoutNegation } from '../../src/engine/negation';
import { analyzeDraft } from '../../src/engine';
import { getBundledPack } from '../../src/packs';
import { annotate, MANNERS, names } from '../../src/engine/annotate';
import { buildContext } from '../../src/engine/context';
import { tokenize } from '../../src/engine/model/features';
import { tokenStrings } from '../../src/engine/rule-tokens';
import { normalise } from '../../src/engine/normalise';
import './model-setup';

const found = getBundledPack('bexton');
if (!found) throw new Error('no pack bexton');
const pack = found;

function manners(text: string): string[] {
  const draft = buildContext(normalise(text), pack, 'parent');
  return names(MANNERS, annotate(draft, tokenStrings(draft, tokenize(draft))).sentences[0]?.manner ?? 0);
}

describe('negation: the words that deny', () => {
  it('counts the "n\'t" verbs however they are typed, and "cannot", "hardly", "nobody", "neither"', () => {
    for (const text of ["i don't think so", 'i dont think so', 'they cannot', 'hardly ever', 'no one cares', 'nobody asked', 'neither of them', 'it wont happen', 'it aint right', 'she shouldnt have'])
      expect(negates(text), text).toBe(true);
  });

  it('does not count words that only contain one ("want", "went", "notice", "knot", "nothingness")', () => {
    for (const text of ['i want it', 'we went home', 'notice me', 'a knot in it', 'nothingness', 'the nobility']) expect(negates(text), text).toBe(false);
  });

  it('"not rude": a denying word at most one word before the words found, but not a bare "no" ("no respect")', () => {
    expect(negatedJustBefore('she was not ')).toBe(true);
    expect(negatedJustBefore('she is not very ')).toBe(true);
    expect(negatedJustBefore('i dont ')).toBe(true);
    expect(negatedJustBefore('they have no ')).toBe(false);
    expect(negatedJustBefore('not at all very ')).toBe(false);
  });

  it("blanks a phrase's own denying words and keeps the rest", () => {
    expect(withoutNegation("women shouldn't lead, they cannot drive").replace(/ +/g, ' ')).toBe('women lead, they drive');
  });
});

describe('negation: every reach reads the same words', () => {
  it("marks a sentence negated whether or not the writer typed the apostrophe", () => {
    expect(manners("I don't think the head is lazy.")).toContain('negated');
    expect(manners('I dont think the head is lazy.')).toContain('negated');
    expect(manners('The staff cannot be faulted.')).toContain('negated');
    expect(manners('The staff were brilliant.')).not.toContain('negated');
  });

  it("the hate rules find a claim about a group, and not its denial, with or without the denial's apostrophe", () => {
    const ruleFindings = (text: string) =>
      analyzeDraft(text, { role: 'parent', pack: pack }).findings.filter((f) => f.ruleId.startsWith('hate.'));
    expect(ruleFindings('Immigrants are parasites.')).not.toEqual([]);
    expect(ruleFindings("I don't think immigrants are parasites.")).toEqual([]);
    expect(ruleFindings('I dont think immigrants are parasites.')).toEqual([]);
    expect(ruleFindings('i dont think women should be allowed to vote')).toEqual([]);
  });
});
