/**
 * The one protocol between the content side (and the extension pages) and the background worker.
 * Requests and replies are discriminated unions on `kind`; each side validates what it receives
 * before trusting it (PRODUCT.md §9: a malformed message gets an error reply, never a crash).
 */
import * as v from 'valibot';
import { CATEGORIES, ROLES, SEVERITIES } from './engine/types';
import type { Category, PackClause, Role, Route, Span, Verdict } from './engine/types';
import { MAX_SNOOZE_MINUTES, PackIdSchema } from './settings/schema';

/** The sites the content side runs on, plus the practice page inside the extension. */
export const SITES = ['x', 'facebook', 'practice'] as const;
export type Site = (typeof SITES)[number];

/** A 1 MB paste must still get a verdict; anything far beyond that is not a social-media post. */
export const MAX_DRAFT_LENGTH = 2_000_000;

/** A composer's name within its page is a short id. */
export const MAX_COMPOSER_LENGTH = 64;

/**
 * A verdict crosses the boundary with at most this many findings (the first ones, in text order): enough to
 * highlight everything in any real post, while a pasted essay's thousands cost the page nothing to receive.
 * The verdict's categories and severity still come from every finding.
 */
export const MAX_FINDINGS_IN_REPLY = 200;

/** A shortcut is a few key names ('Ctrl+Shift+MediaPlayPause' is about the longest a browser gives). */
export const MAX_SHORTCUT_LENGTH = 64;

/**
 * How long the content side waits for the worker to name the shortcut before a note is announced without it: the
 * worker has just answered the draft's verdict, so its answer takes milliseconds; a note is not left unannounced.
 */
export const SHORTCUT_WAIT_MS = 1_000;

export type Request =
  /**
   * `composer` names the composer within its page: a newer draft from the same one replaces an older one still
   * waiting to be checked, which is answered with an error instead.
   */
  | { kind: 'analyze'; text: string; site: Site; composer?: string }
  /**
   * A composer was focused: the worker readies the engine (model, rules, first run) while the user starts to type,
   * so the first verdict does not pay for it. Replies `done` at once.
   */
  | { kind: 'warm' }
  | { kind: 'openOptions' }
  /**
   * "Raise it with <school>": opens the private-message page with the draft exactly as typed and the school the note
   * named (PRODUCT.md §5). The draft goes no further than the worker and session storage (see pages/raise/handoff.ts).
   * `threats`, the places of the note's threat findings: the page starts without the sentences that hold them.
   * `safeguarding`, when the note offered the school's safeguarding route (Route.safeguarding): the page shows that one.
   */
  | { kind: 'raisePrivately'; draft: string; packId: string; threats?: Span[]; safeguarding?: true }
  /**
   * Stops checking a category: without `minutes` until the user turns it back on in the settings (an opt-out),
   * with `minutes` for that long (a snooze). Replies `done`, or `locked` when the school or trust locks categories.
   */
  | { kind: 'muteCategory'; category: Category; minutes?: number }
  /**
   * Checks a category again, as its tick box in the settings does ("Undo" just after "Turn off notes about …").
   * Replies `done`, or `locked` when the school or trust locks categories.
   */
  | { kind: 'unmuteCategory'; category: Category }
  /**
   * Which keys the browser has for the shortcut to the note (manifest `commands`, `focus-nudge`), to name it when a
   * note is announced. Alt+Shift+N is only suggested: the browser leaves it unset when another extension holds it,
   * and the user may change or remove it. Only the worker can read it (commands.getAll). Replies `shortcut`.
   */
  | { kind: 'noteShortcut' };

/** Why a verdict is quiet without the draft being checked: the user paused checking, or switched this site off. */
export const INACTIVE_REASONS = ['paused', 'site-off'] as const;
export type InactiveReason = (typeof INACTIVE_REASONS)[number];

/** What the nudge needs to name the school and offer its route. */
export interface SchoolView {
  packId: string;
  name: string;
  shortName: string;
  route: Route;
  /** False while the user has not chosen a school: the note shows general guidance, not a school's route. */
  chosen: boolean;
  /** Whose route this is: what a note offers to raise depends on it (a member of staff's own conduct is not). */
  role: Role;
}

