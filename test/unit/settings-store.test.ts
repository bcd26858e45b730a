// The settings store against an in-memory browser storage: every read validated, unreadable data repaired with a
// notice, older settings migrated and written back, and a slow policy not holding up the worker.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Items = Record<string, unknown>;

const fake = vi.hoisted(() => {
  const areas = { sync: {} as Items, local: {} as Items };
  /** When set, writes to that area fail as the browser's would (a spent quota, say). */
  const failing = { sync: undefined as string | undefined, local: undefined as string | undefined };
  let managed: () => Promise<Items> = () => Promise.resolve({});
  const area = (name: 'sync' | 'local') => ({
    get: (keys?: string | string[]) => {
      const wanted = keys === undefined ? Object.keys(areas[name]) : Array.isArray(keys) ? keys : [keys];
      return Promise.resolve(Object.fromEntries(wanted.filter((key) => key in areas[name]).map((key) => [key, structuredClone(areas[name][key])])));
    },
    set: (items: Items) => {
      const failure = failing[name];
      if (failure) return Promise.reject(new Error(failure));
      Object.assign(areas[name], structuredClone(items));
      return Promise.resolve();
    },
    remove: (key: string) => {
      areas[name] = Object.fromEntries(Object.entries(areas[name]).filter(([stored]) => stored !== key));
      return Promise.resolve();
    },
  });
  return {
    areas,
    failing,
    setManaged: (read: () => Promise<Items>) => {
      managed = read;
    },
    browser: {
      storage: {
        sync: area('sync'),
        local: area('local'),
        managed: { get: () => managed() },
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
      },
    },
  };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { loadState, MAX_IMPORTED_PACKS, NOTICES, saveImportedPack, updateSettings, removeImportedPack, dismissNotices, resetSettings } = await import(
  '../../src/settings/store'
);
const { createHandler } = await import('../../src/background/handler');
const { defaultSettings } = await import('../../src/settings');
const { getBundledPack } = await import('../../src/packs');

const bexton = getBundledPack('bexton');
if (!bexton) throw new Error('bexton pack missing');
const ashdown = { ...bexton, id: 'ashdown', name: 'Ashdown Primary School', shortName: 'Ashdown' };

beforeEach(() => {
  fake.areas.sync = {};
  fake.areas.local = {};
  fake.failing.sync = undefined;
  fake.failing.local = undefined;
  fake.setManaged(() => Promise.resolve({}));
});

describe('loadState', () => {
  it('starts with the defaults, writing nothing, when storage is empty', async () => {
    const state = await loadState();
    expect(state.effective.user).toEqual(defaultSettings());
    expect(state.notices).toEqual([]);
    expect(fake.areas.sync).toEqual({});
  });

  it('migrates v1 settings and writes v2 back', async () => {
    fake.areas.sync.settings = { version: 1, role: 'staff', schools: ['stoc'] };
    const state = await loadState();
    expect(state.effective.role).toBe('staff');
    expect(fake.areas.sync.settings).toEqual({ ...defaultSettings(), role: 'staff', schools: ['stoc'] });
    expect(state.notices).toEqual([]);
  });

  it('replaces unreadable settings with the defaults and leaves a notice until dismissed', async () => {
    fake.areas.sync.settings = { version: 2, role: 'governor' };
    const state = await loadState();
    expect(state.effective.user).toEqual(defaultSettings());
    expect(fake.areas.sync.settings).toEqual(defaultSettings());
    expect(state.notices).toEqual([NOTICES.reset]);
    expect(state.dismissible).toBe(true);
    // Still there on the next read (the worker may have been first to notice), until the user dismisses it.
    expect((await loadState()).notices).toEqual([NOTICES.reset]);
    await dismissNotices();
    expect((await loadState()).notices).toEqual([]);
  });

  it('uses the defaults for settings from a newer version without overwriting them', async () => {
    const newer = { version: 3, role: 'staff', schools: ['stoc'], theme: 'dark' };
    fake.areas.sync.settings = newer;
    const state = await loadState();
    expect(state.effective.user).toEqual(defaultSettings());
    expect(state.notices).toEqual([NOTICES.newer]);
    expect(fake.areas.sync.settings).toEqual(newer);
  });

  it('keeps the imported packs that read, removes one that does not, and says which', async () => {
    fake.areas.local.packs = [ashdown, { id: 'broken', name: 3 }];
    const state = await loadState();
    expect(state.imported.map((pack) => pack.id)).toEqual(['ashdown']);
    expect(fake.areas.local.packs).toEqual([ashdown]);
    expect(state.notices).toEqual([NOTICES.packRemoved('broken')]);
  });

  it("keeps an imported copy of a school's pack, unused under the trust's policy, and says so until it is removed", async () => {
    const copy = { ...bexton, name: 'Bexton (my copy)', rules: {} };
    fake.areas.local.packs = [copy];
    fake.setManaged(() => Promise.resolve({ schools: ['bexton'], lock: ['categories'] }));
    const state = await loadState();
    expect(state.effective.schools.map((school) => school.pack)).toEqual([bexton]);
    expect(state.imported).toEqual([copy]);
    expect(state.notices).toEqual([NOTICES.packShadowed('Bexton (my copy)', 'bexton')]);
    await removeImportedPack('bexton');
    expect((await loadState()).notices).toEqual([]);
  });

  it("applies the school's or trust's policy and lists what it could not read", async () => {
    fake.areas.sync.settings = { ...defaultSettings(), schools: ['ogat'] };
    fake.setManaged(() => Promise.resolve({ schools: ['bexton'], role: 'head' }));
    const state = await loadState();
    expect(state.effective.schools.map((school) => school.pack.id)).toEqual(['bexton']);
    expect(state.effective.locks.schools).toBe(true);
    // The technical line is kept apart, for whoever manages the browser; it is not one of the user's notices.
    expect(state.policyProblems).toEqual(['role must be "parent" or "staff"']);
    expect(state.notices).toEqual([]);
    // It lasts as long as the policy is wrong: there is nothing for the user to dismiss.
    expect(state.dismissible).toBe(false);
  });

  it('does not wait longer than asked for a slow policy, and says when it arrives', async () => {
    let arrive: (items: Items) => void = () => undefined;
    fake.setManaged(() => new Promise<Items>((resolve) => (arrive = resolve)));
    const late = vi.fn();
    const state = await loadState({ managedWithin: 10, onManagedLate: late });
    expect(state.effective.locks.schools).toBe(false);
    expect(late).not.toHaveBeenCalled();
    arrive({ schools: ['bexton'] });
    await vi.waitFor(() => expect(late).toHaveBeenCalledOnce());
    fake.setManaged(() => Promise.resolve({ schools: ['bexton'] }));
    expect((await loadState({ managedWithin: 10 })).effective.locks.schools).toBe(true);
  });

  it('treats a browser that refuses managed storage (Firefox without a policy) as no policy', async () => {
    fake.setManaged(() => Promise.reject(new Error('Managed storage manifest not found')));
    const state = await loadState();
    expect(state.managed).toEqual({});
    expect(state.notices).toEqual([]);
  });
});

describe('saving', () => {
  it('applies a change to what storage holds, dropping snoozes that have run out', async () => {
    fake.areas.sync.settings = { ...defaultSettings(), snoozes: { threat: 1, hate: 9e15 } };
    await updateSettings((settings) => ({ ...settings, role: 'staff' }));
    expect(fake.areas.sync.settings).toEqual({ ...defaultSettings(), role: 'staff', snoozes: { hate: 9e15 } });
  });

  it('refuses to save settings that would not read back', async () => {
    await expect(updateSettings((settings) => ({ ...settings, schools: ['Not An Id'] }))).rejects.toThrow('would not read back');
    expect(fake.areas.sync).toEqual({});
  });

  it('adds an imported pack once per id, and removes it', async () => {
    await saveImportedPack(ashdown);
    await saveImportedPack({ ...ashdown, shortName: 'Ashdown Primary' });
    expect(fake.areas.local.packs).toEqual([{ ...ashdown, shortName: 'Ashdown Primary' }]);
    await removeImportedPack('ashdown');
    expect(fake.areas.local.packs).toEqual([]);
  });
});

describe('settings saved by a newer version', () => {
  const newer = { version: 3, role: 'staff', schools: ['stoc'], optOuts: [], theme: 'dark' };

  it('are never overwritten: every write is refused, saying why, and logged', async () => {
    fake.areas.sync.settings = structuredClone(newer);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(updateSettings((settings) => ({ ...settings, optOuts: ['complaint'] }))).rejects.toThrow(NOTICES.newerRefused);
    await expect(resetSettings()).rejects.toThrow(NOTICES.newerRefused);
    expect(fake.areas.sync.settings).toEqual(newer);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(NOTICES.newerRefused));
    warn.mockRestore();
  });

  it('"Turn off notes about …" from a nudge leaves them as they are and answers with the reason', async () => {
    fake.areas.sync.settings = structuredClone(newer);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handle = createHandler({
      getSettings: () => loadState().then((state) => state.effective),
      updateSettings,
      openOptions: () => Promise.resolve(),
      openRaisePage: () => Promise.resolve(),
    });
    expect(await handle({ kind: 'muteCategory', category: 'complaint' })).toEqual({ kind: 'error', message: NOTICES.newerRefused });
    expect(fake.areas.sync.settings).toEqual(newer);
    vi.restoreAllMocks();
  });
});

describe('repair writes', () => {
  it('never hold up or fail a verdict: unreadable settings and a spent sync quota still get answers, and the failure is logged', async () => {
    fake.areas.sync.settings = { version: 2, role: 'governor' };
    fake.failing.sync = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = await loadState();
    expect(state.effective.user).toEqual(defaultSettings());
    expect(state.notices).toEqual([NOTICES.reset]);

    const handle = createHandler({
      getSettings: () => loadState().then((loaded) => loaded.effective),
      updateSettings,
      openOptions: () => Promise.resolve(),
      openRaisePage: () => Promise.resolve(),
    });
    const reply = await handle({ kind: 'analyze', text: 'The head at this school never answers emails and the office staff are useless.', site: 'x' });
    expect(reply).toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('QUOTA_BYTES_PER_ITEM quota exceeded')));
    expect(fake.areas.sync.settings).toEqual({ version: 2, role: 'governor' });
    warn.mockRestore();
  });

  it('a repair write that never settles does not hold up the settings either', async () => {
    fake.areas.local.packs = [ashdown, { id: 'broken' }];
    const never = new Promise<void>(() => undefined);
    const set = vi.spyOn(fake.browser.storage.local, 'set').mockImplementation(() => never);
    const state = await loadState();
    expect(state.imported).toEqual([ashdown]);
    expect(state.notices).toEqual([NOTICES.packRemoved('broken')]);
    set.mockRestore();
  });
});

