import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLED_PACKS, getBundledPack, parsePack } from '../../src/packs';
import { count, PACK_LIMITS } from '../../src/packs/schema';
import { closestName } from '../../src/packs/closest-name';
import { CATEGORIES, clauseFor } from '../../src/engine/types';
import bexton from '../../src/packs/bexton.json';
import { DEV, generateFixtures, policyPath, SEEDS } from '../../scripts/fixtures';
import { plain, policyText } from '../../scripts/provenance';

describe('bundled packs', () => {
  it('ships the six packs the corpora and the check tool use', () => {
    expect(BUNDLED_PACKS.map((p) => p.id)).toEqual(['bradgate', 'stoc', 'northwick', 'ogat', 'bexton', 'generic']);
    expect(getBundledPack('generic')?.shortName).toBe('your school');
    expect(getBundledPack('nope')).toBeUndefined();
  });

  for (const pack of BUNDLED_PACKS) {
    it(`${pack.id} validates and gives every enabled category a clause`, () => {
      // Bundled packs are not validated as they load (src/packs/index.ts): this is their check.
      const parsed = parsePack(JSON.parse(JSON.stringify(pack)));
      expect(parsed).toEqual({ ok: true, pack });
      expect(JSON.stringify(parsed.ok && parsed.pack)).toBe(JSON.stringify(pack));
      for (const rule of Object.values(pack.rules)) {
        expect(rule.clause.ref.length).toBeGreaterThan(0);
        expect(rule.clause.quote.length).toBeGreaterThan(0);
      }
      for (const role of ['parent', 'staff'] as const) expect(pack.routes[role].instruction.length).toBeGreaterThan(10);
    });

    it(`${pack.id}'s routes promise no address they do not give`, () => {
      // "…or email the year group email." with no address sent parents hunting for it (from the fresh-eyes review):
      // a route that says to e-mail without carrying the address says where the address is.
      for (const role of ['parent', 'staff'] as const) {
        const route = pack.routes[role];
        if (/\be-?mail/i.test(route.instruction) && !route.email) {
          expect(route.instruction, `${role}: ${route.instruction}`).toMatch(/the address the school gave you/);
        }
      }
    });

    it(`${pack.id} quotes no reader a rule addressed to someone else`, () => {
      // A parent is not told "Pupils will not post…" is their rule, nor a member of staff "Parents must consider…".
      // (A statement about others, "Parents have been asked to inform the school…", quoted to staff, is no such rule.)
      const asks = String.raw`( \w+)? (will|must|should|are advised|are expected)\b`;
      const others = { parent: new RegExp(`^(pupils|students|staff)${asks}`, 'i'), staff: new RegExp(`^(pupils|students|parents(/carers)?)${asks}`, 'i') };
      for (const [category, rule] of Object.entries(pack.rules)) {
        // staff_conduct is checked for staff alone.
        for (const role of category === 'staff_conduct' ? (['staff'] as const) : (['parent', 'staff'] as const)) {
          const { quote } = clauseFor(rule, role);
          expect(quote, `${category}, quoted to ${role}`).not.toMatch(others[role]);
        }
      }
    });

    it(`${pack.id} quotes staff no section headed for parents`, () => {
      // Bexton's staff saw "Inappropriate use of social networking sites by parents" above a threat's or hate's note.
      for (const [category, rule] of Object.entries(pack.rules)) {
        expect(clauseFor(rule, 'staff').ref, `${category}, quoted to staff`).not.toMatch(/\bparents?\b/i);
      }
    });

    if (pack.policy.seed) {
      it(`${pack.id} quotes its policy word for word`, () => {
        // test/fixtures/policies holds the policy's own paragraphs (checked against the policy below).
        const policy = plain(policyText(readFileSync(policyPath(pack.id), 'utf8')));
        for (const [category, rule] of Object.entries(pack.rules)) {
          // General guidance (PackClause.general) is not the policy's words, and the note does not say it is.
          if (!rule.clause.general) expect(policy.includes(plain(rule.clause.quote)), `${category}: ${rule.clause.quote}`).toBe(true);
          if (rule.staffClause && !rule.staffClause.general) {
            expect(policy.includes(plain(rule.staffClause.quote)), `${category}, staff: ${rule.staffClause.quote}`).toBe(true);
          }
        }
      });
    }
  }
});

