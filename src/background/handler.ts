/** Answers protocol requests: the engine behind the one message boundary, with no browser API of its own. */
import { asGeneralGuidance } from '../engine/decide';
import { judgeSchools } from '../engine/schools';
import { verdictUnder } from './about-school';
import { clauseFor } from '../engine/types';
import type { Category, Pack, Verdict } from '../engine/types';
import { getBundledPack } from '../packs';
import type { Handoff } from '../pages/raise/handoff';
import { parseRequest, MAX_FINDINGS_IN_REPLY } from '../protocol';
import type { InactiveReason, QuotedClause, Reply, SchoolView, Site } from '../protocol';
import { isPaused, muteCategory, mutedCategories, unmuteCategory } from '../settings';
import type { ChosenSchool, EffectiveSettings, Settings } from '../settings';
import { noteShortcutIn } from '../shortcut';
import type { BrowserCommand } from '../shortcut';
import { DraftQueue } from './queue';

export interface HandlerDeps {
  /** The settings as they apply now: the user's, under the school's or trust's policy. */
  getSettings(): Promise<EffectiveSettings>;
  /** Applies a change to the user's own settings and saves it. */
  updateSettings(change: (settings: Settings) => Settings): Promise<unknown>;
  openOptions(): Promise<void>;
  /** Resolves once the engine can judge (the worker loads the model file first); awaited before every verdict. */
  engineReady?(): Promise<void>;
  /** Readies the engine off the hot path (after the reply); called for every `warm` request. */
  warmUp?(): void;
  /** Opens the private-message page with this draft, beside the tab it came from. */
  openRaisePage(handoff: Handoff, from: RequestFrom): Promise<void>;
  /** The extension's commands with the keys the browser has for them now (commands.getAll). */
  getCommands?(): Promise<readonly BrowserCommand[]>;
  /** The time now, in ms since the epoch (tests pass a fixed clock). */
  now?(): number;
  /** The queue drafts wait in (tests pass their own); one per handler otherwise. */
  queue?: DraftQueue;
}

/** Where a request came from, as the browser says (not the sender): a newer draft replaces an older one only here. */
export interface RequestFrom {
  tab?: number;
  frame?: number;
  document?: string;
  /** The sender's tab's place in its window: the private-message page opens beside it. */
  place?: { id?: number; index: number; windowId?: number };
}

/** The answer to a draft that a newer one from the same composer replaced before it was judged. */
export const REPLACED_MESSAGE = 'A newer draft from the same composer replaced this one before it was checked.';

function genericSchool(): ChosenSchool {
  const pack = getBundledPack('generic');
  if (!pack) throw new Error('The generic pack is missing from the build.');
  return { pack, route: pack.routes.parent, routeSource: 'pack', routeLocked: false };
}

function schoolView(school: ChosenSchool, settings: EffectiveSettings, chosen: boolean): SchoolView {
  const { pack } = school;
  const route = chosen ? school.route : pack.routes[settings.role];
  return { packId: pack.id, name: pack.name, shortName: pack.shortName, route, chosen, role: settings.role };
}

function quietVerdict(packId: string): Verdict {
  return { nudge: false, severity: 'none', categories: [], findings: [], packId };
}

function inactiveReason(settings: EffectiveSettings, site: Site, now: number): InactiveReason | undefined {
  // The practice page is where people go to try a draft: it checks even while paused.
  if (site === 'practice') return undefined;
  if (isPaused(settings, now)) return 'paused';
  if (!settings.sites[site]) return 'site-off';
  return undefined;
}

export function createHandler(deps: HandlerDeps): (message: unknown, from?: RequestFrom) => Promise<Reply> {
  const now = deps.now ?? Date.now;
  const queue = deps.queue ?? new DraftQueue();
  return async (message, from) => {
    const parsed = parseRequest(message);
    if (!parsed.ok) return { kind: 'error', message: parsed.error };
    const request = parsed.value;
    try {
      switch (request.kind) {
        case 'analyze': {
          const [settings] = await Promise.all([deps.getSettings(), deps.engineReady?.()]);
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
              categoriesLocked: settings.locks.categories,
            };
          }
          // Judged with every category the school checks; what the user turned off is taken out after (schools.ts).
          const muted = mutedCategories(settings, time);
          const packs = schools.map((school) => school.pack);
          // A composer's newer draft replaces its older one still waiting (the same tab, frame and document).
          const key =
            request.composer !== undefined && from?.tab !== undefined
              ? JSON.stringify([from.tab, from.frame ?? 0, from.document ?? '', request.composer])
              : undefined;
          const outcome = await queue.run(request.text.length, key, judgeSchools(request.text, settings.role, packs, undefined, muted));
          if (outcome.kind === 'replaced') return { kind: 'error', message: REPLACED_MESSAGE };
          // Shown under the school the post is about, though another chosen school's pack found its worst (a threat).
          const school = schools[outcome.value.about] as ChosenSchool;
          const verdict = verdictUnder(outcome.value.verdict, packs[outcome.value.index] as Pack, school.pack);
          // Each category's clause from the shown school's policy; where that school's pack leaves the category out
          // (a threat found under another chosen school's pack), from the policy of the school that found it, so
          // "Why am I seeing this?" never quotes a rule the shown school does not apply.
          const judged = schools[outcome.value.index] as ChosenSchool;
          const clauses: Partial<Record<Category, QuotedClause>> = {};
          for (const category of verdict.categories) {
            const own = school.pack.rules[category];
            const theirs = judged.pack.rules[category];
            if (own?.enabled || !theirs?.enabled || judged === school) {
              if (own) clauses[category] = clauseFor(own, settings.role);
            } else clauses[category] = { ...clauseFor(theirs, settings.role), school: judged.pack.name };
          }
          // Under general guidance a finding says what schools usually ask. The engine words it so under the pack that
          // judged the draft; the note may be shown under another chosen school whose clause is general guidance.
          const findings = verdict.findings
            .slice(0, MAX_FINDINGS_IN_REPLY)
            .map((f) => (clauses[f.category]?.general === true ? { ...f, message: asGeneralGuidance(f.message) } : f));
          return {
            kind: 'verdict',
            verdict: { ...verdict, findings },
            school: schoolView(school, settings, chosen),
            clauses,
            categoriesLocked: settings.locks.categories,
          };
        }
        case 'muteCategory': {
          const settings = await deps.getSettings();
          if (settings.locks.categories) return { kind: 'locked' };
          const { category, minutes } = request;
          await deps.updateSettings((user) => muteCategory(user, category, minutes, now()));
          return { kind: 'done' };
        }
        case 'unmuteCategory': {
          const settings = await deps.getSettings();
          if (settings.locks.categories) return { kind: 'locked' };
          const { category } = request;
          await deps.updateSettings((user) => unmuteCategory(user, category));
          return { kind: 'done' };
        }
        case 'noteShortcut': {
          // Read at each asking, never kept: the user may change it at any time, with no event to say so.
          return { kind: 'shortcut', keys: noteShortcutIn(await deps.getCommands?.()) };
        }
        case 'warm':
          deps.warmUp?.();
          return { kind: 'done' };
        case 'openOptions':
          await deps.openOptions();
          return { kind: 'done' };
        case 'raisePrivately': {
          const { draft, packId, threats, safeguarding } = request;
          await deps.openRaisePage({ draft, packId, ...(threats ? { threats } : {}), ...(safeguarding ? { safeguarding } : {}) }, from ?? {});
          return { kind: 'done' };
        }
      }
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
