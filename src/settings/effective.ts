/**
 * The settings as they apply: the user's own (storage.sync), with the school's or trust's policy
 * (storage.managed) over them. Packs are resolved by id from the ones a policy gives, then the bundled ones, then
 * the ones the user imported (storage.local): an imported pack never replaces a policy's or a bundled one, so a copy
 * of a school's pack cannot undo what a trust chose. Pure: no browser API, and time is passed in.
 */
import type { Category, Pack, Role, Route } from '../engine/types';
import { BUNDLED_PACKS, GENERIC_PACK } from '../packs';
import { withGeneralMarked } from '../packs/general';
import { isOwnPack } from '../packs/own';
import type { ManagedPolicy } from './managed';
import { entryFor, MAX_SCHOOLS, SITE_SWITCHES } from './schema';
import type { OwnRoute, Settings, SiteSwitch } from './schema';

/** Where a school's route comes from: its pack, the user, or the school's or trust's policy. */
export type RouteSource = 'pack' | 'user' | 'managed';

export interface ChosenSchool {
  pack: Pack;
  /** The route for the effective role, with the policy's address (or a parent's own) over the pack's. */
  route: Route;
  routeSource: RouteSource;
  /** True when the policy sets this school's route. */
  routeLocked: boolean;
}

export interface Locks {
  role: boolean;
  schools: boolean;
  sites: Record<SiteSwitch, boolean>;
  categories: boolean;
  pause: boolean;
}

export interface EffectiveSettings {
  role: Role;
  /** The chosen schools that have a pack, in the order chosen. */
  schools: ChosenSchool[];
  /** Chosen ids with no pack (an imported pack since removed, say). */
  missing: string[];
  /** Chosen ids past the first MAX_SCHOOLS, which are not checked (settings saved before the limit). */
  overLimit: string[];
  sites: Record<SiteSwitch, boolean>;
  /** Opted-out categories; empty when the policy locks categories. */
  optOuts: Category[];
  /** Snoozed categories and until when; empty when the policy locks categories. */
  snoozes: Partial<Record<Category, number>>;
  /** Null when active; ignored when the policy locks pausing. */
  pause: { until: number | null } | null;
  locks: Locks;
  /** Every school the user can choose from: the policy's packs, imported ones, then bundled ones (not generic). */
  available: Pack[];
  /** Imported packs not used because a policy's or a bundled pack has their id (imported before the rule, say). */
  shadowed: Pack[];
  /** The user's own settings, for the pages to change. */
  user: Settings;
}

export interface SettingsSources {
  user: Settings;
  managed?: ManagedPolicy;
  imported?: readonly Pack[];
}

/** The pack used for each id: the policy's first, then the bundled ones, then the imported ones. */
function packsById(managed: ManagedPolicy, imported: readonly Pack[]): Map<string, Pack> {
  const byId = new Map<string, Pack>();
  for (const pack of [...(managed.packs ?? []), ...BUNDLED_PACKS, ...imported]) {
    if (!byId.has(pack.id)) byId.set(pack.id, pack);
  }
  return byId;
}

/** Every pack that is used, listed as the settings show them: the policy's, then imported, then bundled. */
export function availablePacks(managed: ManagedPolicy, imported: readonly Pack[]): Pack[] {
  const byId = packsById(managed, imported);
  return [...(managed.packs ?? []), ...imported, ...BUNDLED_PACKS].filter((pack) => byId.get(pack.id) === pack);
}

/**
 * Why a pack cannot be imported: a pack the policy gives or a bundled one already has its id (an imported pack with
 * that id would never be used). Undefined when it can.
 */
export function importClash(pack: Pick<Pack, 'id'>, managed: ManagedPolicy): string | undefined {
  const fromPolicy = managed.packs?.find((other) => other.id === pack.id);
  const taken = fromPolicy ?? BUNDLED_PACKS.find((other) => other.id === pack.id);
  if (!taken) return undefined;
  const whose = fromPolicy ? 'which your school or trust set' : 'which comes with Second Thought';
  return `id "${pack.id}" is already used by ${taken.name}, ${whose}: give this pack an id of its own`;
}

/**
 * A pack's route for the role. Personal packs made before staff had a route of their own carry the parents'
 * complaints address in their staff route too: staff get the general guidance's staff route instead.
 */
