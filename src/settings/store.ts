/**
 * The one file that touches browser storage for settings. Every read is validated.
 *
 * - storage.sync `settings`: the user's own settings (schema.ts); unreadable ones are replaced by the defaults and
 *   a notice is left for the settings page; older ones are migrated and written back. Settings saved by a newer
 *   Second Thought are never written over, by any path: every write here refuses, says why and logs it (the newer
 *   version's fields cannot be kept by a version that does not know them, and would be lost on every browser the
 *   settings sync to). The newer browser stays the place to change them.
 * - Repairs (writing back migrated or reset settings, dropping an unreadable pack, saving notices) are started but
 *   never awaited by a read: a verdict must not wait on them or fail with them (a spent sync quota, say). A repair
 *   that fails is logged and tried again on the next read.
 * - storage.local `packs`: packs the user imported, as JSON; each is validated on read, and one that fails is
 *   removed with a notice.
 * - storage.local `notices`: what the settings page should tell the user about the above, until dismissed.
 * - storage.managed: the school's or trust's policy (managed.ts), read-only. Chromium answers the first read only
 *   once its policy service is up, about 3 s after the browser starts, policy or not; the worker does not hold a
 *   verdict for that (see loadState's `managedWithin`).
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { Pack } from '../engine/types';
import { parsePack } from '../packs/schema';
import { resolveSettings } from './effective';
import type { EffectiveSettings } from './effective';
import { readManaged } from './managed';
import type { ManagedPolicy } from './managed';
import { checkSchoolsChange, defaultSettings, interpretSettings, MAX_SCHOOLS, SETTINGS_KEY, withoutExpiredSnoozes } from './schema';
import type { Settings } from './schema';

export const PACKS_KEY = 'packs';
/** The most packs a user can add: twice the schools that can be chosen, so that one can be swapped for another. */
export const MAX_IMPORTED_PACKS = 20;
export const NOTICES_KEY = 'notices';

export const NOTICES = {
  reset: 'Your settings could not be read and were reset.',
  newer: 'Your settings were saved by a newer version of Second Thought, so the defaults apply in this browser until it updates.',
  newerRefused:
    'Your settings were saved by a newer version of Second Thought, so this browser leaves them as they are: update Second Thought here to change them.',
  packRemoved: (what: string) => `A school pack you added could not be read and was removed (${what}).`,
  tooManySchools: (chosen: number) =>
    `You have chosen ${chosen} schools; drafts are checked against the first ${MAX_SCHOOLS}. Untick the ones you no longer need.`,
  tooManyPacks: `You have added ${MAX_IMPORTED_PACKS} schools, the most Second Thought keeps: remove one you no longer need first.`,
  packShadowed: (name: string, id: string) =>
    `The school pack you added for ${name} is not used: a school that comes with Second Thought or from your school or trust already has its id ("${id}"). You can remove it below.`,
} as const;

export interface SettingsState {
  effective: EffectiveSettings;
  managed: ManagedPolicy;
  imported: Pack[];
  /** Things to tell the user: settings reset, packs removed. */
  notices: string[];
  /**
   * What in the school's or trust's policy could not be read and is left out, one technical line each ("packs.1
   * (stmarys): …"): for whoever manages the browser; the user is told only that part of it could not be read.
   */
  policyProblems: string[];
  /** True when some of the notices are kept until the user dismisses them (the rest last as long as their cause). */
  dismissible: boolean;
}

const NoticesSchema = v.array(v.string());

function readManagedStorage(): Promise<unknown> {
  // Firefox rejects when no policy names the add-on; Chromium without a policy gives {}. Both mean "no policy".
  return browser.storage.managed.get().catch(() => undefined);
}

const LATE = Symbol('late');

/** The policy, or undefined if it takes longer than `within` ms, in which case `onLate` runs once it arrives. */
async function readManagedWithin(within: number | undefined, onLate: (() => void) | undefined): Promise<unknown> {
  const read = readManagedStorage();
  if (within === undefined) return read;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), within);
  });
  const first = await Promise.race([read, late]);
  clearTimeout(timer);
  if (first !== LATE) return first;
  void read.then(() => onLate?.());
  return undefined;
}

export interface LoadOptions {
  /** Leave the policy out altogether (a page's first paint, before the policy is known). */
  withoutManaged?: boolean;
  /** Wait at most this long (ms) for the policy; by default, wait for it. */
  managedWithin?: number;
  /** Called when a policy that missed `managedWithin` arrives, so the caller can load again. */
  onManagedLate?: () => void;
}

function readImported(stored: unknown): { packs: Pack[]; dropped: string[] } {
  if (stored === undefined) return { packs: [], dropped: [] };
  if (!Array.isArray(stored)) return { packs: [], dropped: ['the list of packs was damaged'] };
  const packs: Pack[] = [];
  const dropped: string[] = [];
  stored.forEach((json: unknown, index) => {
    const parsed = parsePack(json);
    if (parsed.ok) packs.push(parsed.pack);
    else {
      const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
      dropped.push(typeof id === 'string' ? id : `pack ${index + 1}`);
    }
  });
  return { packs, dropped };
}

