import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../src/background/handler';
import type { Category, Pack } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';
import { MAX_FINDINGS_IN_REPLY, parseReply } from '../../src/protocol';
import type { Reply } from '../../src/protocol';
import { defaultSettings, resolveSettings } from '../../src/settings';
import type { ManagedPolicy, Settings } from '../../src/settings';

const COMPLAINT = 'The head at this school never answers emails and the office staff are useless.';
const THREAT = 'The head is a disgrace and I will be waiting for him at the gates, he had better watch his back';
const NOW = Date.UTC(2025, 0, 15, 9, 0);
const HOUR = 60 * 60_000;

const bexton = getBundledPack('bexton') as Pack;

/** Bexton's pack under another id and name, with some categories switched off. */
function variant(id: string, shortName: string, off: Category[] = []): Pack {
  const rules = { ...bexton.rules };
  for (const category of off) rules[category] = { ...(rules[category] as NonNullable<Pack['rules'][Category]>), enabled: false };
  return { ...bexton, id, name: `${shortName} School`, shortName, rules };
}

function handlerWith(user: Partial<Settings> = {}, sources: { managed?: ManagedPolicy; imported?: Pack[] } = {}) {
  let saved: Settings = { ...defaultSettings(), ...user };
  const openOptions = vi.fn(() => Promise.resolve());
  const openRaisePage = vi.fn(() => Promise.resolve());
  const handle = createHandler({
    getSettings: () => Promise.resolve(resolveSettings({ user: saved, ...sources })),
    updateSettings: (change) => {
      saved = change(saved);
      return Promise.resolve(saved);
    },
    openOptions,
    openRaisePage,
    now: () => NOW,
  });
  return { handle, openOptions, openRaisePage, saved: () => saved };
}

function verdictOf(reply: Reply) {
  expect(parseReply(reply)).toEqual({ ok: true, value: reply });
  if (reply.kind !== 'verdict') throw new Error(`expected a verdict, got ${JSON.stringify(reply)}`);
  return reply;
}

