/**
 * The user's settings, kept in storage.sync so they follow the user between browsers.
 * States: absent (first run: parent, no school chosen, the generic pack is used), saved (validated on every
 * read), corrupt or foreign (replaced by the defaults, never a crash).
 */
import * as v from 'valibot';
import { ROLES } from './engine/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  role: v.picklist(ROLES),
  /** Chosen school pack ids; empty until the user chooses one. */
  schools: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/))),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ version: SETTINGS_VERSION, role: 'parent', schools: [] });

/** Validates what storage held; anything unreadable gives the defaults. */
export function readSettings(stored: unknown): Settings {
  const result = v.safeParse(SettingsSchema, stored);
  return result.success ? result.output : DEFAULT_SETTINGS;
}
