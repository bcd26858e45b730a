/**
 * The school pack format (PRODUCT.md §4), validated with valibot. A pack either loads whole or not at all, and
 * every error says where it is: "rules.complaint.clause.quote must be a string".
 */
import * as v from 'valibot';
import { count } from '../format';
import { closestName } from './closest-name';
import { checkPackPhrase } from '../engine/rules/pack-check';
import { CATEGORIES } from '../engine/types';
import type { Category, Pack, PackRule } from '../engine/types';

/**
 * How much a pack may hold: generous for any real school or trust (a big secondary lists a few hundred staff), and a
 * bound on the work a pack can make for the settings page, the worker and the `pack` command. One place, used by
 * all three and by a trust's policy (docs/packs.md, docs/security.md).
 */
export const PACK_LIMITS = {
  /** The pack file, in bytes of UTF-8 (the bundled packs are about 3 KB). */
  bytes: 512 * 1024,
  /** How deep lists and objects may nest in the file; a pack needs 4. */
  depth: 16,
  aliases: 100,
  staff: 1_000,
  /** Characters in a name, alias, staff name, label, clause reference or title. */
  nameLength: 200,
  /** Characters in longer text: a route's instruction, a clause's quote, a message, a web or e-mail address. */
  textLength: 2_000,
  /** Problems reported for one pack; the rest are counted. */
  errors: 50,
  /** A category's own phrases, and characters in one. */
  phrases: 200,
  phraseLength: 300,
  /** Cases of each kind, per category. */
  cases: 100,
} as const;

export { count };

/** Hangul fillers and the blank Braille pattern are letters or symbols to Unicode, but show nothing. */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when `text` has something a reader would see: not only spaces, zero-width or other invisible characters. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text.replace(BLANK_LETTERS, ''));
}

