import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { BUNDLED_PACKS, getBundledPack, parsePack } from '../../src/packs';
import bexton from '../../src/packs/bexton.json';

const SEEDS = '../shared/seeds';

/** Whitespace and typographic quotes vary between the seed text and a pack; the words must not. */
const plain = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

describe('bundled packs', () => {
  it('ships the six packs the corpora and the check tool use', () => {
    expect(BUNDLED_PACKS.map((p) => p.id)).toEqual(['bradgate', 'stoc', 'northwick', 'ogat', 'bexton', 'generic']);
    expect(getBundledPack('generic')?.shortName).toBe('your school');
    expect(getBundledPack('nope')).toBeUndefined();
  });

  for (const pack of BUNDLED_PACKS) {
    it(`${pack.id} validates and gives every enabled category a clause`, () => {
      expect(parsePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, pack });
      for (const rule of Object.values(pack.rules)) {
        expect(rule.clause.ref.length).toBeGreaterThan(0);
        expect(rule.clause.quote.length).toBeGreaterThan(0);
      }
      for (const role of ['parent', 'staff'] as const) expect(pack.routes[role].instruction.length).toBeGreaterThan(10);
    });

    if (pack.policy.seed) {
      it(`${pack.id} quotes its policy word for word`, () => {
        const file = readdirSync(SEEDS).find((f) => f.startsWith(`${pack.policy.seed}_`));
        expect(file).toBeDefined();
        const seed = plain(readFileSync(`${SEEDS}/${file}`, 'utf8'));
        for (const [category, rule] of Object.entries(pack.rules)) {
          expect(seed.includes(plain(rule.clause.quote)), `${category}: ${rule.clause.quote}`).toBe(true);
        }
      });
    }
  }
});

describe('parsePack', () => {
  it('names where each error is', () => {
    const broken = structuredClone(bexton) as Record<string, unknown>;
    const rules = broken.rules as Record<string, { clause: Record<string, unknown> }>;
    (rules.complaint as { clause: Record<string, unknown> }).clause.quote = 42;
    broken.schemaVersion = 2;
    (broken.routes as Record<string, unknown>).staff = undefined;
    const result = parsePack(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('rules.complaint.clause.quote must be a string');
    expect(result.errors).toContain('schemaVersion must be 1');
    expect(result.errors.some((e) => e.startsWith('routes.staff '))).toBe(true);
  });

  it('rejects unknown categories and fields rather than ignoring them', () => {
    const broken = structuredClone(bexton) as Record<string, unknown>;
    (broken.rules as Record<string, unknown>).complain = { enabled: true, clause: { ref: 'x', quote: 'y' } };
    const result = parsePack(broken);
    expect(result).toEqual({ ok: false, errors: ['rules.complain is not a known field'] });
  });

  it('never half-loads', () => {
    expect(parsePack(null)).toEqual({ ok: false, errors: ['pack must be an object'] });
    expect(parsePack({ ...bexton, aliases: ['ok', 3] }).ok).toBe(false);
  });
});
