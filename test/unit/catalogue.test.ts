import { describe, it, expect } from 'vitest';
import { analyzeDraft, RULES } from '../../src/engine';
import { CATALOGUE } from '../../src/engine/rules/catalogue.generated';
import { CATEGORIES } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const generic = getBundledPack('generic');
if (!generic) throw new Error('generic pack missing');

// The rules are evidence for the model; here each is held to its own cases, judged by the rules alone.
describe('rule catalogue', () => {
  it('has unique ids in category.name form', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
  });

  it('gives every rule a source, a message and cases of both kinds', () => {
    for (const rule of RULES) {
      expect(rule.source, rule.id).toMatch(/\d{3}/);
      expect(rule.message.length, rule.id).toBeGreaterThan(10);
      expect(rule.cases.fires.length, rule.id).toBeGreaterThan(0);
      expect(rule.cases.quiet.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('covers every category', () => {
    const covered = new Set([...RULES.map((r) => r.category), ...CATALOGUE.families.flatMap((f) => f.rules.map((r) => r.category))]);
    for (const category of CATEGORIES) expect(covered.has(category), category).toBe(true);
  });

  it('uses global patterns only', () => {
    for (const rule of RULES) for (const p of rule.patterns) expect(p.global, `${rule.id} ${p.source}`).toBe(true);
  });

  for (const rule of RULES) {
    const role = rule.roles?.[0] ?? (rule.category === 'staff_conduct' ? 'staff' : 'parent');
    describe(rule.id, () => {
      for (const draft of rule.cases.fires) {
        it(`fires: ${draft}`, () => {
          const verdict = analyzeDraft(draft, { role, pack: generic, model: null });
          expect(verdict.categories).toContain(rule.category);
        });
      }
      for (const draft of rule.cases.quiet) {
        it(`stays quiet: ${draft}`, () => {
          const verdict = analyzeDraft(draft, { role, pack: generic, model: null });
          expect(verdict.categories).not.toContain(rule.category);
        });
      }
    });
  }
});