/**
 * A policy clause as the note quotes it, and whose policy it is when not the shown school's. `general` is set on
 * general guidance, which the note does not cite as any school's (PackClause.general).
 */
export type QuotedClause = PackClause & { school?: string };

export type Reply =
  | {
      kind: 'verdict';
      verdict: Verdict;
      school: SchoolView;
      /**
       * The pack's clause for each category found, quoted behind "Why am I seeing this?". `school`, when present, is
       * the full name of the other chosen school whose policy it is: the shown school's pack leaves that category out.
       */
      clauses: Partial<Record<Category, QuotedClause>>;
      /** Present when the draft was not checked (the verdict is then quiet): paused, or this site switched off. */
      inactive?: InactiveReason;
      /**
       * True when the school or trust's policy sets which categories are checked: nobody can turn a kind of note off
       * or pause it, so the note offers no link that would.
       */
      categoriesLocked: boolean;
    }
  /** The shortcut to the note as the browser has it now ('Alt+Shift+N'), or null when it has none. */
  | { kind: 'shortcut'; keys: string | null }
  | { kind: 'done' }
  /** Refused, nothing changed: the school or trust's policy sets this (which categories are checked). */
  | { kind: 'locked' }
  | { kind: 'error'; message: string };

/** A place in a draft, as findings give it. */
export const SpanSchema = v.strictObject({ start: v.number(), end: v.number() });

const RequestSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('analyze'),
    text: v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH, `text is longer than ${MAX_DRAFT_LENGTH} characters`)),
    site: v.picklist(SITES),
    composer: v.optional(v.pipe(v.string(), v.maxLength(MAX_COMPOSER_LENGTH, `composer is longer than ${MAX_COMPOSER_LENGTH} characters`))),
  }),
  v.strictObject({ kind: v.literal('warm') }),
  v.strictObject({ kind: v.literal('openOptions') }),
  v.strictObject({
    kind: v.literal('raisePrivately'),
    draft: v.pipe(v.string(), v.maxLength(MAX_DRAFT_LENGTH, `draft is longer than ${MAX_DRAFT_LENGTH} characters`)),
    packId: PackIdSchema,
    threats: v.optional(v.pipe(v.array(SpanSchema), v.maxLength(MAX_FINDINGS_IN_REPLY, `threats has more than ${MAX_FINDINGS_IN_REPLY} places`))),
    safeguarding: v.optional(v.literal(true)),
  }),
  v.strictObject({
    kind: v.literal('muteCategory'),
    category: v.picklist(CATEGORIES),
    minutes: v.optional(
      v.pipe(
        v.number(),
        v.integer('minutes must be a whole number'),
        v.minValue(1, 'minutes must be at least 1'),
        v.maxValue(MAX_SNOOZE_MINUTES, `minutes must be at most ${MAX_SNOOZE_MINUTES} (a week)`),
      ),
    ),
  }),
  v.strictObject({ kind: v.literal('unmuteCategory'), category: v.picklist(CATEGORIES) }),
  v.strictObject({ kind: v.literal('noteShortcut') }),
]);

const CategorySchema = v.picklist(CATEGORIES);
const routeEntries = {
  label: v.string(),
  url: v.optional(v.string()),
  email: v.optional(v.string()),
  instruction: v.string(),
};
const RouteSchema = v.strictObject({ ...routeEntries, safeguarding: v.optional(v.strictObject(routeEntries)) });
const ClauseSchema = v.strictObject({ ref: v.string(), quote: v.string(), general: v.optional(v.boolean()), school: v.optional(v.string()) });

const ReplySchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('verdict'),
    verdict: v.strictObject({
      nudge: v.boolean(),
      severity: v.picklist(SEVERITIES),
      categories: v.array(CategorySchema),
      findings: v.array(
        v.strictObject({
          ruleId: v.string(),
          category: CategorySchema,
          span: SpanSchema,
          message: v.string(),
          source: v.string(),
        }),
      ),
      packId: v.string(),
      onPost: v.optional(v.literal(true)),
    }),
    school: v.strictObject({
      packId: v.string(),
      name: v.string(),
      shortName: v.string(),
      route: RouteSchema,
      chosen: v.boolean(),
      role: v.picklist(ROLES),
    }),
    clauses: v.record(CategorySchema, ClauseSchema),
    inactive: v.optional(v.picklist(INACTIVE_REASONS)),
    categoriesLocked: v.boolean(),
  }),
  v.strictObject({
    kind: v.literal('shortcut'),
    keys: v.nullable(
      v.pipe(
        v.string(),
        v.minLength(1, 'keys must not be empty (null is no shortcut)'),
        v.maxLength(MAX_SHORTCUT_LENGTH, `keys is longer than ${MAX_SHORTCUT_LENGTH} characters`),
      ),
    ),
  }),
  v.strictObject({ kind: v.literal('done') }),
  v.strictObject({ kind: v.literal('locked') }),
  v.strictObject({ kind: v.literal('error'), message: v.string() }),
]);

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** An error says what was wrong without echoing all of it: valibot quotes the value, and a field may be 2 MB. */
const MAX_ERROR_LENGTH = 500;

/**
 * Validates without ever throwing. v.safeParse reads the value, so a getter or proxy trap that throws would escape
 * it; no structured clone delivers one, but the parsers are the boundary, so such a value is refused like the rest.
 */
function validate<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  message: unknown,
  what: string,
): Parsed<v.InferOutput<TSchema>> {
  let reason: string;
  try {
    const result = v.safeParse(schema, message);
    if (result.success) return { ok: true, value: result.output };
    reason = describeIssues(result.issues);
  } catch {
    reason = 'it could not be read';
  }
  const error = `Malformed ${what}: ${reason}`;
  return { ok: false, error: error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error };
}

export function parseRequest(message: unknown): Parsed<Request> {
  return validate(RequestSchema, message, 'request');
}

/** What the worker sends to a tab's content script: the keyboard shortcut between a post and its note. */
export type TabMessage = { kind: 'focusNudge' };

const TabMessageSchema = v.strictObject({ kind: v.literal('focusNudge') });

export function parseTabMessage(message: unknown): Parsed<TabMessage> {
  return validate(TabMessageSchema, message, 'tab message');
}

export function parseReply(message: unknown): Parsed<Reply> {
  return validate(ReplySchema, message, 'reply') as Parsed<Reply>;
}

/** Sends one request and returns the validated reply; transport failures become error replies. */
export type Transport = (request: Request) => Promise<unknown>;

export class ProtocolClient {
  constructor(private readonly transport: Transport) {}

  async request(request: Request): Promise<Reply> {
    let raw: unknown;
    try {
      raw = await this.transport(request);
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    const parsed = parseReply(raw);
    return parsed.ok ? parsed.value : { kind: 'error', message: parsed.error };
  }

  analyze(text: string, site: Site, composer?: string): Promise<Reply> {
    return this.request(composer === undefined ? { kind: 'analyze', text, site } : { kind: 'analyze', text, site, composer });
  }

  /** Asks the worker to ready the engine before the first draft (see the `warm` request). */
  warm(): Promise<Reply> {
    return this.request({ kind: 'warm' });
  }

  /** Stops checking `category`: for `minutes`, or until turned back on in the settings. */
  muteCategory(category: Category, minutes?: number): Promise<Reply> {
    return this.request(minutes === undefined ? { kind: 'muteCategory', category } : { kind: 'muteCategory', category, minutes });
  }

  /** Checks `category` again: no opt-out, no snooze. */
  unmuteCategory(category: Category): Promise<Reply> {
    return this.request({ kind: 'unmuteCategory', category });
  }

  /**
   * The keys of the shortcut to the note, as the browser has them now; null when it has none, or when the worker
   * did not say (an error, or no answer within `waitMs`): a note is then announced without a key that may be wrong.
   */
  async noteShortcut(waitMs = SHORTCUT_WAIT_MS): Promise<string | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), waitMs);
    });
    try {
      const reply = await Promise.race([this.request({ kind: 'noteShortcut' }), late]);
      return reply?.kind === 'shortcut' ? reply.keys : null;
    } finally {
      clearTimeout(timer);
    }
  }
}
