import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/engine/types';
import { BUNDLED_PACKS, getBundledPack } from '../../src/packs';
import {
  checkOwnRoute,
  checkSchoolsChange,
  importClash,
  MAX_SCHOOLS,
  DEFAULT_SETTINGS,
  defaultSettings,
  interpretSettings,
  isPaused,
  muteCategory,
  mutedCategories,
  readManaged,
  readSettings,
  resolveSettings,
  SETTINGS_VERSION,
  unmuteCategory,
  withoutExpiredSnoozes,
} from '../../src/settings';
import { unmarked } from './older-packs';

const NOW = Date.UTC(2025, 0, 15, 9, 0);
const bexton = getBundledPack('bexton') as Pack;
const ashdown: Pack = { ...bexton, id: 'ashdown', name: 'Ashdown Primary School', shortName: 'Ashdown', aliases: ['Ashdown'] };

describe('settings storage format', () => {
  it('is at version 2, and the defaults check everything on both sites for a parent with no school', () => {
    expect(SETTINGS_VERSION).toBe(2);
    expect(DEFAULT_SETTINGS).toEqual({
      version: 2,
      role: 'parent',
      schools: [],
      routes: {},
      sites: { x: true, facebook: true },
      optOuts: [],
      snoozes: {},
      pause: null,
    });
  });

  it('keeps valid v2 settings as they are', () => {
    const saved = {
      ...defaultSettings(),
      role: 'staff',
      schools: ['stoc', 'bexton'],
      routes: { bexton: { email: 'office@bexton.example' } },
      sites: { x: false, facebook: true },
      optOuts: ['complaint'],
      snoozes: { threat: NOW },
      pause: { until: null },
    };
    expect(interpretSettings(saved)).toEqual({ settings: saved, status: 'current' });
  });

  it('migrates v1 settings to v2, keeping the role and schools and adding the new fields at their defaults', () => {
    expect(interpretSettings({ version: 1, role: 'staff', schools: ['stoc'] })).toEqual({
      status: 'migrated',
      settings: { ...defaultSettings(), role: 'staff', schools: ['stoc'] },
    });
  });

  it('starts from the defaults when nothing is stored', () => {
    expect(interpretSettings(undefined)).toEqual({ settings: defaultSettings(), status: 'absent' });
  });

  it('uses the defaults for settings from a newer version, marked so that they are not overwritten', () => {
    expect(interpretSettings({ version: 3, role: 'staff', schools: [], theme: 'dark' })).toEqual({
      settings: defaultSettings(),
      status: 'newer',
    });
  });

  it.each([
    null,
    'parent',
    42,
    [],
    { version: 99.5 },
    { version: 1, role: 'head', schools: [] },
    { version: 2, role: 'parent', schools: ['Bexton Primary'] },
    { ...defaultSettings(), routes: { bexton: { url: 'http://bexton.example' } } },
    { ...defaultSettings(), routes: { bexton: { email: 'not an address' } } },
    { ...defaultSettings(), optOuts: ['gossip'] },
    { ...defaultSettings(), sites: { x: 'yes', facebook: true } },
    { ...defaultSettings(), pause: { until: 'later' } },
    { foreign: 'data from another extension' },
  ])('replaces unreadable settings (%j) with the defaults, marked for a notice', (stored) => {
    expect(interpretSettings(stored)).toEqual({ settings: defaultSettings(), status: 'unreadable' });
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('muting categories', () => {
  it('opts out until turned back on, or snoozes for some minutes; turning back on clears both', () => {
    const optedOut = muteCategory(defaultSettings(), 'complaint', undefined, NOW);
    expect(optedOut.optOuts).toEqual(['complaint']);
    expect(muteCategory(optedOut, 'complaint', undefined, NOW).optOuts).toEqual(['complaint']);
    const snoozed = muteCategory(optedOut, 'threat', 30, NOW);
    expect(snoozed.snoozes).toEqual({ threat: NOW + 30 * 60_000 });
    expect(mutedCategories(snoozed, NOW)).toEqual(new Set(['complaint', 'threat']));
    expect(mutedCategories(snoozed, NOW + 30 * 60_000)).toEqual(new Set(['complaint']));
    const back = unmuteCategory(unmuteCategory(snoozed, 'threat'), 'complaint');
    expect(back.optOuts).toEqual([]);
    expect(back.snoozes).toEqual({});
  });

  it('forgets snoozes that have run out', () => {
    const settings = { ...defaultSettings(), snoozes: { threat: NOW - 1, hate: NOW + 1 } };
    expect(withoutExpiredSnoozes(settings, NOW).snoozes).toEqual({ hate: NOW + 1 });
  });
});

describe('pause', () => {
  it('is paused until the time given, or until turned back on', () => {
    expect(isPaused({ pause: null }, NOW)).toBe(false);
    expect(isPaused({ pause: { until: NOW + 1 } }, NOW)).toBe(true);
    expect(isPaused({ pause: { until: NOW } }, NOW)).toBe(false);
    expect(isPaused({ pause: { until: null } }, NOW)).toBe(true);
  });
});

describe('a route typed by the user', () => {
  it('accepts an https web address and an e-mail address, trimmed', () => {
    expect(checkOwnRoute({ url: ' https://bexton.example/complaints ', email: 'office@bexton.example ' })).toEqual({
      ok: true,
      route: { url: 'https://bexton.example/complaints', email: 'office@bexton.example' },
    });
    expect(checkOwnRoute({ url: '', email: '' })).toEqual({ ok: true, route: {} });
  });

  it('says what is wrong with each field', () => {
    expect(checkOwnRoute({ url: 'http://bexton.example', email: 'office at bexton' })).toEqual({
      ok: false,
      errors: {
        url: 'Enter a web address starting with https://',
        email: 'Enter an e-mail address, like office@school.org.uk',
      },
    });
    expect(checkOwnRoute({ url: 'bexton.example', email: '' })).toMatchObject({ ok: false, errors: { url: expect.any(String) } });
  });
});

describe("a school's or trust's policy (managed storage)", () => {
  it('reads every field it knows', () => {
    const stored = {
      role: 'staff',
      schools: ['bexton', 'ashdown'],
      packs: [JSON.parse(JSON.stringify(ashdown)) as unknown],
      routes: { bexton: { url: 'https://bexton.example/concerns' } },
      sites: { facebook: false },
      lock: ['pause', 'categories'],
    };
    expect(readManaged(stored)).toEqual({
      policy: {
        role: 'staff',
        schools: ['bexton', 'ashdown'],
        packs: [ashdown],
        routes: { bexton: { url: 'https://bexton.example/concerns' } },
        sites: { facebook: false },
        lock: ['pause', 'categories'],
      },
      problems: [],
    });
    expect(readManaged({})).toEqual({ policy: {}, problems: [] });
    expect(readManaged(undefined)).toEqual({ policy: {}, problems: [] });
  });

  it('leaves out only what it cannot read, and says where', () => {
    const broken = { ...JSON.parse(JSON.stringify(ashdown)), id: 'broken', rules: { complaint: { enabled: true, clause: { ref: 'x', quote: 3 } } } };
    const { policy, problems } = readManaged({
      role: 'headteacher',
      schools: ['bexton'],
      packs: [broken, JSON.parse(JSON.stringify(ashdown)), 'bexton'],
      routes: { bexton: { url: 'http://bexton.example' } },
      lock: ['everything'],
      colour: 'blue',
    });
    expect(policy).toEqual({ schools: ['bexton'], packs: [ashdown] });
    expect(problems).toEqual([
      'role must be "parent" or "staff"',
      'routes.bexton.url must be a web address starting with https://',
      'lock.0 must be "categories" or "pause"',
      'packs.0 (broken): rules.complaint.clause.quote must be a string',
      'packs.2 must be an object',
      'colour is not a setting Second Thought knows',
    ]);
  });

  it('names a misspelt key inside a route or the site switches, where it was dropped without a word', () => {
    const { policy, problems } = readManaged({
      routes: { bexton: { url: 'https://bexton.example/concerns', emial: 'office@bexton.example' } },
      sites: { facebok: false, x: true },
    });
    expect(policy).toEqual({ routes: { bexton: { url: 'https://bexton.example/concerns' } }, sites: { x: true } });
    expect(problems).toEqual([
      'routes.bexton.emial is not a field a route has: did you mean email?',
      'sites.facebok is not a site Second Thought knows: did you mean facebook?',
    ]);
    expect(readManaged({ sites: { instagram: true } }).problems).toEqual(['sites.instagram is not a site Second Thought knows (x, facebook)']);
  });

  it("says a broken pack's problems on one line, naming the pack by its id", () => {
    const broken = { ...JSON.parse(JSON.stringify(ashdown)), id: 'stbroken', name: 3, rules: { complaint: { enabled: true, clause: { ref: 'x', quote: 3 } } } };
    const { problems } = readManaged({ packs: [JSON.parse(JSON.stringify(ashdown)), broken] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^packs\.1 \(stbroken\): .*name.*; .*rules\.complaint\.clause\.quote must be a string/);
  });

  it("names every unknown field of a broken pack at once, still on the pack's one line", () => {
    const broken = JSON.parse(JSON.stringify({ ...ashdown, id: 'stbroken' })) as Record<string, unknown> & {
      routes: { parent: Record<string, unknown> };
      rules: { complaint: { clause: Record<string, unknown> } };
    };
    broken.shortname = broken.shortName;
    delete broken.shortName;
    broken.routes.parent.emial = 'office@stbroken.example';
    broken.rules.complaint.clause.qoute = broken.rules.complaint.clause.quote;
    delete broken.rules.complaint.clause.quote;
    const { policy, problems } = readManaged({ packs: [JSON.parse(JSON.stringify(ashdown)), broken] });
    expect(policy.packs).toEqual([ashdown]);
    expect(problems).toEqual([
      'packs.1 (stbroken): routes.parent.emial is not a known field: did you mean email?; ' +
        'rules.complaint.clause.qoute is not a known field: did you mean quote?; ' +
        'shortname is not a known field: did you mean shortName?',
    ]);
    // One unknown field reads as it did.
    const one = JSON.parse(JSON.stringify({ ...ashdown, id: 'stone', colour: 'blue' })) as unknown;
    expect(readManaged({ packs: [one] }).problems).toEqual(['packs.0 (stone): colour is not a known field']);
  });

  it('refuses a policy that is not an object', () => {
    expect(readManaged('bexton')).toEqual({ policy: {}, problems: ['the policy is not an object'] });
  });
});

describe('the settings that apply', () => {
  it("are the user's own when there is no policy", () => {
    const user = { ...defaultSettings(), role: 'staff' as const, schools: ['bexton', 'nope', 'stoc'], optOuts: ['complaint' as const] };
    const effective = resolveSettings({ user });
    expect(effective.role).toBe('staff');
    expect(effective.schools.map((school) => school.pack.id)).toEqual(['bexton', 'stoc']);
    expect(effective.missing).toEqual(['nope']);
    expect(effective.optOuts).toEqual(['complaint']);
    expect(effective.locks).toEqual({ role: false, schools: false, sites: { x: false, facebook: false }, categories: false, pause: false });
    expect(effective.available.map((pack) => pack.id)).toEqual(BUNDLED_PACKS.filter((p) => p.id !== 'generic').map((p) => p.id));
  });

  it('give each school its route for the role, with the user’s address replacing the pack’s', () => {
    const user = { ...defaultSettings(), schools: ['bexton', 'ogat'], routes: { bexton: { email: 'office@bexton.example' } } };
    const [b, o] = resolveSettings({ user }).schools;
    expect(b).toMatchObject({ routeSource: 'user', routeLocked: false, route: { ...bexton.routes.parent, email: 'office@bexton.example' } });
    expect(o).toMatchObject({ routeSource: 'pack', route: getBundledPack('ogat')?.routes.parent });
  });

  it('send staff the way their pack says, not to the complaints address a parent gave', () => {
    const user = { ...defaultSettings(), role: 'staff' as const, schools: ['bexton'], routes: { bexton: { email: 'office@bexton.example' } } };
    const [b] = resolveSettings({ user }).schools;
    expect(b).toMatchObject({ routeSource: 'pack', routeLocked: false, route: bexton.routes.staff });
    expect(b?.route.email).toBeUndefined();
    // The address is kept: it is the parent's route again when the role is.
    expect(resolveSettings({ user: { ...user, role: 'parent' } }).schools[0]?.route.email).toBe('office@bexton.example');
  });

  it('send staff with a personal pack made before staff had a route of their own to the general staff route', () => {
    // Such a pack carries the parents' complaints address in its staff route too.
    const generic = getBundledPack('generic') as Pack;
    const where = { email: 'office@ashdown.example' };
    const old: Pack = { ...generic, id: 'own-ashdown', name: 'Ashdown', shortName: 'Ashdown', routes: { parent: { ...generic.routes.parent, ...where }, staff: { ...generic.routes.staff, ...where } } };
    const user = { ...defaultSettings(), role: 'staff' as const, schools: ['own-ashdown'] };
    expect(resolveSettings({ user, imported: [old] }).schools[0]?.route).toEqual(generic.routes.staff);
    expect(resolveSettings({ user: { ...user, role: 'parent' }, imported: [old] }).schools[0]?.route.email).toBe('office@ashdown.example');
    // A pack that gives staff an address of their own keeps it.
    const own = { ...old, routes: { ...old.routes, staff: { ...generic.routes.staff, email: 'head@ashdown.example' } } };
    expect(resolveSettings({ user, imported: [own] }).schools[0]?.route.email).toBe('head@ashdown.example');
  });

  it('mark a personal pack made before general guidance was marked as general guidance, and leave packs already marked as they are', () => {
    // The general pack's clauses, copied without the mark, as personal packs were made before it existed.
    const generic = getBundledPack('generic') as Pack;
    const old: Pack = { ...unmarked(generic), id: 'own-ashdown', name: 'Ashdown', shortName: 'Ashdown' };
    const user = { ...defaultSettings(), schools: ['own-ashdown', 'bexton'] };
    const [ashdown, bext] = resolveSettings({ user, imported: [old] }).schools;
    for (const rule of Object.values(ashdown?.pack.rules ?? {})) {
      expect(rule.clause.general).toBe(true);
      if (rule.staffClause) expect(rule.staffClause.general).toBe(true);
    }
    expect(Object.keys(ashdown?.pack.rules ?? {})).toEqual(Object.keys(generic.rules));
    // A school's own policy is quoted as its own: Bexton's pack is the bundled one, unchanged.
    expect(bext?.pack).toBe(bexton);
  });

  it("give a trust's address to the staff route and keep a pack's safeguarding route as the pack gives it", () => {
    // STOC's staff raise school matters with SLT and a child's welfare with the Designated Safeguarding Lead.
    const stoc = getBundledPack('stoc') as Pack;
    const user = { ...defaultSettings(), role: 'staff' as const, schools: ['stoc'] };
    const route = resolveSettings({ user, managed: { routes: { stoc: { email: 'slt@stoc.example' } } } }).schools[0]?.route;
    expect(route).toEqual({ ...stoc.routes.staff, email: 'slt@stoc.example' });
    expect(route?.safeguarding).toEqual({ label: 'the Designated Safeguarding Lead', instruction: expect.stringContaining('Designated Safeguarding Lead') as string });
    expect(resolveSettings({ user }).schools[0]?.route).toEqual(stoc.routes.staff);
  });

  it("put the policy's values over the user's and lock them", () => {
    const user = {
      ...defaultSettings(),
      role: 'parent' as const,
      schools: ['ogat'],
      routes: { bexton: { url: 'https://mine.example' } },
      sites: { x: false, facebook: false },
      optOuts: ['threat' as const],
      snoozes: { hate: NOW + 1 },
      pause: { until: null },
    };
    const effective = resolveSettings({
      user,
      managed: {
        role: 'staff',
        schools: ['bexton'],
        routes: { bexton: { email: 'complaints@trust.example' } },
        sites: { x: true },
        lock: ['categories', 'pause'],
      },
    });
    expect(effective.role).toBe('staff');
    expect(effective.schools).toHaveLength(1);
    expect(effective.schools[0]).toMatchObject({
      pack: { id: 'bexton' },
      routeSource: 'managed',
      routeLocked: true,
      route: { ...bexton.routes.staff, email: 'complaints@trust.example' },
    });
    expect(effective.sites).toEqual({ x: true, facebook: false });
    expect(effective.optOuts).toEqual([]);
    expect(effective.snoozes).toEqual({});
    expect(effective.pause).toBeNull();
    expect(effective.locks).toEqual({ role: true, schools: true, sites: { x: true, facebook: false }, categories: true, pause: true });
    expect(effective.user).toBe(user);
  });

  it("choose the policy's packs when it gives packs but no school ids, and prefer its packs over imported and bundled ones", () => {
    const trustBexton: Pack = { ...bexton, shortName: 'Bexton (trust copy)' };
    const importedBexton: Pack = { ...bexton, shortName: 'Bexton (imported)' };
    const effective = resolveSettings({
      user: { ...defaultSettings(), schools: ['stoc'] },
      managed: { packs: [ashdown, trustBexton] },
      imported: [importedBexton],
    });
    expect(effective.schools.map((school) => school.pack.shortName)).toEqual(['Ashdown', 'Bexton (trust copy)']);
    expect(effective.locks.schools).toBe(true);
  });
});

describe('managed settings win, always', () => {
  /** A copy of Bexton's pack, imported by the user before the trust's policy arrived, that checks nothing. */
  const quietCopy: Pack = { ...bexton, name: 'Bexton (my copy)', shortName: 'My Bexton', rules: {} };

  it("an imported pack with a bundled pack's id never replaces the school a trust's policy chose", () => {
    const effective = resolveSettings({
      user: { ...defaultSettings(), schools: ['bexton'] },
      managed: { schools: ['bexton'], lock: ['categories'] },
      imported: [quietCopy],
    });
    expect(effective.schools.map((school) => school.pack)).toEqual([bexton]);
    expect(effective.shadowed).toEqual([quietCopy]);
    expect(effective.available.filter((pack) => pack.id === 'bexton')).toEqual([bexton]);
  });

  it('a school the policy names is taken from its packs or the bundled ones, never from an imported pack', () => {
    const effective = resolveSettings({ user: defaultSettings(), managed: { schools: ['ashdown'] }, imported: [ashdown] });
    expect(effective.schools).toEqual([]);
    expect(effective.missing).toEqual(['ashdown']);
    expect(effective.locks.schools).toBe(true);
  });

  it("without a policy the bundled pack still wins over an imported copy with its id, and the copy is named as unused", () => {
    const effective = resolveSettings({ user: { ...defaultSettings(), schools: ['bexton'] }, imported: [quietCopy, ashdown] });
    expect(effective.schools.map((school) => school.pack)).toEqual([bexton]);
    expect(effective.shadowed).toEqual([quietCopy]);
    expect(effective.available.map((pack) => pack.id)).toEqual(['ashdown', ...BUNDLED_PACKS.filter((p) => p.id !== 'generic').map((p) => p.id)]);
  });

  it("a policy's pack wins over an imported pack with the same id", () => {
    const trustAshdown: Pack = { ...ashdown, shortName: 'Ashdown (trust)' };
    const effective = resolveSettings({ user: { ...defaultSettings(), schools: ['ashdown'] }, managed: { packs: [trustAshdown] }, imported: [ashdown] });
    expect(effective.schools.map((school) => school.pack)).toEqual([trustAshdown]);
    expect(effective.shadowed).toEqual([ashdown]);
  });

  it('refuses to import a pack whose id a bundled pack or the policy already uses, saying whose it is', () => {
    expect(importClash(quietCopy, {})).toBe('id "bexton" is already used by Bexton Primary School, which comes with Second Thought: give this pack an id of its own');
    expect(importClash(ashdown, { packs: [ashdown] })).toBe(
      'id "ashdown" is already used by Ashdown Primary School, which your school or trust set: give this pack an id of its own',
    );
    expect(importClash(ashdown, {})).toBeUndefined();
    expect(importClash({ ...ashdown, id: 'generic' }, {})).toMatch(/^id "generic" is already used by/);
  });

  it('a pack with the id "constructor" keeps the route the trust set for it, and no route is read from the object prototype', () => {
    const odd: Pack = { ...ashdown, id: 'constructor', name: 'Constructor Academy', shortName: 'Constructor' };
    const read = readManaged({
      packs: [JSON.parse(JSON.stringify(odd)) as unknown],
      routes: JSON.parse('{"constructor": {"email": "office@constructor.example"}}') as unknown,
    });
    expect(read.problems).toEqual([]);
    const [school] = resolveSettings({ user: defaultSettings(), managed: read.policy }).schools;
    expect(school).toMatchObject({ routeSource: 'managed', routeLocked: true, route: { email: 'office@constructor.example' } });

    // With no route set anywhere, "constructor" is not found on Object.prototype as if it were one.
    const [plain] = resolveSettings({ user: { ...defaultSettings(), schools: ['constructor'] }, imported: [odd] }).schools;
    expect(plain).toMatchObject({ routeSource: 'pack', routeLocked: false, route: odd.routes.parent });
    const [viaManaged] = resolveSettings({ user: defaultSettings(), managed: { packs: [odd] } }).schools;
    expect(viaManaged).toMatchObject({ routeSource: 'pack', routeLocked: false });
  });

  it("keeps the user's own route for a school with the id \"constructor\" when settings are read back", () => {
    const saved = JSON.parse(JSON.stringify({ ...defaultSettings(), schools: ['constructor'], routes: { constructor: { email: 'me@constructor.example' } } })) as unknown;
    expect(interpretSettings(saved).settings.routes).toEqual({ constructor: { email: 'me@constructor.example' } });
    expect(interpretSettings({ ...defaultSettings(), routes: JSON.parse('{"__proto__": {"email": "x@y.example"}}') as unknown }).status).toBe('unreadable');
  });

  it('a policy key named like an Object method is reported as unknown, not taken for a setting', () => {
    expect(readManaged({ toString: 'x', constructor: 'y' }).problems).toEqual([
      'toString is not a setting Second Thought knows',
      'constructor is not a setting Second Thought knows',
    ]);
  });

  it('a bad route for one school costs only that route', () => {
    const read = readManaged({ routes: { bexton: { url: 'http://bexton.example' }, stoc: { email: 'office@stoc.example' } } });
    expect(read.policy.routes).toEqual({ stoc: { email: 'office@stoc.example' } });
    expect(read.problems).toEqual(['routes.bexton.url must be a web address starting with https://']);
  });
});

describe('how much users and policies can give', () => {
  const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `school-${i}`);
  const packs = (n: number): Pack[] => ids(n).map((id) => ({ ...ashdown, id, name: `School ${id}` }));

  it(`checks drafts against at most ${MAX_SCHOOLS} schools, and names the rest`, () => {
    expect(MAX_SCHOOLS).toBe(10);
    const imported = packs(12);
    const effective = resolveSettings({ user: { ...defaultSettings(), schools: ids(12) }, imported });
    expect(effective.schools.map((school) => school.pack.id)).toEqual(ids(10));
    expect(effective.overLimit).toEqual(['school-10', 'school-11']);
    // Settings saved before the limit (up to 50 schools) still read: nothing the user chose is lost.
    expect(interpretSettings({ ...defaultSettings(), schools: ids(50) }).status).toBe('current');
  });

  it('refuses to choose more schools than that, but never refuses choosing fewer', () => {
    const ten = { ...defaultSettings(), schools: ids(10) };
    expect(checkSchoolsChange(ten, { ...ten, schools: ids(11) })).toBe('Choose at most 10 schools: untick one first.');
    expect(checkSchoolsChange(ten, ten)).toBeUndefined();
    const twelve = { ...defaultSettings(), schools: ids(12) };
    expect(checkSchoolsChange(twelve, { ...twelve, schools: ids(11) })).toBeUndefined();
  });

  it("uses the first 10 of a policy's schools and packs, and says what it left out", () => {
    const { policy, problems } = readManaged({ schools: ids(12), packs: packs(11).map((pack) => JSON.parse(JSON.stringify(pack)) as unknown) });
    expect(policy.schools).toEqual(ids(10));
    expect(policy.packs?.map((pack) => pack.id)).toEqual(ids(10));
    expect(problems).toEqual([
      'schools lists 12 schools; at most 10 are used, so school-10, school-11 are left out',
      'packs lists 11 packs; at most 10 are read, so the last 1 is left out',
    ]);
  });

  it('refuses a web address or e-mail longer than 2,000 characters', () => {
    const long = `https://bexton.example/${'a'.repeat(2_000)}`;
    expect(checkOwnRoute({ url: long, email: '' }).ok).toBe(false);
    expect(readManaged({ routes: { bexton: { url: long } } }).problems).toEqual(['routes.bexton.url must be at most 2,000 characters']);
  });
});