describe('the worker handler', () => {
  it('checks against the generic pack until a school is chosen, and says so', async () => {
    const { handle } = handlerWith();
    const reply = verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'facebook' }));
    expect(reply.verdict.nudge).toBe(true);
    expect(reply.school).toMatchObject({ packId: 'generic', shortName: 'your school', chosen: false });
    expect(reply.inactive).toBeUndefined();
  });

  it("uses the chosen school's pack, route and clauses", async () => {
    const { handle } = handlerWith({ schools: ['bexton'] });
    const reply = verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(reply.school).toMatchObject({ packId: 'bexton', shortName: 'Bexton', chosen: true });
    expect(reply.verdict.packId).toBe('bexton');
    expect(reply.verdict.categories.length).toBeGreaterThan(0);
    for (const category of reply.verdict.categories) expect(reply.clauses[category]?.quote).toBeTruthy();
  });

  it("quotes staff the clause their school's policy says to staff, and parents general guidance where it says nothing to them", async () => {
    // STOC's policy speaks to its staff (§3.7 on the Trust's name) and pupils (§5.3), not to parents.
    const stoc = getBundledPack('stoc') as Pack;
    const text = 'The new deputy head at STOC is a spineless idiot and everyone in the staffroom knows it.';
    const asStaff = verdictOf(await handlerWith({ role: 'staff', schools: ['stoc'] }).handle({ kind: 'analyze', text, site: 'x' }));
    expect(asStaff.clauses.abuse).toEqual({ ref: '§3.7', quote: "Any posts or comments that bring the Trust's name into disrepute could result in disciplinary action." });
    expect(asStaff.verdict.findings.find((f) => f.category === 'abuse')?.source).toBe(`${stoc.policy.title}, §3.7`);
    const asParent = verdictOf(await handlerWith({ role: 'parent', schools: ['stoc'] }).handle({ kind: 'analyze', text, site: 'x' }));
    expect(asParent.clauses.abuse).toEqual({ ...stoc.rules.abuse?.clause, general: true });
    expect(asParent.verdict.findings.find((f) => f.category === 'abuse')?.source).toBe(
      "General guidance (for parents: the Trust's policy speaks to its staff and pupils)",
    );
  });

  it('answers a friendly draft with a quiet verdict', async () => {
    const { handle } = handlerWith();
    const reply = await handle({ kind: 'analyze', text: 'Thank you Mrs Shah for a brilliant school trip!', site: 'x' });
    expect(reply).toMatchObject({ kind: 'verdict', verdict: { nudge: false, severity: 'none', findings: [] } });
  });

  it('answers a malformed message with an error and keeps serving', async () => {
    const { handle } = handlerWith();
    await expect(handle({ kind: 'analyze' })).resolves.toMatchObject({ kind: 'error' });
    await expect(handle(null)).resolves.toMatchObject({ kind: 'error' });
    await expect(handle({ kind: 'muteCategory', category: 'gossip' })).resolves.toMatchObject({ kind: 'error' });
    await expect(handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).resolves.toMatchObject({ kind: 'verdict' });
  });

  it('opens the options page when asked', async () => {
    const { handle, openOptions } = handlerWith();
    await expect(handle({ kind: 'openOptions' })).resolves.toEqual({ kind: 'done' });
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('readies the engine when a composer is focused, answering at once', async () => {
    const warmUp = vi.fn();
    const handle = createHandler({ getSettings: () => Promise.reject(new Error('not read')), updateSettings: () => Promise.resolve(), openOptions: () => Promise.resolve(), openRaisePage: () => Promise.resolve(), warmUp });
    await expect(handle({ kind: 'warm' })).resolves.toEqual({ kind: 'done' });
    expect(warmUp).toHaveBeenCalledOnce();
  });

  it('opens the private-message page with the draft exactly as typed, beside the tab it came from', async () => {
    const { handle, openRaisePage } = handlerWith();
    const draft = '  The head is useless.\n\nAnd the office too!  ';
    const from = { place: { id: 7, index: 2, windowId: 1 } };
    await expect(handle({ kind: 'raisePrivately', draft, packId: 'generic' }, from)).resolves.toEqual({ kind: 'done' });
    expect(openRaisePage).toHaveBeenCalledExactlyOnceWith({ draft, packId: 'generic' }, from);
    await expect(handle({ kind: 'raisePrivately', draft, packId: '../options' })).resolves.toMatchObject({ kind: 'error' });
    expect(openRaisePage).toHaveBeenCalledOnce();
  });

  it("passes a threat's places on to the page, which leaves its sentence out, and refuses ones that are not places", async () => {
    const { handle, openRaisePage } = handlerWith();
    const draft = "The head is useless. I'll be waiting for him at the gate.";
    const threats = [{ start: 21, end: 44 }];
    await expect(handle({ kind: 'raisePrivately', draft, packId: 'generic', threats })).resolves.toEqual({ kind: 'done' });
    expect(openRaisePage).toHaveBeenCalledExactlyOnceWith({ draft, packId: 'generic', threats }, {});
    await expect(handle({ kind: 'raisePrivately', draft, packId: 'generic', threats: [{ start: '21' }] })).resolves.toMatchObject({ kind: 'error' });
    expect(openRaisePage).toHaveBeenCalledOnce();
  });
});

describe('the shortcut to the note', () => {
  function handlerWithCommands(getCommands?: () => Promise<{ name?: string; shortcut?: string }[]>) {
    return createHandler({ getSettings: () => Promise.reject(new Error('not read')), updateSettings: () => Promise.resolve(), openOptions: () => Promise.resolve(), openRaisePage: () => Promise.resolve(), ...(getCommands ? { getCommands } : {}) });
  }

  it('names the keys the browser has for focus-nudge now, read at each asking', async () => {
    let commands = [
      { name: '_execute_action', shortcut: 'Ctrl+Shift+S' },
      { name: 'focus-nudge', shortcut: 'Alt+Shift+N' },
    ];
    const handle = handlerWithCommands(() => Promise.resolve(commands));
    const first = await handle({ kind: 'noteShortcut' });
    expect(first).toEqual({ kind: 'shortcut', keys: 'Alt+Shift+N' });
    expect(parseReply(first).ok).toBe(true);
    // The user changes it in the browser's shortcut settings: the next answer follows, with nothing to reload.
    commands = [{ name: '_execute_action', shortcut: 'Ctrl+Shift+S' }, { name: 'focus-nudge', shortcut: 'Ctrl+Shift+Y' }];
    await expect(handle({ kind: 'noteShortcut' })).resolves.toEqual({ kind: 'shortcut', keys: 'Ctrl+Shift+Y' });
  });

  it.each([
    ['removed by the user, or held by another extension (Chrome reports it empty)', [{ name: 'focus-nudge', shortcut: '' }]],
    ['without a shortcut field', [{ name: 'focus-nudge' }]],
    ['missing from the list', [{ name: '_execute_action', shortcut: 'Alt+Shift+N' }]],
  ])('answers null when the command is %s', async (_name, commands) => {
    const reply = await handlerWithCommands(() => Promise.resolve(commands))({ kind: 'noteShortcut' });
    expect(reply).toEqual({ kind: 'shortcut', keys: null });
    expect(parseReply(reply).ok).toBe(true);
  });

  it('answers null where the commands cannot be read, and an error when reading them fails', async () => {
    await expect(handlerWithCommands()({ kind: 'noteShortcut' })).resolves.toEqual({ kind: 'shortcut', keys: null });
    await expect(handlerWithCommands(() => Promise.reject(new Error('no commands')))({ kind: 'noteShortcut' })).resolves.toEqual({ kind: 'error', message: 'no commands' });
  });
});

