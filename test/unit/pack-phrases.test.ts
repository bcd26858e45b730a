import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { parsePack } from '../../src/packs/schema';
import type { Pack } from '../../src/engine/types';

const raw = JSON.parse(readFileSync('docs/examples/ashdown.json', 'utf8')) as Record<string, unknown>;
const parsed = parsePack(raw);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const ashdown: Pack = parsed.pack;

describe("a school's own phrases", () => {
  it('nudge on their own, pointing at the words, with the pack\'s clause', () => {
    const text = 'Honestly Trashdown have cancelled sports day again.';
    const verdict = analyzeDraft(text, { role: 'parent', pack: ashdown });
    expect(verdict.nudge).toBe(true);
    const finding = verdict.findings.find((f) => f.ruleId === 'complaint.pack-ashdown');
    expect(finding && text.slice(finding.span.start, finding.span.end)).toBe('Trashdown');
    expect(finding?.message).toBe('Concerns should be raised with the school directly and not on social media.');
  });

  it('are evidence only when quoted or reported', () => {
    const verdict = analyzeDraft('Apparently some kids call it Trashdown, which is a shame.', { role: 'parent', pack: ashdown });
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('complaint.pack-ashdown');
  });

  it('do nothing for another school, or when the category is switched off', () => {
    const text = 'Trashdown have cancelled sports day again.';
    const complaint = ashdown.rules.complaint;
    if (!complaint) throw new Error('the example has no complaint rule');
    const off: Pack = { ...ashdown, rules: { ...ashdown.rules, complaint: { ...complaint, enabled: false } } };
    expect(analyzeDraft(text, { role: 'parent', pack: off }).findings.map((f) => f.ruleId)).not.toContain('complaint.pack-ashdown');
  });

  it('are refused at import when they are not phrases, at the phrase', () => {
    const bad = structuredClone(raw) as { rules: { complaint: { phrases: string[] } } };
    bad.rules.complaint.phrases = ['ok phrase', '..2 trashdown'];
    const result = parsePack(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^rules\.complaint\.phrases\.1 is not a phrase: .*must start with a word/)]);
  });
});
