/**
 * What a school or trust sets by enterprise policy (storage.managed, described to the browser by
 * public/managed-schema.json). Each field is read on its own, so one bad field costs only itself: the rest still
 * apply, and the settings page says what could not be read. Pure: no browser API.
 */
import * as v from 'valibot';
import { ROLES } from '../engine/types';
import type { Pack, Role } from '../engine/types';
import { closestName } from '../packs/closest-name';
import { parsePack } from '../packs/schema';
import { idRecord, isPlainRecord, MAX_SCHOOLS, OwnRouteSchema, PackIdSchema, readIdEntries } from './schema';
import type { IdRecord, OwnRoute, SiteSwitch } from './schema';

/** Controls a trust can lock without setting a value: no category opt-outs or snoozes; no pausing. */
export const LOCKABLE = ['categories', 'pause'] as const;
export type Lockable = (typeof LOCKABLE)[number];

export interface ManagedPolicy {
  /** Sets and locks the role. */
  role?: Role;
  /** Sets and locks the schools: bundled pack ids, or ids of packs given in `packs`. */
  schools?: string[];
  /** Whole packs, for schools the extension does not ship; with no `schools`, these are the schools. */
  packs?: Pack[];
  /** Sets and locks the complaints route per school id (no prototype: look up with `entryFor`). */
  routes?: IdRecord<OwnRoute>;
  /** Sets and locks a site's switch. */
  sites?: Partial<Record<SiteSwitch, boolean>>;
  lock?: Lockable[];
}

export interface ReadManaged {
  policy: ManagedPolicy;
  /** One line per field that could not be read, e.g. "packs.0: name must not be empty". */
  problems: string[];
}

const ROUTE_FIELDS = ['url', 'email'] as const;
const SITE_FIELDS = ['x', 'facebook'] as const;
const PACK_ID = 'must be a pack id (lower-case letters, digits and hyphens)';
const SWITCH = 'must be true or false';
const FIELDS = {
  role: v.picklist(ROLES, 'must be "parent" or "staff"'),
  schools: v.array(v.pipe(v.string(PACK_ID), v.check((id) => v.is(PackIdSchema, id), PACK_ID)), 'must be a list of pack ids'),
  sites: v.object({ x: v.optional(v.boolean(SWITCH)), facebook: v.optional(v.boolean(SWITCH)) }, 'must be { "x": true|false, "facebook": true|false }'),
  lock: v.array(v.picklist(LOCKABLE, `must be ${LOCKABLE.map((l) => `"${l}"`).join(' or ')}`), 'must be a list'),
};

/** "lock.0 must be …": the field, the path inside it, and what is wrong. */
function issuesText(name: string, issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return `${path ? `${name}.${path}` : name} ${issue.message}`;
    })
    .join('; ');
}

/**
 * "routes.bexton.emial is not a field a route has: did you mean email?": the keys of `value` none of `known` names.
 * A trust's misspelt key would otherwise be dropped without a word, and the route or switch it meant never set.
 */
function unknownKeys(name: string, value: unknown, known: readonly string[], isNot: string): string[] {
  if (!isPlainRecord(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const meant = closestName(key, known);
      return `${name}.${key} ${isNot}${meant ? `: did you mean ${meant}?` : ` (${known.join(', ')})`}`;
    });
}