describe('several schools', () => {
  it('replies with the most severe verdict and names that school, even when it was chosen second', async () => {
    const calm = variant('calm', 'Calm', ['threat']);
    const { handle } = handlerWith({ schools: ['calm', 'bexton'] }, { imported: [calm] });
    const reply = verdictOf(await handle({ kind: 'analyze', text: THREAT, site: 'x' }));
    expect(reply.verdict.severity).toBe('high');
    expect(reply.verdict.categories).toContain('threat');
    expect(reply.school).toMatchObject({ packId: 'bexton', shortName: 'Bexton', chosen: true });
    expect(reply.clauses.threat?.quote).toBe(bexton.rules.threat?.clause.quote);
  });

  it('on equal severity, the school with more findings; on a full tie, the one chosen first', async () => {
    // A threat beside a complaint: the same severity for a school that does not check
    // complaints, one finding fewer.
    const both = `${COMPLAINT} I am going to stab him.`;
    const fewer = variant('fewer', 'Fewer', ['complaint']);
    const twin = variant('twin', 'Twin');
    const more = verdictOf(
      await handlerWith({ schools: ['fewer', 'bexton'] }, { imported: [fewer] }).handle({ kind: 'analyze', text: both, site: 'x' }),
    );
    const alone = verdictOf(
      await handlerWith({ schools: ['fewer'] }, { imported: [fewer] }).handle({ kind: 'analyze', text: both, site: 'x' }),
    );
    expect(alone.verdict.severity).toBe('high');
    expect(alone.verdict.severity).toBe(more.verdict.severity);
    expect(more.verdict.findings.length).toBeGreaterThan(alone.verdict.findings.length);
    expect(more.school.packId).toBe('bexton');

    const tie = verdictOf(
      await handlerWith({ schools: ['twin', 'bexton'] }, { imported: [twin] }).handle({ kind: 'analyze', text: both, site: 'x' }),
    );
    expect(tie.school).toMatchObject({ packId: 'twin', shortName: 'Twin' });
  });

  it('names the school the post is about, even when a threat was found only under the other chosen school', async () => {
    // From a fresh-eyes review: with Ashdown's pack leaving threats out, a threat about Mr Patel at Ashdown said
    // "Raise it with Bexton", with Bexton's route; without the threat the same draft said "Raise it with Ashdown".
    const ashdown = JSON.parse(readFileSync('docs/examples/ashdown.json', 'utf8')) as Pack;
    const noThreats = { ...ashdown, rules: { ...ashdown.rules, threat: { ...(ashdown.rules.threat as NonNullable<Pack['rules']['threat']>), enabled: false } } };
    const insult = 'Mr Patel at Ashdown is a useless idiot';
    const threat = `${insult} and next time I see him I will smash his face in`;
    for (const schools of [['ashdown', 'bexton'], ['bexton', 'ashdown']]) {
      const { handle } = handlerWith({ schools }, { imported: [noThreats] });
      const calm = verdictOf(await handle({ kind: 'analyze', text: insult, site: 'x' }));
      expect(calm.school).toMatchObject({ packId: 'ashdown', shortName: 'Ashdown', route: ashdown.routes.parent });
      const reply = verdictOf(await handle({ kind: 'analyze', text: threat, site: 'x' }));
      expect(reply.verdict.categories).toContain('threat');
      expect(reply.verdict.severity).toBe('high');
      expect(reply.verdict.packId).toBe('ashdown');
      expect(reply.school).toMatchObject({ packId: 'ashdown', shortName: 'Ashdown', route: ashdown.routes.parent });
      expect(reply.clauses.abuse).toEqual(ashdown.rules.abuse?.clause);
      // Ashdown's policy is not quoted for a kind of post its pack leaves out: Bexton's is, by Bexton's name.
      expect(reply.clauses.threat).toEqual({ ...bexton.rules.threat?.clause, school: bexton.name });
      expect(parseReply(reply).ok).toBe(true);
    }
    // About neither school: shown under the school whose pack found it, as before.
    const { handle } = handlerWith({ schools: ['ashdown', 'bexton'] }, { imported: [noThreats] });
    const nowhere = verdictOf(await handle({ kind: 'analyze', text: 'Next time I see him I will smash his face in', site: 'x' }));
    expect(nowhere.verdict.categories).toContain('threat');
    expect(nowhere.school.packId).toBe('bexton');
  });

  it("offers the user's own route for a school, and the trust's over the user's", async () => {
    const own = { url: 'https://bexton.example/concerns' };
    const user = handlerWith({ schools: ['bexton'], routes: { bexton: own } });
    const mine = verdictOf(await user.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(mine.school.route).toEqual({ ...bexton.routes.parent, url: own.url });

    const trust = handlerWith(
      { schools: ['ogat'], routes: { bexton: own } },
      { managed: { schools: ['bexton'], routes: { bexton: { email: 'complaints@bexton.example' } } } },
    );
    const managed = verdictOf(await trust.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(managed.school.packId).toBe('bexton');
    expect(managed.school.route).toEqual({ ...bexton.routes.parent, email: 'complaints@bexton.example' });
  });
});

describe('switches, pause and muted categories', () => {
  it('gives a quiet verdict, saying why, for a site switched off, and checks the other site', async () => {
    const { handle } = handlerWith({ schools: ['bexton'], sites: { x: false, facebook: true } });
    const off = verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(off.verdict).toMatchObject({ nudge: false, severity: 'none', findings: [] });
    expect(off.inactive).toBe('site-off');
    expect(off.school.shortName).toBe('Bexton');
    const on = verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'facebook' }));
    expect(on.verdict.nudge).toBe(true);
  });

  it('is quiet while paused, until the pause runs out; the practice page still checks', async () => {
    const paused = handlerWith({ pause: { until: NOW + HOUR } });
    expect(verdictOf(await paused.handle({ kind: 'analyze', text: COMPLAINT, site: 'facebook' }))).toMatchObject({
      inactive: 'paused',
      verdict: { nudge: false },
    });
    expect(verdictOf(await paused.handle({ kind: 'analyze', text: COMPLAINT, site: 'practice' })).verdict.nudge).toBe(true);
    const indefinitely = handlerWith({ pause: { until: null } });
    expect(verdictOf(await indefinitely.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).inactive).toBe('paused');
    const over = handlerWith({ pause: { until: NOW - 1 } });
    expect(verdictOf(await over.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).verdict.nudge).toBe(true);
  });

  it('a school or trust that locks pausing keeps checking through a pause', async () => {
    const { handle } = handlerWith({ pause: { until: null } }, { managed: { lock: ['pause'] } });
    expect(verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).verdict.nudge).toBe(true);
  });

  it('muteCategory without minutes opts the category out until turned back on', async () => {
    const { handle, saved } = handlerWith({ schools: ['bexton'] });
    const before = verdictOf(await handle({ kind: 'analyze', text: THREAT, site: 'x' }));
    expect(before.verdict.categories).toContain('threat');
    await expect(handle({ kind: 'muteCategory', category: 'threat' })).resolves.toEqual({ kind: 'done' });
    expect(saved().optOuts).toEqual(['threat']);
    const after = verdictOf(await handle({ kind: 'analyze', text: THREAT, site: 'x' }));
    expect(after.verdict.categories).not.toContain('threat');
    expect(after.verdict.findings.every((finding) => finding.category !== 'threat')).toBe(true);
    expect(after.verdict.severity).not.toBe('high');
  });

  it('turning a kind of note off takes it out of the verdict and leaves the rest as judged, never naming the words anew', async () => {
    // From a fresh-eyes review: with allegations turned off, the engine judged again without them and named the same
    // words a public complaint, a concern the first note never mentioned.
    const text = 'Jake Smith in 5B at Bexton keeps hitting my son and the school does nothing again';
    const { handle } = handlerWith({ schools: ['bexton'] });
    const before = verdictOf(await handle({ kind: 'analyze', text, site: 'x' })).verdict;
    expect(before.categories).toContain('allegation');
    await expect(handle({ kind: 'muteCategory', category: 'allegation' })).resolves.toEqual({ kind: 'done' });
    const after = verdictOf(await handle({ kind: 'analyze', text, site: 'x' })).verdict;
    expect(after.categories).toEqual(before.categories.filter((c) => c !== 'allegation'));
    expect(after.findings).toEqual(before.findings.filter((f) => f.category !== 'allegation'));
    expect(after.nudge).toBe(after.categories.length > 0);
  });

  it('muteCategory with minutes snoozes the category for that long', async () => {
    const { handle, saved } = handlerWith({ schools: ['bexton'] });
    await expect(handle({ kind: 'muteCategory', category: 'complaint', minutes: 60 })).resolves.toEqual({ kind: 'done' });
    expect(saved().snoozes).toEqual({ complaint: NOW + HOUR });
    expect(saved().optOuts).toEqual([]);
    const reply = verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(reply.verdict.categories).not.toContain('complaint');

    const later = handlerWith({ schools: ['bexton'], snoozes: { complaint: NOW - 1 } });
    expect(verdictOf(await later.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).verdict.categories).toContain('complaint');
  });

  it('unmuteCategory checks a category again, opted out or snoozed ("Undo" on the confirmation)', async () => {
    const { handle, saved } = handlerWith({ schools: ['bexton'], optOuts: ['threat', 'complaint'], snoozes: { abuse: NOW + HOUR } });
    await expect(handle({ kind: 'unmuteCategory', category: 'threat' })).resolves.toEqual({ kind: 'done' });
    await expect(handle({ kind: 'unmuteCategory', category: 'abuse' })).resolves.toEqual({ kind: 'done' });
    expect(saved().optOuts).toEqual(['complaint']);
    expect(saved().snoozes).toEqual({});
    expect(verdictOf(await handle({ kind: 'analyze', text: THREAT, site: 'x' })).verdict.categories).toContain('threat');
  });

  it('unmuteCategory is refused when the school or trust locks categories', async () => {
    const { handle } = handlerWith({ optOuts: ['complaint'] }, { managed: { lock: ['categories'] } });
    await expect(handle({ kind: 'unmuteCategory', category: 'complaint' })).resolves.toEqual({ kind: 'locked' });
  });

  it('muteCategory is refused when the school or trust locks categories, and nothing is saved', async () => {
    const { handle, saved } = handlerWith({ optOuts: ['complaint'] }, { managed: { lock: ['categories'] } });
    const reply = await handle({ kind: 'muteCategory', category: 'abuse' });
    expect(reply).toEqual({ kind: 'locked' });
    expect(parseReply(reply).ok).toBe(true);
    await expect(handle({ kind: 'muteCategory', category: 'personal_info', minutes: 24 * 60 })).resolves.toEqual({ kind: 'locked' });
    expect(saved().optOuts).toEqual(['complaint']);
    expect(saved().snoozes).toEqual({});
    // The user's earlier opt-out no longer applies either.
    expect(verdictOf(await handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).verdict.categories).toContain('complaint');
  });

  it('says in every verdict whether the school or trust locks categories, so the note offers no link that would fail', async () => {
    const open = handlerWith({ schools: ['bexton'] });
    expect(verdictOf(await open.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).categoriesLocked).toBe(false);
    const locked = handlerWith({ schools: ['bexton'] }, { managed: { lock: ['categories'] } });
    const reply = verdictOf(await locked.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(reply.verdict.nudge).toBe(true);
    expect(reply.categoriesLocked).toBe(true);
    // Locking pausing alone leaves the link.
    const pauseOnly = handlerWith({ schools: ['bexton'] }, { managed: { lock: ['pause'] } });
    expect(verdictOf(await pauseOnly.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).categoriesLocked).toBe(false);
    // A quiet verdict while paused says it too.
    const paused = handlerWith({ pause: { until: null } }, { managed: { lock: ['categories'] } });
    const quiet = verdictOf(await paused.handle({ kind: 'analyze', text: COMPLAINT, site: 'x' }));
    expect(quiet.inactive).toBe('paused');
    expect(quiet.categoriesLocked).toBe(true);
  });

  it.each([0, -5, 1.5, 7 * 24 * 60 + 1])('refuses a snooze of %s minutes', async (minutes) => {
    const { handle, saved } = handlerWith();
    await expect(handle({ kind: 'muteCategory', category: 'complaint', minutes })).resolves.toMatchObject({ kind: 'error' });
    expect(saved().snoozes).toEqual({});
  });
});

describe('a pasted essay', () => {
  it('crosses the boundary with at most MAX_FINDINGS_IN_REPLY findings, its categories still from all of them', async () => {
    const { handle } = handlerWith();
    const text = Array.from({ length: 400 }, (_, n) => `Post ${n}: the head is useless and the school is a joke.`).join('\n');
    const reply = await handle({ kind: 'analyze', text, site: 'x' });
    if (reply.kind !== 'verdict') throw new Error(`expected a verdict, got ${JSON.stringify(reply)}`);
    expect(reply.verdict.findings).toHaveLength(MAX_FINDINGS_IN_REPLY);
    expect(reply.verdict.categories.length).toBeGreaterThan(0);
    expect(parseReply(reply).ok).toBe(true);
  });
});
