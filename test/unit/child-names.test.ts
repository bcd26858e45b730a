/**
 * A named child's finding points at the whole name: "Jake Smith in 5B" highlights "Jake Smith", not only the surname
 * the class rule marks, so the note's "We noticed" shows the parent the name they are about to post. Only a
 * capitalised name-like word right before it is taken: not a title, a common word or a sentence's lead-in.
 */
import { describe, it, expect } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { getBundledPack } from '../../src/packs';

const pack = getBundledPack('bexton');
if (!pack) throw new Error('no pack bexton');

const named = (text: string): string[] =>
  analyzeDraft(text, { role: 'parent', pack })
    .findings.filter((f) => f.category === 'naming_child')
    .map((f) => text.slice(f.span.start, f.span.end));

describe("a named child's finding", () => {
  it('holds the given name and the surname', () => {
    expect(named('Jake Smith in 5B keeps hitting my son and the school does nothing about it')).toEqual(['Jake Smith']);
    expect(named('Apparently Jake Smith in 5B keeps hitting my son and the school does nothing about it')).toEqual(['Jake Smith']);
  });

  it('holds both parts of a double-barrelled name', () => {
    expect(named('Jake Smith-Jones in 5B keeps hitting my son and the school does nothing about it')).toEqual(['Jake Smith-Jones']);
    expect(named('Mary-Jane Smith in 5B keeps hitting my son and the school does nothing about it')).toEqual(['Mary-Jane Smith']);
  });

  it('does not take a lead-in word, a handle or an ordinary word for a given name', () => {
    expect(named('After Smith in 5B hit my son the school did nothing')).toEqual(['Smith']);
    expect(named('Honestly Smith in 5B is a menace and the school does nothing')).toEqual(['Smith']);
    expect(named('Poor Kyle in 5B got pushed over again and the school did nothing')).toEqual(['Kyle']);
    expect(named('@BextonPrimary Kyle in 5B got pushed over again and the school did nothing')).toEqual(['Kyle']);
    expect(named('Heard Jessica in 5B got excluded again and the school did nothing')).toEqual(['Jessica']);
  });
});

describe('a child named after their parent', () => {
  it('is the child, by their own name, when trouble is told of them', () => {
    // "Mrs Patel's son" alone is a child pointed out through a parent; with his name after it, the name is the finding.
    expect(named("Mrs Patel's son Jake keeps hitting other kids")).toEqual(['Jake']);
  });
});
