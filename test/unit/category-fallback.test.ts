/**
 * When the model is sure a draft breaks the code but no category reaches its own threshold, one category is still
 * named: the likeliest the pack checks for this role. Before, it was the likeliest the draft's scope allowed, and in a
 * draft the context pass did not see as about the school only threats and hate are allowed, so an allegation about a
 * PTA treasurer was headed "This could be read as a threat".
 */
import { describe, it, expect } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { modelFindings } from '../../src/engine/decide';
import { getBundledPack } from '../../src/packs';

const LABELS = ['complaint', 'allegation', 'abuse', 'threat', 'hate', 'staff_conduct', 'nudge'] as const;
const at = (label: (typeof LABELS)[number]): number => LABELS.indexOf(label);
const NUDGE = at('nudge');
const names = (found: number[]): string[] => found.map((l) => LABELS[l] as string);

/** Probabilities by label, every naming threshold 0.5, no stand-alone finding. */
function findings(prob: Partial<Record<(typeof LABELS)[number], number>>, options: { mayFind?: string[]; fits?: string[]; floor?: Partial<Record<string, number>> } = {}): string[] {
  const p = LABELS.map((l) => prob[l] ?? 0.01);
  return names(
    modelFindings(
      p,
      NUDGE,
      LABELS.map(() => 0.5),
      LABELS.map(() => 2),
      () => true,
      (l) => (options.mayFind ?? (LABELS as readonly string[])).includes(LABELS[l] as string),
      false,
      (l) => options.floor?.[LABELS[l] as string] ?? 0,
      (l) => (options.fits ?? (LABELS as readonly string[])).includes(LABELS[l] as string),
    ),
  );
}

describe('the category named when the model is sure but no category reaches its threshold', () => {
  it('is the likeliest the pack checks, even where the scope allows only threats and hate', () => {
    const prob = { nudge: 0.95, allegation: 0.4, threat: 0.2, hate: 0.25 };
    expect(findings(prob, { mayFind: ['threat', 'hate'] })).toEqual(['allegation']);
  });

  it('is never one the pack does not check for this role, nor one below its floor', () => {
    const prob = { nudge: 0.95, staff_conduct: 0.45, threat: 0.42, complaint: 0.3 };
    const parent = ['complaint', 'allegation', 'abuse', 'threat', 'hate'];
    expect(findings(prob, { fits: parent })).toEqual(['threat']);
    expect(findings(prob, { fits: parent, floor: { threat: 0.9 } })).toEqual(['complaint']);
  });

  it('is none when the gate is closed, or when a category reaches its threshold', () => {
    expect(findings({ nudge: 0.3, allegation: 0.4 })).toEqual([]);
    expect(findings({ nudge: 0.95, allegation: 0.4, abuse: 0.6 })).toEqual(['abuse']);
  });

  it('heads an allegation about a PTA treasurer as an allegation, not a threat', () => {
    const pack = getBundledPack('generic');
    if (!pack) throw new Error('no pack generic');
    const verdict = analyzeDraft('the pta treasurer at oakfield spent the raffle money on her own holiday, seen the receipts', { role: 'parent', pack });
    expect(verdict.nudge).toBe(true);
    expect(verdict.categories).toEqual(['allegation']);
  });
});
