/**
 * Northwick's policy (002) asks parents not to name children at all, praise included; its pack says so with
 * `evenInPraise` on naming_child (src/engine/even-in-praise.ts). Every other school keeps praise of a named child
 * quiet (PRODUCT.md §2.4, docs/annotation.md).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { prepare } from '../../src/engine/analyze';
import type { Pack } from '../../src/engine/types';
import { getBundledPack, parsePack } from '../../src/packs';

const bundled = (id: string): Pack => {
  const pack = getBundledPack(id);
  if (!pack) throw new Error(`no pack ${id}`);
  return pack;
};
const northwick = bundled('northwick');
const naming = (text: string, pack = northwick, role: 'parent' | 'staff' = 'parent') =>
  analyzeDraft(text, { role, pack }).findings.filter((f) => f.category === 'naming_child').map((f) => text.slice(f.span.start, f.span.end));

describe('naming a child even in praise, at a school that asks for no names at all', () => {
  it('nudges at Northwick, pointing at the name, with its clause', () => {
    const text = 'Well done to Amara in Year 6 who read her poem in assembly!';
    const verdict = analyzeDraft(text, { role: 'parent', pack: northwick });
    expect(verdict.nudge).toBe(true);
    expect(naming(text)).toEqual(['Amara']);
    expect(verdict.findings.find((f) => f.category === 'naming_child')?.source).toBe(
      'Northwick Park Academy Trust Parental Use of Social Media Policy, Inappropriate uses of Social Media Sites',
    );
    expect(naming('Happy birthday to Amelia in Year 2, hope you have the best day!')).toEqual(['Amelia']);
  });

  it("reads a child named after someone else's child word as another family's child, not the writer's own", () => {
    // From a fresh-eyes review: "son Jake" was read as "my son Jake", so Mrs Patel's son went unnamed.
    expect(naming("Mrs Patel's son Jake in Year 3 got the reading award, well done him")).toEqual(['Jake']);
    expect(naming('her daughter Mia in Year 2 read at assembly today')).toEqual(['Mia']);
    expect(naming('My son Jake in Year 3 got the reading award, so proud')).toEqual([]);
    expect(naming('Our youngest son Jake in Year 3 got the reading award')).toEqual([]);
  });

  it("reads every name listed after the writer's own children as their own, and only after a plural", () => {
    // A retrain nudged "our twins" named with a class at every school (docs/model.md, "`fresh-300-zy`…"): the
    // rules' evidence took the second twin for another family's child.
    expect(naming('Our twins Max & Millie (Year 1) were sheep in the nativity and I cried the entire time')).toEqual([]);
    expect(naming('My kids Ava, Leo and Jude (Year 2) have all got nits again')).toEqual([]);
    expect(naming('My kids Ava, Leo, and Jude (Year 2) have all got nits again')).toEqual([]);
    expect(naming('My boys Leo B and Sam B in Year 3 loved the disco')).toEqual([]);
    // "my son" is one child: a name after "and" is someone else's.
    expect(naming('My son Leo and Jake B (Year 4) were fighting again at lunch')).toContain('Jake B');
    // Only names make the list ("my two cents" lists none), and "our girls" may be the school's team.
    expect(naming('Just my two cents, Jake B in Year 4 needs to stop pushing in the line')).toContain('Jake B');
    expect(naming('Well done to our girls, Ava, Mia and Zara in Year 6, netball champions!')).toContain('Zara');
  });

  it('stays quiet for the same words at a school whose policy speaks only of negative posts, and for staff', () => {
    for (const id of ['bexton', 'bradgate', 'ogat', 'generic']) {
      expect(analyzeDraft('Well done to Amara in Year 6 who read her poem in assembly!', { role: 'parent', pack: bundled(id) }).nudge, id).toBe(false);
    }
    const rule = northwick.rules.naming_child;
    if (!rule) throw new Error('Northwick checks naming_child');
    const off: Pack = { ...northwick, rules: { ...northwick.rules, naming_child: { ...rule, evenInPraise: false } } };
    expect(naming('Well done to Amara in Year 6 who read her poem in assembly!', off)).toEqual([]);
  });

  it('leaves lost property, the writer\'s own children, adults and a parent\'s permission quiet at Northwick too', () => {
    for (const text of [
      'Found a jumper by the gate, name tape says Kai D, Year 3. Handed it in to the office',
      "My two on their first day back 📸 Can't believe Harry's in Year 4 and Millie's starting Reception!",
      'Proud mum moment: Leo in Year 2 got star of the week! 🌟',
      'Huge thanks to Kerry in Year 2 (the TA) for sorting my son\'s reading folder',
      'Anyone know if Sam from Year 4 is still doing the car share? Her mum said to ask',
      'Ruby in Year 4 won the spelling bee! So proud of my girl',
      '@Jo P honestly email the head, posting on here won\'t get it fixed',
      'Steve, Year 4 dad, parks across the gate every single morning and it is fine, we all love him really',
      'Well done to Amara in Year 8 for the chess! Her mum said it was ok to shout about her.',
      'Does Northwick cover Islam in Year 4 or is that later?',
    ]) {
      expect(naming(text), text).toEqual([]);
    }
  });

  it('is for naming_child alone: a pack that sets it elsewhere is refused, at the field', () => {
    const bad = structuredClone(northwick) as unknown as { rules: Record<string, Record<string, unknown>> };
    (bad.rules.complaint as Record<string, unknown>).evenInPraise = true;
    const result = parsePack(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^rules\.complaint.*evenInPraise is for naming_child only/)]);
    const wrong = structuredClone(northwick) as unknown as { rules: Record<string, Record<string, unknown>> };
    (wrong.rules.naming_child as Record<string, unknown>).evenInPraise = 'yes';
    const typed = parsePack(wrong);
    expect(!typed.ok && typed.errors).toEqual([expect.stringMatching(/^rules\.naming_child\.evenInPraise must be true or false/)]);
  });

  it('reads more ways of naming a child with their class there, and no other school', () => {
    // Read only by the strict school's rule, which the model does not read (rules/naming-child.yaml).
    expect(naming('well done ruby in yr 4 on ur swimming badge today xx')).toEqual(['ruby']);
    expect(naming('lol oscar in year 1 told my daughter the tooth fairy is his nan')).toEqual(['oscar']);
    // The school a child is moving on to is not another school they are at.
    expect(naming("Congratulations to Yusuf in Year 6 on getting into Queen Elizabeth's grammar!")).toEqual(['Yusuf']);
    expect(naming('Thoughts with little Sofia in Mrs Bennett\'s class and her family this week.')).toContain('Sofia');
    expect(naming('Well deserved! Lucas Fernandes (Year 5, Northwick Park) has been picked for the county.')).toContain('Lucas');
    for (const quiet of [
      'so proud of my ruby in yr 4, she got her swimming badge today',
      'the whole year 4 went to the farm today and loved it',
      'whos taking year 4 after half term?',
      'fun fact i got suspended in year 10 for setting off the fire alarm',
      'my son is doing the holocaust in year 9 history and asked me about it tonight',
      'Well done Noah in Year 2 at St Michael\'s, my nephew is a star!',
      'Big thanks to Dave (Year 4 dad) for fixing the gate.',
      'anyone know an Ellie in year 3? my daughter came home with her water bottle by mistake',
      '(posted with @mark_e\'s ok) well done Finn in 4P on his piano exam!',
    ]) {
      expect(naming(quiet), quiet).toEqual([]);
    }
    // Elsewhere the same words stay quiet, and the rule is not even looked for (it would cost every draft).
    expect(naming('well done ruby in yr 4 on ur swimming badge today xx', bundled('bexton'))).toEqual([]);
    expect(prepare('well done ruby in yr 4 on ur swimming badge today xx', { role: 'parent', pack: bundled('bexton') }).asked).toEqual([]);
    expect(prepare('well done ruby in yr 4 on ur swimming badge today xx', { role: 'parent', pack: northwick }).asked.map((e) => e.ruleId)).toEqual([
      'naming_child.name-and-class-strict',
    ]);
  });
});
