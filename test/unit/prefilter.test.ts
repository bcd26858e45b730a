/**
 * The prefilter (`Rule.triggers`, `alsoTriggers`, `where`) may only skip sentences that a rule could never match: for every
 * rule and every sentence of a large sample, the hits with the prefilter are exactly the hits without it.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonlTexts, policyText } from '../../scripts/provenance';
import { RULES, normalise } from '../../src/engine';
import { candidateSentences, ruleHits } from '../../src/engine/analyze';
import { buildContext } from '../../src/engine/context';
import { re } from '../../src/engine/rule';
import type { Rule } from '../../src/engine/rule';
import type { Role } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const pack = getBundledPack('bexton');
if (!pack) throw new Error('bexton pack missing');

/** Every catalogue case, every paragraph of the policies the packs quote, and every 40th training-corpus draft. */
function sample(): string[] {
  const texts = RULES.flatMap((r) => [...r.cases.fires, ...r.cases.quiet]);
  const policies = join('test', 'fixtures', 'policies');
  for (const file of readdirSync(policies)) texts.push(...policyText(readFileSync(join(policies, file), 'utf8')).split(/\n\s*\n/));
  const drafts = join('corpus', 'drafts');
  const corpus = readdirSync(drafts)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => jsonlTexts(readFileSync(join(drafts, file), 'utf8')));
  texts.push(...corpus.filter((_, i) => i % 40 === 0));
  return texts;
}

const spans = (rule: Rule, text: string, role: Role): string[] => {
  if (!pack) return [];
  const draft = buildContext(normalise(text), pack, role);
  return ruleHits(rule, draft).map((h) => `${h.start}-${h.end}`);
};

describe('trigger-word prefilter', () => {
  const texts = sample();

  it('has a sample worth the name', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('works out the same sentences for the whole catalogue at once as rule by rule', () => {
    if (!pack) return;
    for (const text of texts) {
      const draft = buildContext(normalise(text), pack, 'parent');
      const together = candidateSentences(draft);
      RULES.forEach((rule, r) => {
        if (!rule.triggers && !rule.alsoTriggers) return expect(together[r]).toBeUndefined();
        let alone = rule.triggers ? draft.sentencesWith(rule.triggers) : draft.sentences.map((_, i) => i);
        if (rule.alsoTriggers) {
          const also = new Set(draft.sentencesWith(rule.alsoTriggers));
          alone = alone.filter((s) => also.has(s));
        }
        expect(together[r], `${rule.id}: ${text.slice(0, 40)}`).toEqual(alone);
      });
    }
  });

  for (const rule of RULES.filter((r) => r.triggers ?? r.alsoTriggers ?? r.where)) {
    it(`${rule.id} finds the same hits with and without its triggers`, () => {
      const unfiltered: Rule = { ...rule, triggers: undefined, alsoTriggers: undefined, where: undefined };
      const role: Role = rule.roles?.[0] ?? (rule.category === 'staff_conduct' ? 'staff' : 'parent');
      const missed: string[] = [];
      for (const text of texts) {
        const want = spans(unfiltered, text, role);
        if (want.length === 0) continue;
        const got = spans(rule, text, role);
        if (got.join() !== want.join()) missed.push(text.slice(0, 80));
      }
      expect(missed).toEqual([]);
    });
  }
});

describe('pattern compilation', () => {
  it('drops the indices flag only where the hit is the whole match, and finds the same hits either way', () => {
    const whole = re('\\b(?<hit>(?:rude|unfair))(?![a-z])');
    const narrowed = re('\\b(?:very )(?<hit>rude)\\b');
    const named = re('\\b(?<hit>(?<name>[a-z]+) in year \\d)');
    expect(whole.flags).toBe('g');
    expect(narrowed.flags).toBe('dg');
    expect(named.flags).toBe('dg');
    const draft = buildContext(normalise('Mr Hale was very rude and unfair.'), pack, 'parent');
    const rule: Rule = { id: 't.t', category: 'abuse', message: '', source: '', scope: 'anywhere', patterns: [whole, narrowed], cases: { fires: [], quiet: [] } };
    const text = (h: { start: number; end: number }): string => draft.text.slice(h.start, h.end);
    expect(ruleHits(rule, draft).map(text)).toEqual(['rude', 'unfair', 'rude']);
  });
});