describe('the policy fixtures', () => {
  it('are copied word for word from the policies (compared whenever ../shared/seeds is present)', () => {
    if (!existsSync(SEEDS) || !existsSync(DEV)) {
      console.warn(`packs: ${SEEDS} is not here, so test/fixtures/policies was not compared with the policies it copies.`);
      return;
    }
    for (const [path, text] of generateFixtures()) {
      if (path.includes('/policies/')) expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run fixtures`).toBe(text);
    }
  });

  it('catch a quote that is not in the policy', () => {
    const policy = plain(policyText(readFileSync(policyPath('bexton'), 'utf8')));
    expect(policy.includes(plain(bexton.rules.complaint.clause.quote))).toBe(true);
    expect(policy.includes(plain('Making complaints about the School or its governors'))).toBe(false);
  });
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
    expect(result).toEqual({ ok: false, errors: ['rules.complain is not a known field: did you mean complaint?'] });
  });

  it('suggests the known field a misspelt one is closest to, within two edits, and guesses nothing further off', () => {
    const broken = structuredClone(bexton) as Record<string, unknown>;
    const rules = broken.rules as Record<string, unknown>;
    rules.naming_chlid = rules.naming_child;
    delete rules.naming_child;
    expect(parsePack(broken)).toEqual({ ok: false, errors: ['rules.naming_chlid is not a known field: did you mean naming_child?'] });
    // A longer or shorter form of the same word (from a fresh-eyes review).
    const plural = structuredClone(bexton) as Record<string, unknown>;
    const pluralRules = plural.rules as Record<string, unknown>;
    pluralRules.naming_children = pluralRules.naming_child;
    delete pluralRules.naming_child;
    expect(parsePack(plural)).toEqual({ ok: false, errors: ['rules.naming_children is not a known field: did you mean naming_child?'] });
    expect(closestName('personal_information', CATEGORIES)).toBe('personal_info');
    expect(closestName('impersonating', CATEGORIES)).toBe('impersonation');
    expect(closestName('gossip', CATEGORIES)).toBeUndefined();
    expect(closestName('comments', CATEGORIES)).toBeUndefined();
    // A field of the pack itself, and of a route, are matched against their own object's fields.
    expect(parsePack({ ...bexton, polcy: bexton.policy })).toEqual({ ok: false, errors: ['polcy is not a known field: did you mean policy?'] });
    const route = structuredClone(bexton) as unknown as { routes: { parent: Record<string, unknown> } };
    route.routes.parent.emial = 'office@bexton.example';
    expect(parsePack(route)).toEqual({ ok: false, errors: ['routes.parent.emial is not a known field: did you mean email?'] });
    // Three edits or more from anything known: no guess.
    const far = structuredClone(bexton) as Record<string, unknown>;
    (far.rules as Record<string, unknown>).gossip = { enabled: true, clause: { ref: 'x', quote: 'y' } };
    expect(parsePack(far)).toEqual({ ok: false, errors: ['rules.gossip is not a known field'] });
    // A different case is the slip most likely; a name every letter of which would change is no slip.
    expect(parsePack({ ...bexton, shortname: 'Bexton' })).toEqual({ ok: false, errors: ['shortname is not a known field: did you mean shortName?'] });
    expect(parsePack({ ...bexton, 7: true })).toEqual({ ok: false, errors: ['7 is not a known field'] });
  });

  it('names every unknown field, at every level, in one check and in the order the pack gives them', () => {
    // Each field renamed where it stands: "shortName" → "shortname" is still the fourth field of the pack.
    const renamed = (object: Record<string, unknown>, from: string, to: string): Record<string, unknown> =>
      Object.fromEntries(Object.entries(object).map(([key, value]) => [key === from ? to : key, value]));
    const broken = renamed(renamed(structuredClone(bexton) as Record<string, unknown>, 'shortName', 'shortname'), 'aliases', 'alias');
    const routes = broken.routes as Record<string, Record<string, unknown>>;
    routes.staff = renamed(routes.staff as Record<string, unknown>, 'instruction', 'instructions');
    const rules = broken.rules as Record<string, Record<string, unknown>>;
    const threat = rules.threat as Record<string, unknown>;
    threat.clause = { ...renamed(threat.clause as Record<string, unknown>, 'quote', 'qoute'), page: 4 };
    rules.gossip = { enabled: true };
    broken.colour = 'blue';
    // Once each, at the misspelling: "shortName is missing" is not said as well.
    expect(parsePack(broken)).toEqual({
      ok: false,
      errors: [
        'shortname is not a known field: did you mean shortName?',
        'alias is not a known field: did you mean aliases?',
        'routes.staff.instructions is not a known field: did you mean instruction?',
        'rules.threat.clause.qoute is not a known field: did you mean quote?',
        'rules.threat.clause.page is not a known field',
        'rules.gossip is not a known field',
        'colour is not a known field',
      ],
    });
  });

  it('says every other problem beside the unknown fields, each once', () => {
    const broken = structuredClone(bexton) as unknown as { name: unknown; rules: Record<string, Record<string, unknown>> };
    broken.name = '';
    const complaint = broken.rules.complaint as Record<string, unknown>;
    complaint.evenInPraise = true;
    complaint.clause = { ref: 3, quote: (complaint.clause as { quote: string }).quote, qoute: 'x' };
    complaint.enabeld = true;
    // A field that is missing and not misspelt is still missing.
    delete (broken.rules.photo as Record<string, unknown>).enabled;
    expect(parsePack(broken)).toEqual({
      ok: false,
      errors: [
        'name must not be empty',
        'rules.complaint.clause.ref must be a string',
        'rules.complaint.clause.qoute is not a known field: did you mean quote?',
        'rules.complaint.evenInPraise is for naming_child only',
        'rules.complaint.enabeld is not a known field: did you mean enabled?',
        'rules.photo.enabled is missing',
      ],
    });
  });

  it('reports one bad web address once, saying what is wrong with it', () => {
    const withUrl = (url: string) => {
      const pack = structuredClone(bexton) as unknown as { routes: { parent: Record<string, unknown> } };
      pack.routes.parent.url = url;
      return parsePack(pack);
    };
    expect(withUrl('complaints page')).toEqual({ ok: false, errors: ['routes.parent.url must be a web address'] });
    expect(withUrl('http://www.bexton.example/complaints')).toEqual({ ok: false, errors: ['routes.parent.url must start with https://'] });
    expect(withUrl('https://www.bexton.example/complaints').ok).toBe(true);
  });

  it('never half-loads', () => {
    expect(parsePack(null)).toEqual({ ok: false, errors: ['pack must be an object'] });
    expect(parsePack({ ...bexton, aliases: ['ok', 3] }).ok).toBe(false);
  });
});

describe('what a pack may hold', () => {
  const pack = (): Record<string, unknown> => structuredClone(bexton) as Record<string, unknown>;
  const errorsOf = (json: unknown): string[] => {
    const result = parsePack(json);
    return result.ok ? [] : result.errors;
  };

  it.each([
    ['a zero-width space', '\u200B'],
    ['spaces', '   '],
    ['a zero-width joiner and a word joiner', '\u200D\u2060'],
    ['a Hangul filler', '\u3164'],
    ['a soft hyphen and a no-break space', '\u00AD\u00A0'],
  ])('refuses a shortName of only %s ("Raise it with ")', (_what, shortName) => {
    expect(errorsOf({ ...pack(), shortName })).toEqual([expect.stringMatching(/^shortName must (not be empty|have some visible text)$/)]);
  });

  it('refuses invisible-only text in any text field, saying which', () => {
    const broken = pack();
    (broken.routes as { parent: Record<string, unknown> }).parent.label = '\u200B\u200B';
    broken.aliases = ['Bexton', '\uFEFF\u200C'];
    expect(errorsOf(broken)).toEqual(['aliases.1 must have some visible text', 'routes.parent.label must have some visible text']);
  });

  it('still accepts names in any script, emoji and hashtags', () => {
    expect(parsePack({ ...pack(), shortName: '北京第一小学', aliases: ['مدرسة', '#BextonRocks', '🏫 Bexton'] }).ok).toBe(true);
  });

  it(`refuses more than ${PACK_LIMITS.aliases} aliases and ${PACK_LIMITS.staff} staff names, and names longer than ${PACK_LIMITS.nameLength} characters`, () => {
    expect(PACK_LIMITS).toMatchObject({ aliases: 100, staff: 1_000, nameLength: 200, textLength: 2_000 });
    const many = { ...pack(), aliases: Array.from({ length: 101 }, (_, i) => `Bexton ${i}`), staff: Array.from({ length: 1_001 }, (_, i) => `Mr ${i}`) };
    expect(errorsOf(many)).toEqual(['aliases must list at most 100 names', 'staff must list at most 1,000 names']);
    expect(parsePack({ ...pack(), aliases: many.aliases.slice(0, 100), staff: many.staff.slice(0, 1_000) }).ok).toBe(true);
    expect(errorsOf({ ...pack(), shortName: 'B'.repeat(201) })).toEqual(['shortName must be at most 200 characters']);
    const longQuote = pack();
    (longQuote.rules as { photo: { clause: { quote: string } } }).photo.clause.quote = 'x'.repeat(2_001);
    expect(errorsOf(longQuote)).toEqual(['rules.photo.clause.quote must be at most 2,000 characters']);
  });

  it('reports the first 50 problems and counts the rest, a list too long as well as what is wrong in it', () => {
    const errors = errorsOf({ ...pack(), staff: Array.from({ length: 30_000 }, () => 0) });
    expect(errors).toHaveLength(51);
    expect(errors.slice(0, 3)).toEqual(['staff must list at most 1,000 names', 'staff.0 must be a string', 'staff.1 must be a string']);
    expect(errors[50]).toBe('and 29,951 more problems');
  });
});

describe('numbers in pack messages', () => {
  it('are written as en-GB writes them', () => {
    expect([0, 512, 1000, 20000, 1234567].map(count)).toEqual(['0', '512', '1,000', '20,000', '1,234,567']);
  });
});