describe('bounds', () => {
  const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `school-${i}`);

  it('refuses to choose an eleventh school, saying why, and leaves storage as it was', async () => {
    fake.areas.sync.settings = { ...defaultSettings(), schools: ids(10) };
    await expect(updateSettings((settings) => ({ ...settings, schools: [...settings.schools, 'bexton'] }))).rejects.toThrow(
      'Choose at most 10 schools: untick one first.',
    );
    expect(fake.areas.sync.settings).toEqual({ ...defaultSettings(), schools: ids(10) });
  });

  it('says when more schools are chosen than are checked (settings saved before the limit)', async () => {
    fake.areas.sync.settings = { ...defaultSettings(), schools: ['bexton', ...ids(11)] };
    const state = await loadState();
    expect(state.notices).toEqual([NOTICES.tooManySchools(12)]);
  });

  it(`keeps at most ${MAX_IMPORTED_PACKS} added packs, and refuses another, saying why`, async () => {
    expect(MAX_IMPORTED_PACKS).toBe(20);
    for (const id of ids(20)) await saveImportedPack({ ...ashdown, id });
    await expect(saveImportedPack({ ...ashdown, id: 'one-more' })).rejects.toThrow(NOTICES.tooManyPacks);
    // Replacing one already added is still fine.
    await saveImportedPack({ ...ashdown, id: 'school-3', shortName: 'Three' });
    expect((fake.areas.local.packs as unknown[]).length).toBe(20);
  });
});