const text = (max: number = PACK_LIMITS.nameLength) =>
  v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${count(max)} characters`),
    // "Raise it with " and nothing after it: a zero-width space passes trim() and nonEmpty.
    v.check((value) => value === '' || hasVisibleText(value), 'must have some visible text'),
  );
const longText = () => text(PACK_LIMITS.textLength);
/**
 * At most `max` items, said even when some of them are wrong as well: `v.maxLength` looks only at a list whose items
 * all passed, so a list of 30,000 bad names would be told of its items and, once they were fixed, of its length.
 */
const atMost = (max: number, message: string) =>
  v.rawCheck<string[]>(({ dataset, addIssue }) => {
    if (Array.isArray(dataset.value) && dataset.value.length > max) addIssue({ message });
  });
const names = (max: number) => v.pipe(v.array(text(), 'must be a list of strings'), atMost(max, `must list at most ${count(max)} names`));
const address = () =>
  v.pipe(v.string('must be a string'), v.maxLength(PACK_LIMITS.textLength, `must be at most ${count(PACK_LIMITS.textLength)} characters`));

/**
 * The schema, built when a pack is first checked rather than when the module loads: a fresh worker judges drafts
 * against the bundled packs, which are checked by the unit tests and not again at start (src/packs/index.ts).
 *
 * Its objects are `v.object`, which passes over fields it does not know, not `v.strictObject`, which names only the
 * first of them: checkPack finds every unknown field itself (unknownFields), so an admin hears of all at once.
 */
function buildPackSchema() {
  const routeEntries = {
    label: text(),
      // One problem per address: "http://…" is told to start with https://, and "complaints page" only that it is
      // not a web address (not that as well).
      url: v.optional(
        v.config(v.pipe(address(), v.url('must be a web address'), v.startsWith('https://', 'must start with https://')), { abortPipeEarly: true }),
      ),
    email: v.optional(v.pipe(address(), v.email('must be an e-mail address'))),
    instruction: longText(),
  };
  const RouteSchema = v.object(
    {
      ...routeEntries,
      // Where a safeguarding matter goes instead (Route.safeguarding): a route of its own, with none inside it.
      safeguarding: v.optional(v.object(routeEntries, 'must be an object with label and instruction')),
    },
    'must be an object with label and instruction',
  );

  const phrase = () =>
    v.pipe(
      text(PACK_LIMITS.phraseLength),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const problem = checkPackPhrase(dataset.value);
        if (problem) addIssue({ message: `is not a phrase: ${problem}` });
      }),
    );
  const clause = () =>
    v.object({ ref: text(), quote: longText(), general: v.optional(v.boolean('must be true or false')) }, 'must be an object with ref and quote');
  const cases = () => v.pipe(v.array(longText(), 'must be a list of drafts'), atMost(PACK_LIMITS.cases, `must list at most ${count(PACK_LIMITS.cases)} drafts`));

  // evenInPraise speaks of naming children: on any other category it would be silently meaningless. Refused as a
  // field of its own, so that it is said beside the rule's other problems (a check on the whole rule runs only once
  // the rest of the rule is right).
  const evenInPraise = v.optional(v.boolean('must be true or false'));
  const notHere = v.optional(v.custom<boolean>(() => false, 'is for naming_child only'));
  const ruleSchema = (praise: typeof evenInPraise) =>
    v.object(
      {
        enabled: v.boolean('must be true or false'),
        clause: clause(),
        staffClause: v.optional(clause()),
        message: v.optional(longText()),
        phrases: v.optional(v.pipe(v.array(phrase(), 'must be a list of phrases'), atMost(PACK_LIMITS.phrases, `must list at most ${count(PACK_LIMITS.phrases)} phrases`))),
        cases: v.optional(v.object({ fires: cases(), quiet: cases() }, 'must be an object with fires and quiet')),
        evenInPraise: praise,
      },
      'must be an object with enabled and clause',
    );
  const rulesEntries = Object.fromEntries(
    CATEGORIES.map((c) => [c, v.optional(ruleSchema(c === 'naming_child' ? evenInPraise : (notHere as unknown as typeof evenInPraise)))]),
  ) as { [K in Category]: v.OptionalSchema<ReturnType<typeof ruleSchema>, undefined> };

  return v.object(
    {
      schemaVersion: v.literal(1, 'must be 1'),
      id: v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and hyphens')),
      name: text(),
      shortName: text(),
      aliases: names(PACK_LIMITS.aliases),
      policy: v.object({ title: text(), seed: v.optional(text()) }, 'must be an object with a title'),
      routes: v.object({ parent: RouteSchema, staff: RouteSchema }, 'must give a route for parent and staff'),
      rules: v.object(rulesEntries, 'must be an object of categories'),
      staff: v.optional(names(PACK_LIMITS.staff)),
    },
    'must be an object',
  );
}

let packSchema: ReturnType<typeof buildPackSchema> | undefined;

export type ParsedPack = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** One reason a pack is invalid: where (the keys down to the field) and the sentence to show. */
export interface PackError {
  path: (string | number)[];
  /** "rules.complaint.clause.quote must be a string". */
  text: string;
}

export type CheckedPack = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** A schema as valibot builds it, for walking: an object's entries, an optional's wrapped schema. */
interface SchemaNode {
  type?: string;
  entries?: Record<string, unknown>;
  wrapped?: unknown;
}

function unwrapOptional(node: unknown): SchemaNode | undefined {
  let current = node as SchemaNode | undefined;
  while (current?.type === 'optional') current = current.wrapped as SchemaNode | undefined;
  return current;
}

function where(path: readonly (string | number)[]): string {
  return path.length > 0 ? path.join('.') : 'pack';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Every field of `json` that its object in `schema` does not know, at every level, in the order the pack gives them,
 * with the known field each is closest to: "rules.complain is not a known field: did you mean complaint?". `meant`
 * gets the path of each field suggested, so that the same slip is not said again as "rules.complaint is missing".
 */
function unknownFields(schema: unknown, json: unknown, path: (string | number)[], found: PackError[], meant: Set<string>): void {
  const entries = unwrapOptional(schema)?.entries;
  if (!entries || !isObject(json)) return;
  for (const key of Object.keys(json)) {
    const at = [...path, key];
    if (Object.hasOwn(entries, key)) {
      unknownFields(entries[key], json[key], at, found, meant);
      continue;
    }
    const guess = closestName(key, Object.keys(entries));
    if (guess) meant.add(JSON.stringify([...path, guess]));
    found.push({ path: at, text: `${where(at)} is not a known field${guess ? `: did you mean ${guess}?` : ''}` });
  }
}

/**
 * `errors` in the pack's own order: by where each key on the path comes in its object, a problem with an object (a
 * field it lacks) before those inside it. Stable: two problems at one place keep the schema's order.
 */
function inPackOrder(json: unknown, errors: PackError[]): PackError[] {
  const orders = new WeakMap<object, Map<string, number>>();
  const placeOf = (path: readonly (string | number)[]): number[] => {
    const place: number[] = [];
    let node = json;
    for (const key of path) {
      if (!isObject(node)) break;
      let order = orders.get(node);
      if (!order) orders.set(node, (order = new Map(Object.keys(node).map((name, index) => [name, index]))));
      const index = order.get(String(key));
      if (index === undefined) break;
      place.push(index);
      node = node[key];
    }
    return place;
  };
  const before = (a: number[], b: number[]): number => {
    for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
    return a.length - b.length;
  };
  return errors
    .map((error) => ({ error, place: placeOf(error.path) }))
    .sort((a, b) => before(a.place, b.place))
    .map(({ error }) => error);
}

/** The first PACK_LIMITS.errors of `errors` and how many more there are; "and 1,950 more problems" says so. */
export function firstErrors<T>(errors: readonly T[]): { shown: T[]; more: number } {
  return { shown: errors.slice(0, PACK_LIMITS.errors), more: Math.max(0, errors.length - PACK_LIMITS.errors) };
}

export function moreProblems(more: number): string {
  return `and ${count(more)} more ${more === 1 ? 'problem' : 'problems'}`;
}

/** Validate unknown JSON as a pack. Never returns a partly valid pack; reports at most PACK_LIMITS.errors problems. */
export function parsePack(json: unknown): ParsedPack {
  const checked = checkPack(json);
  if (checked.ok) return checked;
  const { shown, more } = firstErrors([...new Set(checked.errors.map((error) => error.text))]);
  return { ok: false, errors: more > 0 ? [...shown, moreProblems(more)] : shown };
}

/** parsePack, with each error's path kept apart so that a tool can point at the line in the file. */
export function checkPack(json: unknown): CheckedPack {
  if (Array.isArray(json)) return { ok: false, errors: [{ path: [], text: 'pack must be an object, not a list' }] };
  const schema = (packSchema ??= buildPackSchema());
  const result = v.safeParse(schema, json);
  const unknown: PackError[] = [];
  const meant = new Set<string>();
  unknownFields(schema, json, [], unknown, meant);
  if (!result.success || unknown.length > 0) {
    const errors = (result.issues ?? []).flatMap((issue): PackError[] => {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      // A required key that is absent: "routes.staff is missing", not the object's own message; unless it is there
      // misspelt, and "routes.stafff is not a known field: did you mean staff?" says so where it is.
      if (issue.type === 'object' && path.length > 0 && issue.received === 'undefined') {
        return meant.has(JSON.stringify(path)) ? [] : [{ path, text: `${where(path)} is missing` }];
      }
      return [{ path, text: `${where(path)} ${issue.message}` }];
    });
    return { ok: false, errors: inPackOrder(json, [...errors, ...unknown]) };
  }
  const output = result.output;
  const rules: Partial<Record<Category, PackRule>> = {};
  for (const category of CATEGORIES) {
    const rule = output.rules[category];
    if (rule) rules[category] = rule;
  }
  return { ok: true, pack: { ...output, rules } };
}
