import { describe, it, expect } from 'vitest';
import { CATALOGUE } from '../../src/engine/rules/catalogue.generated';
import { CONDITIONS } from '../../src/engine/rules/conditions';
import { CONDITION_DESCRIPTIONS } from '../../src/engine/rules/conditions/descriptions';
import { CATEGORIES } from '../../src/engine/types';
import { asGeneralGuidance, CATEGORY_MESSAGE } from '../../src/engine/decide';
import { analyzeDraft } from '../../src/engine';
import { BUNDLED_PACKS } from '../../src/packs';
import { GRIEVANCE_RULES } from '../../src/content/nudge/raise';
import { loadRules } from '../../scripts/rules/catalogue';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RULES = CATALOGUE.families.flatMap((family) => family.rules);
/** The rules as their files write them: the policy clause each comes from stays there, out of the shipped catalogue. */
const FILE_RULES = loadRules().catalogue.families.flatMap((family) => family.rules);

// The rules are evidence for the model; each rule file's own cases are run by rules-data.test.ts.
describe('rule catalogue', () => {
  it('has unique ids in category.name form', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
  });

  it('gives every rule a policy source and a message, and ships the rules of the files', () => {
    expect(RULES.map((r) => r.id)).toEqual(FILE_RULES.map((r) => r.id));
    for (const rule of FILE_RULES) expect(rule.source, rule.id).toMatch(/\d{3}/);
    for (const rule of RULES) expect(rule.message.length, rule.id).toBeGreaterThan(10);
  });

  // Each family's types already refuse a missing or extra description; this holds the two lists together too.
  it('describes every condition, in the order docs/rules.md lists them, and describes nothing else', () => {
    expect(Object.keys(CONDITION_DESCRIPTIONS)).toEqual(Object.keys(CONDITIONS));
    for (const [name, does] of Object.entries(CONDITION_DESCRIPTIONS)) expect(does.length, name).toBeGreaterThan(10);
  });

  it('refuses a rule marked alone that the model does not read (its hits never reach the evidence)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      const rule = (extra: string): string =>
        [
          'family: test',
          'about: A test family.',
          'rules:',
          '  - id: threat.test-alone',
          '    category: threat',
          '    scope: anywhere',
          '    source: 004 §1',
          '    message: A test.',
          '    phrases: [burn it down]',
          ...extra.split('\n').filter((l) => l !== ''),
          '    cases:',
          '      fires: [{ text: "I will burn it down.", find: burn it down }]',
          '      quiet: [{ text: "Lovely day.", why: nothing }]',
        ].join('\n');
      writeFileSync(join(dir, 'test.yaml'), rule('    alone: true\n    evidence: false'));
      expect(loadRules(dir).problems.join('\n')).toMatch(/alone: true and evidence: false cannot go together/);
      writeFileSync(join(dir, 'test.yaml'), rule('    alone: true'));
      expect(loadRules(dir).problems.join('\n')).not.toMatch(/cannot go together/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('covers every category', () => {
    const covered = new Set(RULES.map((r) => r.category));
    for (const category of CATEGORIES) expect(covered.has(category), category).toBe(true);
  });
});

describe('the rules a note reads by id', () => {
  it('GRIEVANCE_RULES (content/nudge/raise.ts) are staff-conduct rules of the catalogue', () => {
    for (const id of GRIEVANCE_RULES) expect(RULES.find((rule) => rule.id === id)?.category, id).toBe('staff_conduct');
  });
});

describe('what a finding says under general guidance (asGeneralGuidance)', () => {
  const messages = [
    ...RULES.map((r) => r.message),
    ...Object.values(CATEGORY_MESSAGE),
    ...BUNDLED_PACKS.flatMap((p) => Object.values(p.rules).flatMap((r) => (r?.message ? [r.message] : []))),
  ];

  it('never says what "the school" or "its policy" asks, and leaves no "its" without the school it stood for', () => {
    for (const message of messages) {
      const general = asGeneralGuidance(message);
      expect(general, message).not.toMatch(/\b(The school asks|its policy asks|the policy asks)\b/);
      if (general !== message) expect(general, message).not.toMatch(/\bits\b/);
    }
  });

  it('tells a parent whose school has no pack what schools usually ask, with no stray "its"', () => {
    const generic = BUNDLED_PACKS.find((p) => p.id === 'generic');
    if (!generic) throw new Error('no generic pack');
    const verdict = analyzeDraft('Emailed the school office four times about the trip money and nobody has bothered to reply.', { role: 'parent', pack: generic });
    const said = verdict.findings.filter((f) => f.category === 'complaint').map((f) => f.message);
    expect(said.length).toBeGreaterThan(0);
    for (const message of said) {
      expect(message).not.toMatch(/\bThe school asks\b/);
      expect(message).not.toMatch(/\bits complaints route\b/);
    }
  });
});
