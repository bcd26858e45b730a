/**
 * The user's own settings, kept in storage.sync so they follow the user between browsers, with a version and a
 * migration for each older version. Pure: no browser API, so the worker, the pages and the tests share it.
 *
 * States of what storage holds: absent (first run: the defaults), current (validated on every read), older (migrated
 * on read and written back), newer (saved by a later Second Thought: used as the defaults, left untouched so the
 * newer browser keeps it), corrupt or foreign (replaced by the defaults, with a notice; never a crash).
 */
import * as v from 'valibot';
import { CATEGORIES, ROLES } from '../engine/types';
import type { Category } from '../engine/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

/** The sites with an on/off switch; the practice page has none (it is there to try things). */
export const SITE_SWITCHES = ['x', 'facebook'] as const;
export type SiteSwitch = (typeof SITE_SWITCHES)[number];

/** How long a nudge's snooze may last: a week. */
export const MAX_SNOOZE_MINUTES = 7 * 24 * 60;

/**
 * The most schools a draft is checked against: each is a full check, so this bounds a verdict's cost. Generous for a
 * real family or member of staff (children at several schools; a trust has one pack of its own). The user's choice
 * and a policy's are both held to it; settings saved before the limit (up to 50) still read, and only the first 10
 * are checked.
 */
export const MAX_SCHOOLS = 10;

/** Characters in a web address or e-mail address a user or a trust gives. */
const MAX_ADDRESS_LENGTH = 2_000;

/** A pack id, as packs spell them (src/packs/schema.ts). */
export const PackIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));

const TOO_LONG = `must be at most ${MAX_ADDRESS_LENGTH.toLocaleString('en-GB')} characters`;

export const WebAddressSchema = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.maxLength(MAX_ADDRESS_LENGTH, TOO_LONG),
  v.url('must be a web address starting with https://'),
  v.startsWith('https://', 'must be a web address starting with https://'),
);
export const EmailSchema = v.pipe(v.string('must be a string'), v.trim(), v.maxLength(MAX_ADDRESS_LENGTH, TOO_LONG), v.email('must be an e-mail address'));

/** What the pages say about a route the user typed that will not do. */
export const ROUTE_INPUT_ERRORS = {
  url: 'Enter a web address starting with https://',
  email: 'Enter an e-mail address, like office@school.org.uk',
} as const;

/** The complaints route a user (or a trust) gives for a school, over the pack's own. */
export const OwnRouteSchema = v.object({ url: v.optional(WebAddressSchema), email: v.optional(EmailSchema) });
export type OwnRoute = v.InferOutput<typeof OwnRouteSchema>;

/**
 * A record keyed by pack id, as read from storage: an object with no prototype, so that looking a school up never
 * reaches Object.prototype (a school with the id "constructor" must not find a function there).
 */
export type IdRecord<T> = Record<string, T>;

/** The value for `key`, only if the record holds it itself. Every lookup by pack id goes through here. */
export function entryFor<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A plain object (not a list, not null): what a JSON object reads as. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One entry of a record keyed by pack id: the value read, or why the key or the value will not do. */
export type IdEntry<T> = { key: string; ok: true; value: T } | { key: string; ok: false; issues: readonly v.BaseIssue<unknown>[] };

/**
 * Reads each own key of `input` as a pack id and its value with `schema`. valibot's `record` silently drops the keys
 * "constructor" and "prototype", which are valid pack ids; this keeps them.
 */
export function readIdEntries<T>(input: Record<string, unknown>, schema: v.GenericSchema<unknown, T>): IdEntry<T>[] {
  return Object.keys(input).map((key): IdEntry<T> => {
    const id = v.safeParse(PackIdSchema, key);
    if (!id.success) return { key, ok: false, issues: id.issues };
    const value = v.safeParse(schema, input[key]);
    return value.success ? { key, ok: true, value: value.output } : { key, ok: false, issues: value.issues };
  });
}

/** A record with no prototype, from entries. */
export function idRecord<T>(entries: Iterable<readonly [string, T]>): IdRecord<T> {
  const record = Object.create(null) as IdRecord<T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** Own routes per pack id, all or nothing (the user's settings: one bad entry makes them unreadable). */
const OwnRoutesSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainRecord, 'must map pack ids to routes'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const entries = readIdEntries(dataset.value, OwnRouteSchema);
    const bad = entries.find((entry) => !entry.ok);
    if (bad) {
      addIssue({ message: `${bad.key} is not a pack id with a route` });
      return NEVER;
    }
    return idRecord(entries.flatMap((entry) => (entry.ok ? [[entry.key, entry.value] as const] : [])));
  }),
);

const CategorySchema = v.picklist(CATEGORIES);

const SettingsV1Schema = v.object({
  version: v.literal(1),
  role: v.picklist(ROLES),
  schools: v.array(PackIdSchema),
});