/** Validates what storage.managed held. Never throws; anything unreadable is left out and named in `problems`. */
export function readManaged(stored: unknown): ReadManaged {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  if (stored === undefined || stored === null) return { policy, problems };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { policy, problems: ['the policy is not an object'] };
  }
  const raw = stored as Record<string, unknown>;
  const field = <K extends keyof typeof FIELDS>(name: K): v.InferOutput<(typeof FIELDS)[K]> | undefined => {
    if (!Object.hasOwn(raw, name) || raw[name] === undefined) return undefined;
    const parsed = v.safeParse(FIELDS[name], raw[name]);
    if (parsed.success) return parsed.output as v.InferOutput<(typeof FIELDS)[K]>;
    problems.push(issuesText(name, parsed.issues));
    return undefined;
  };
  const role = field('role');
  if (role) policy.role = role;
  const schools = field('schools');
  if (schools) {
    // A trust's choice must still apply when it lists too many: the first MAX_SCHOOLS, and a word about the rest.
    policy.schools = schools.slice(0, MAX_SCHOOLS);
    const left = schools.slice(MAX_SCHOOLS);
    if (left.length > 0) {
      problems.push(`schools lists ${schools.length} schools; at most ${MAX_SCHOOLS} are used, so ${left.join(', ')} are left out`);
    }
  }
  if (raw.routes !== undefined) {
    // Read school by school, so that one bad route costs only itself, and a school with any valid id (even
    // "constructor") keeps the route the trust set.
    if (!isPlainRecord(raw.routes)) problems.push('routes must map pack ids to { "url", "email" }');
    else {
      const entries = readIdEntries(raw.routes, OwnRouteSchema);
      for (const entry of entries) {
        if (entry.ok) {
          problems.push(...unknownKeys(`routes.${entry.key}`, raw.routes[entry.key], ROUTE_FIELDS, 'is not a field a route has'));
          continue;
        }
        const known = v.is(PackIdSchema, entry.key);
        problems.push(known ? issuesText(`routes.${entry.key}`, entry.issues) : `routes.${entry.key} ${PACK_ID}`);
      }
      const good = entries.flatMap((entry) => (entry.ok ? [[entry.key, entry.value] as const] : []));
      if (good.length > 0) policy.routes = idRecord(good);
    }
  }
  const sites = field('sites');
  if (sites) problems.push(...unknownKeys('sites', raw.sites, SITE_FIELDS, 'is not a site Second Thought knows'));
  if (sites) {
    policy.sites = {};
    if (sites.x !== undefined) policy.sites.x = sites.x;
    if (sites.facebook !== undefined) policy.sites.facebook = sites.facebook;
  }
  const lock = field('lock');
  if (lock) policy.lock = [...new Set(lock)];
  if (raw.packs !== undefined) {
    if (!Array.isArray(raw.packs)) {
      problems.push('packs must be a list of packs');
    } else {
      policy.packs = [];
      // Only as many packs as there can be schools are read at all.
      const left = raw.packs.length - MAX_SCHOOLS;
      if (left > 0) problems.push(`packs lists ${raw.packs.length} packs; at most ${MAX_SCHOOLS} are read, so the last ${left} ${left === 1 ? 'is' : 'are'} left out`);
      raw.packs.slice(0, MAX_SCHOOLS).forEach((json: unknown, index) => {
        const parsed = parsePack(json);
        if (parsed.ok) policy.packs?.push(parsed.pack);
        // One line per pack, named by its id where it has one ("packs.1 (stmarys): …"), so the admin need not count
        // from 0 and the user is not shown the same pack's trouble line after line. parsePack calls the whole pack
        // "pack": "pack must be an object" becomes "packs.2 must be an object".
        else {
          const id = isPlainRecord(json) && typeof json.id === 'string' && v.is(PackIdSchema, json.id) ? ` (${json.id})` : '';
          const errors = parsed.errors.map((error) => (error.startsWith('pack ') ? error.slice(5) : error));
          const aboutTheWholePack = errors.length === 1 && parsed.errors[0]?.startsWith('pack ') === true;
          problems.push(`packs.${index}${id}${aboutTheWholePack ? ' ' : ': '}${errors.join('; ')}`);
        }
      });
    }
  }
  for (const name of Object.keys(raw)) {
    if (!Object.hasOwn(FIELDS, name) && name !== 'packs' && name !== 'routes') problems.push(`${name} is not a setting Second Thought knows`);
  }
  return { policy, problems };
}
