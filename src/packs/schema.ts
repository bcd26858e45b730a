/**
 * The school pack format (PRODUCT.md §4), validated with valibot. A pack either loads whole or not at all, and
 * every error says where it is: "rules.complaint.clause.quote must be a string".
 */
import * as v from 'valibot';
import { CATEGORIES } from '../engine/types';
import type { Category, Pack, PackRule } from '../engine/types';

const text = (what = 'a string') => v.pipe(v.string(`must be ${what}`), v.trim(), v.nonEmpty('must not be empty'));

const RouteSchema = v.strictObject(
  {
    label: text(),
    url: v.optional(v.pipe(v.string('must be a string'), v.url('must be a web address'), v.startsWith('https://', 'must start with https://'))),
    email: v.optional(v.pipe(v.string('must be a string'), v.email('must be an e-mail address'))),
    instruction: text(),
  },
  'must be an object with label and instruction',
);

const PackRuleSchema = v.strictObject(
  {
    enabled: v.boolean('must be true or false'),
    clause: v.strictObject({ ref: text(), quote: text() }, 'must be an object with ref and quote'),
    message: v.optional(text()),
  },
  'must be an object with enabled and clause',
);

const rulesEntries = Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(PackRuleSchema)])) as {
  [K in Category]: v.OptionalSchema<typeof PackRuleSchema, undefined>;
};

export const PackSchema = v.strictObject(
  {
    schemaVersion: v.literal(1, 'must be 1'),
    id: v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and hyphens')),
    name: text(),
    shortName: text(),
    aliases: v.array(text(), 'must be a list of strings'),
    policy: v.strictObject({ title: text(), seed: v.optional(text()) }, 'must be an object with a title'),
    routes: v.strictObject({ parent: RouteSchema, staff: RouteSchema }, 'must give a route for parent and staff'),
    rules: v.strictObject(rulesEntries, 'must be an object of categories'),
    staff: v.optional(v.array(text(), 'must be a list of strings')),
  },
  'must be an object',
);

export type ParsedPack = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** One reason a pack is invalid: where (the keys down to the field) and the sentence to show. */
export interface PackError {
  path: (string | number)[];
  /** "rules.complaint.clause.quote must be a string". */
  text: string;
}

export type CheckedPack = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

function where(path: readonly (string | number)[]): string {
  return path.length > 0 ? path.join('.') : 'pack';
}

/** Validate unknown JSON as a pack. Never returns a partly valid pack. */
export function parsePack(json: unknown): ParsedPack {
  const checked = checkPack(json);
  return checked.ok ? checked : { ok: false, errors: [...new Set(checked.errors.map((error) => error.text))] };
}

/** parsePack, with each error's path kept apart so that a tool can point at the line in the file. */
export function checkPack(json: unknown): CheckedPack {
  if (Array.isArray(json)) return { ok: false, errors: [{ path: [], text: 'pack must be an object, not a list' }] };
  const result = v.safeParse(PackSchema, json);
  if (!result.success) {
    const errors = result.issues.map((issue): PackError => {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      // Unknown keys are reported on the key itself: "rules.complain is not a known field".
      if (issue.type === 'strict_object' && issue.expected === 'never') return { path, text: `${where(path)} is not a known field` };
      // A required key that is absent: "routes.staff is missing", not the object's own message.
      if (issue.type === 'strict_object' && path.length > 0 && issue.received === 'undefined') {
        return { path, text: `${where(path)} is missing` };
      }
      return { path, text: `${where(path)} ${issue.message}` };
    });
    return { ok: false, errors };
  }
  const output = result.output;
  const rules: Partial<Record<Category, PackRule>> = {};
  for (const category of CATEGORIES) {
    const rule = output.rules[category];
    if (rule) rules[category] = rule;
  }
  return { ok: true, pack: { ...output, rules } };
}