/** Starts a repair write without waiting for it; a failure is logged (the next read tries again). */
function repair(what: string, write: () => Promise<void>): void {
  const failed = (error: unknown): void => {
    console.warn(`Second Thought could not save ${what}: ${error instanceof Error ? error.message : String(error)}`);
  };
  try {
    write().catch(failed);
  } catch (error) {
    failed(error);
  }
}

/** Refuses, with the reason logged, to write over settings a newer Second Thought saved. */
function refuseOverNewer(stored: unknown): void {
  if (interpretSettings(stored).status !== 'newer') return;
  console.warn(`Second Thought: ${NOTICES.newerRefused}`);
  throw new Error(NOTICES.newerRefused);
}

/** Reads, validates and combines everything; repairs what it cannot read. Never throws for bad data. */
export async function loadState(options: LoadOptions = {}): Promise<SettingsState> {
  const [syncItems, localItems, managedRaw] = await Promise.all([
    browser.storage.sync.get(SETTINGS_KEY),
    browser.storage.local.get([PACKS_KEY, NOTICES_KEY]),
    options.withoutManaged ? undefined : readManagedWithin(options.managedWithin, options.onManagedLate),
  ]);
  const read = interpretSettings(syncItems[SETTINGS_KEY]);
  const savedNotices = v.safeParse(NoticesSchema, localItems[NOTICES_KEY]);
  const stored = savedNotices.success ? savedNotices.output : [];
  const added: string[] = [];

  if (read.status === 'migrated') repair('the migrated settings', () => browser.storage.sync.set({ [SETTINGS_KEY]: read.settings }));
  if (read.status === 'unreadable') {
    repair('the default settings', () => browser.storage.sync.set({ [SETTINGS_KEY]: read.settings }));
    added.push(NOTICES.reset);
  }
  const imported = readImported(localItems[PACKS_KEY]);
  if (imported.dropped.length > 0) {
    repair('the packs that could be read', () => browser.storage.local.set({ [PACKS_KEY]: imported.packs }));
    added.push(...imported.dropped.map(NOTICES.packRemoved));
  }
  const notices = [...new Set([...stored, ...added])];
  if (added.length > 0 || (localItems[NOTICES_KEY] !== undefined && !savedNotices.success)) {
    repair('the notices', () => browser.storage.local.set({ [NOTICES_KEY]: notices }));
  }

  const managed = readManaged(managedRaw);
  const shown = [...notices];
  if (read.status === 'newer') shown.push(NOTICES.newer);
  const effective = resolveSettings({ user: read.settings, managed: managed.policy, imported: imported.packs });
  shown.push(...effective.shadowed.map((pack) => NOTICES.packShadowed(pack.name, pack.id)));
  // A policy's own excess is among its problems above; this is the user's (settings saved before the limit).
  if (effective.overLimit.length > 0 && !effective.locks.schools) {
    shown.push(NOTICES.tooManySchools(MAX_SCHOOLS + effective.overLimit.length));
  }
  return {
    effective,
    managed: managed.policy,
    imported: imported.packs,
    notices: shown,
    policyProblems: managed.problems,
    dismissible: notices.length > 0,
  };
}

/** Applies a change to the user's own settings and saves it; refuses to save anything that would not read back. */
export async function updateSettings(change: (settings: Settings) => Settings, now = Date.now()): Promise<Settings> {
  const items = await browser.storage.sync.get(SETTINGS_KEY);
  refuseOverNewer(items[SETTINGS_KEY]);
  const before = withoutExpiredSnoozes(interpretSettings(items[SETTINGS_KEY]).settings, now);
  const next = change(before);
  const tooMany = checkSchoolsChange(before, next);
  if (tooMany) throw new Error(tooMany);
  if (interpretSettings(next).status !== 'current') throw new Error('These settings could not be saved: they would not read back.');
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Back to the defaults; packs the user imported stay available to choose again. */
export async function resetSettings(): Promise<void> {
  const items = await browser.storage.sync.get(SETTINGS_KEY);
  refuseOverNewer(items[SETTINGS_KEY]);
  await browser.storage.sync.set({ [SETTINGS_KEY]: defaultSettings() });
}

/** Adds an imported pack (replacing an earlier one with the same id). */
export async function saveImportedPack(pack: Pack): Promise<void> {
  const items = await browser.storage.local.get(PACKS_KEY);
  const { packs } = readImported(items[PACKS_KEY]);
  const others = packs.filter((p) => p.id !== pack.id);
  if (others.length >= MAX_IMPORTED_PACKS) throw new Error(NOTICES.tooManyPacks);
  await browser.storage.local.set({ [PACKS_KEY]: [...others, pack] });
}

export async function removeImportedPack(id: string): Promise<void> {
  const items = await browser.storage.local.get(PACKS_KEY);
  const { packs } = readImported(items[PACKS_KEY]);
  await browser.storage.local.set({ [PACKS_KEY]: packs.filter((p) => p.id !== id) });
}

export async function dismissNotices(): Promise<void> {
  await browser.storage.local.remove(NOTICES_KEY);
}

/** Calls `listener` whenever anything loadState reads changes, in any tab or in the policy. */
export function onStateChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed' || (area === 'sync' && SETTINGS_KEY in changes)) listener();
    else if (area === 'local' && (PACKS_KEY in changes || NOTICES_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
