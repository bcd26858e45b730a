/** Answers protocol requests: the engine behind the one message boundary, with no browser API of its own. */
import { analyzeDraft } from '../engine';
import { SEVERITIES } from '../engine/types';
import type { Category, Pack, PackClause, Verdict } from '../engine/types';
import { getBundledPack } from '../packs';
import { parseRequest, MAX_FINDINGS_IN_REPLY } from '../protocol';
import type { InactiveReason, Reply, SchoolView, Site } from '../protocol';
import { isPaused, muteCategory, mutedCategories } from '../settings';
import type { ChosenSchool, EffectiveSettings, Settings } from '../settings';

export interface HandlerDeps {
  /** The settings as they apply now: the user's, under the school's or trust's policy. */
  getSettings(): Promise<EffectiveSettings>;
  /** Applies a change to the user's own settings and saves it. */
  updateSettings(change: (settings: Settings) => Settings): Promise<unknown>;
  openOptions(): Promise<void>;
  /** Opens the private-message page with this draft, beside the tab it came from. */
  openRaisePage(handoff: { draft: string; packId: string }, from: RequestSource): Promise<void>;
  /** The time now, in ms since the epoch (tests pass a fixed clock). */
  now?(): number;
}

const RANK = new Map(SEVERITIES.map((severity, index) => [severity, index]));

/** The pack with the muted categories switched off, so the engine does not look for them at all. */
function withoutCategories(pack: Pack, muted: ReadonlySet<Category>): Pack {
  if (muted.size === 0) return pack;
  const rules = { ...pack.rules };
  for (const category of muted) {
    const rule = rules[category];
    if (rule) rules[category] = { ...rule, enabled: false };
  }
  return { ...pack, rules };
}

function genericSchool(): ChosenSchool {
  const pack = getBundledPack('generic');
  if (!pack) throw new Error('The generic pack is missing from the build.');
  return { pack, route: pack.routes.parent, routeSource: 'pack', routeLocked: false };
}

function schoolView(school: ChosenSchool, settings: EffectiveSettings, chosen: boolean): SchoolView {
  const { pack } = school;
  const route = chosen ? school.route : pack.routes[settings.role];
  return { packId: pack.id, name: pack.name, shortName: pack.shortName, route, chosen };
}

function quietVerdict(packId: string): Verdict {
  return { nudge: false, severity: 'none', categories: [], findings: [], packId };
}

/**
 * The verdict to show when a draft is checked against several schools: the most severe; on a tie, the one with
 * more findings; then the school chosen first.
 */
function mostSevere(verdicts: readonly Verdict[]): number {
  let best = 0;
  verdicts.forEach((verdict, index) => {
    const current = verdicts[best] as Verdict;
    const bySeverity = (RANK.get(verdict.severity) ?? 0) - (RANK.get(current.severity) ?? 0);
    if (bySeverity > 0 || (bySeverity === 0 && verdict.findings.length > current.findings.length)) best = index;
  });
  return best;
}

function inactiveReason(settings: EffectiveSettings, site: Site, now: number): InactiveReason | undefined {
  // The practice page is where people go to try a draft: it checks even while paused.
  if (site === 'practice') return undefined;
  if (isPaused(settings, now)) return 'paused';
  if (!settings.sites[site]) return 'site-off';
  return undefined;
}

/** Where a request came from, as the browser says (never the message): the sender's tab, if any. */
export interface RequestSource {
  tab?: { id?: number; index: number; windowId?: number };
}

export function createHandler(deps: HandlerDeps): (message: unknown, from?: RequestSource) => Promise<Reply> {
  const now = deps.now ?? Date.now;
  return async (message, from = {}) => {
    const parsed = parseRequest(message);
    if (!parsed.ok) return { kind: 'error', message: parsed.error };
    const request = parsed.value;
    try {
      switch (request.kind) {
        case 'analyze': {
          const settings = await deps.getSettings();
          const chosen = settings.schools.length > 0;
          const schools = chosen ? settings.schools : [genericSchool()];
          const time = now();
          const inactive = inactiveReason(settings, request.site, time);
          if (inactive) {
            const first = schools[0] as ChosenSchool;
            return {
              kind: 'verdict',
              verdict: quietVerdict(first.pack.id),
              school: schoolView(first, settings, chosen),
              clauses: {},
              inactive,
            };
          }
          const muted = mutedCategories(settings, time);
          const verdicts = schools.map((school) =>
            analyzeDraft(request.text, { role: settings.role, pack: withoutCategories(school.pack, muted) }),
          );
          const index = mostSevere(verdicts);
          const verdict = verdicts[index] as Verdict;
          const school = schools[index] as ChosenSchool;
          const clauses: Partial<Record<Category, PackClause>> = {};
          for (const category of verdict.categories) {
            const rule = school.pack.rules[category];
            if (rule) clauses[category] = rule.clause;
          }
          return {
            kind: 'verdict',
            verdict: { ...verdict, findings: verdict.findings.slice(0, MAX_FINDINGS_IN_REPLY) },
            school: schoolView(school, settings, chosen),
            clauses,
          };
        }
        case 'muteCategory': {
          const settings = await deps.getSettings();
          if (settings.locks.categories) {
            return { kind: 'error', message: 'Your school or trust has set which categories are checked.' };
          }
          const { category, minutes } = request;
          await deps.updateSettings((user) => muteCategory(user, category, minutes, now()));
          return { kind: 'done' };
        }
        case 'openOptions':
          await deps.openOptions();
          return { kind: 'done' };
        case 'raisePrivately':
          await deps.openRaisePage({ draft: request.draft, packId: request.packId }, from);
          return { kind: 'done' };
      }
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