function packRoute(pack: Pack, role: Role): Route {
  const route = pack.routes[role];
  if (role !== 'staff' || !isOwnPack(pack) || !(route.url || route.email)) return route;
  const { parent } = pack.routes;
  return route.url === parent.url && route.email === parent.email ? GENERIC_PACK.routes.staff : route;
}

function resolveRoute(pack: Pack, role: Role, own: OwnRoute | undefined): Route {
  const base = packRoute(pack, role);
  if (!own || (!own.url && !own.email)) return base;
  // The user's (or the policy's) address replaces the pack's as a whole: a school's e-mail given by the user must
  // not be passed over for a pack's web address that the user chose to replace.
  const route: Route = { label: base.label, instruction: base.instruction };
  if (own.url) route.url = own.url;
  if (own.email) route.email = own.email;
  // A safeguarding route (STOC's Designated Safeguarding Lead) is someone else's: it keeps the pack's own address.
  if (base.safeguarding) route.safeguarding = base.safeguarding;
  return route;
}

export function resolveSettings({ user, managed = {}, imported = [] }: SettingsSources): EffectiveSettings {
  const lock = new Set(managed.lock ?? []);
  const byId = packsById(managed, imported);
  // The schools a policy names come from its packs or the bundled ones: never from a pack the user imported.
  const managedById = packsById(managed, []);
  const role = managed.role ?? user.role;
  const managedSchools = managed.schools ?? (managed.packs?.length ? managed.packs.map((pack) => pack.id) : undefined);
  const chosen = [...new Set(managedSchools ?? user.schools)];
  const ids = chosen.slice(0, MAX_SCHOOLS);
  const schools: ChosenSchool[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const pack = (managedSchools ? managedById : byId).get(id);
    if (!pack || pack.id === 'generic') {
      if (!pack) missing.push(id);
      continue;
    }
    const fromPolicy = entryFor(managed.routes, id);
    // The address a user gives is the school's complaints route, which is for parents: staff raise a concern the way
    // their pack's staff route says (a line manager, the head), never through the complaints inbox. A trust's policy
    // sets the route for whichever role it deploys to.
    const fromUser = role === 'parent' ? entryFor(user.routes, id) : undefined;
    const routeSource: RouteSource = fromPolicy ? 'managed' : fromUser && (fromUser.url || fromUser.email) ? 'user' : 'pack';
    schools.push({
      pack: withGeneralMarked(pack),
      route: resolveRoute(pack, role, fromPolicy ?? fromUser),
      routeSource,
      routeLocked: fromPolicy !== undefined,
    });
  }
  const sites = Object.fromEntries(
    SITE_SWITCHES.map((site) => [site, managed.sites?.[site] ?? user.sites[site]]),
  ) as Record<SiteSwitch, boolean>;
  const siteLocks = Object.fromEntries(
    SITE_SWITCHES.map((site) => [site, managed.sites?.[site] !== undefined]),
  ) as Record<SiteSwitch, boolean>;
  return {
    role,
    schools,
    missing,
    overLimit: chosen.slice(MAX_SCHOOLS),
    sites,
    optOuts: lock.has('categories') ? [] : user.optOuts,
    snoozes: lock.has('categories') ? {} : user.snoozes,
    pause: lock.has('pause') ? null : user.pause,
    locks: {
      role: managed.role !== undefined,
      schools: managedSchools !== undefined,
      sites: siteLocks,
      categories: lock.has('categories'),
      pause: lock.has('pause'),
    },
    available: availablePacks(managed, imported).filter((pack) => pack.id !== 'generic'),
    shadowed: imported.filter((pack) => byId.get(pack.id) !== pack),
    user,
  };
}

/** True while paused: until a time still to come, or until turned back on. */
export function isPaused(settings: Pick<EffectiveSettings, 'pause'>, now: number): boolean {
  const { pause } = settings;
  return pause !== null && (pause.until === null || pause.until > now);
}

/** The categories not to check now: opted out, or snoozed until a time still to come. */
export function mutedCategories(settings: Pick<EffectiveSettings, 'optOuts' | 'snoozes'>, now: number): Set<Category> {
  const muted = new Set<Category>(settings.optOuts);
  for (const [category, until] of Object.entries(settings.snoozes) as [Category, number][]) {
    if (until > now) muted.add(category);
  }
  return muted;
}