const SettingsV2Schema = v.object({
  version: v.literal(2),
  role: v.picklist(ROLES),
  /**
   * Chosen school pack ids, in the order chosen; a draft is checked against the first MAX_SCHOOLS. Empty until one
   * is chosen. 50 is what earlier versions allowed: such settings still read.
   */
  schools: v.pipe(v.array(PackIdSchema), v.maxLength(50)),
  /** The user's own web address or e-mail per school id; when given, they replace the pack's. */
  routes: OwnRoutesSchema,
  /** Per-site switches. */
  sites: v.object({ x: v.boolean(), facebook: v.boolean() }),
  /** Categories not checked until turned back on in the settings. */
  optOuts: v.array(CategorySchema),
  /** Categories not checked until a time (ms since the epoch), from a nudge's snooze. */
  snoozes: v.record(CategorySchema, v.number()),
  /** Null when active; otherwise paused until a time (ms since the epoch), or until turned back on (null). */
  pause: v.nullable(v.object({ until: v.nullable(v.number()) })),
});

export type Settings = Omit<v.InferOutput<typeof SettingsV2Schema>, 'snoozes'> & {
  snoozes: Partial<Record<Category, number>>;
};

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    role: 'parent',
    schools: [],
    routes: {},
    sites: { x: true, facebook: true },
    optOuts: [],
    snoozes: {},
    pause: null,
  };
}

/** The defaults, frozen; use defaultSettings() for a copy to change. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultSettings());

/** v1 (role and schools) → v2: everything new starts at its default, so nothing the user chose changes. */
export function migrateV1(v1: v.InferOutput<typeof SettingsV1Schema>): Settings {
  return { ...defaultSettings(), role: v1.role, schools: [...v1.schools] };
}

export type SettingsStatus =
  /** Nothing stored yet. */
  | 'absent'
  | 'current'
  /** An older version, migrated: write it back. */
  | 'migrated'
  /** Saved by a newer Second Thought: the defaults apply here, and storage is left for the newer one. */
  | 'newer'
  /** Corrupt or foreign: the defaults apply; write them back and tell the user. */
  | 'unreadable';

export interface ReadSettings {
  settings: Settings;
  status: SettingsStatus;
}

/** Validates and, if need be, migrates what storage held. Never throws. */
export function interpretSettings(stored: unknown): ReadSettings {
  if (stored === undefined) return { settings: defaultSettings(), status: 'absent' };
  const current = v.safeParse(SettingsV2Schema, stored);
  if (current.success) return { settings: current.output, status: 'current' };
  const v1 = v.safeParse(SettingsV1Schema, stored);
  if (v1.success) return { settings: migrateV1(v1.output), status: 'migrated' };
  const version = typeof stored === 'object' && stored !== null ? (stored as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return { settings: defaultSettings(), status: 'newer' };
  }
  return { settings: defaultSettings(), status: 'unreadable' };
}

/** The settings storage held, validated (and migrated); anything unreadable gives the defaults. */
export function readSettings(stored: unknown): Settings {
  return interpretSettings(stored).settings;
}

/** Mutes a category: without minutes until turned back on in the settings, with minutes for that long. */
export function muteCategory(settings: Settings, category: Category, minutes: number | undefined, now: number): Settings {
  if (minutes === undefined) {
    const optOuts = settings.optOuts.includes(category) ? settings.optOuts : [...settings.optOuts, category];
    return { ...settings, optOuts, snoozes: withoutKey(settings.snoozes, category) };
  }
  return { ...settings, snoozes: { ...settings.snoozes, [category]: now + minutes * 60_000 } };
}

/** Checks a category again: no opt-out, no snooze. */
export function unmuteCategory(settings: Settings, category: Category): Settings {
  return {
    ...settings,
    optOuts: settings.optOuts.filter((c) => c !== category),
    snoozes: withoutKey(settings.snoozes, category),
  };
}

/** Drops snoozes that have run out, so storage does not collect them. */
export function withoutExpiredSnoozes(settings: Settings, now: number): Settings {
  const snoozes = Object.fromEntries(Object.entries(settings.snoozes).filter(([, until]) => until > now));
  return { ...settings, snoozes };
}

function withoutKey<K extends string, T>(record: Partial<Record<K, T>>, key: K): Partial<Record<K, T>> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as Partial<Record<K, T>>;
}

/** Why a change to the chosen schools is refused (more than MAX_SCHOOLS, and more than before), or undefined. */
export function checkSchoolsChange(before: Settings, next: Settings): string | undefined {
  if (next.schools.length <= MAX_SCHOOLS || next.schools.length <= before.schools.length) return undefined;
  return `Choose at most ${MAX_SCHOOLS} schools: untick one first.`;
}

/** Checks a route the user typed; gives the route to save, or a message per field. */
export function checkOwnRoute(input: {
  url: string;
  email: string;
}): { ok: true; route: OwnRoute } | { ok: false; errors: { url?: string; email?: string } } {
  const errors: { url?: string; email?: string } = {};
  const route: OwnRoute = {};
  const url = input.url.trim();
  const email = input.email.trim();
  if (url) {
    const parsed = v.safeParse(WebAddressSchema, url);
    if (parsed.success) route.url = parsed.output;
    else errors.url = ROUTE_INPUT_ERRORS.url;
  }
  if (email) {
    const parsed = v.safeParse(EmailSchema, email);
    if (parsed.success) route.email = parsed.output;
    else errors.email = ROUTE_INPUT_ERRORS.email;
  }
  return errors.url || errors.email ? { ok: false, errors } : { ok: true, route };
}
