import { describe, it, expect } from 'vitest';
import { CATALOGUE } from '../../src/engine/rules/catalogue.generated';
import { CATEGORIES } from '../../src/engine/types';

const RULES = CATALOGUE.families.flatMap((family) => family.rules);

// The rules are evidence for the model; each rule file's own cases are run by rules-data.test.ts.
describe('rule catalogue', () => {
  it('has unique ids in category.name form', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
  });

  it('gives every rule a policy source and a message', () => {
    for (const rule of RULES) {
      expect(rule.source, rule.id).toMatch(/\d{3}/);
      expect(rule.message.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('covers every category', () => {
    const covered = new Set(RULES.map((r) => r.category));
    for (const category of CATEGORIES) expect(covered.has(category), category).toBe(true);
  });
});
