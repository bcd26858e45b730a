/**
 * "Your own school" (PRODUCT.md §4): a parent describes a school no pack covers (its name, the names people use
 * for it, the complaints e-mail or web page, the staff names it publishes) and gets a personal pack on the generic
 * rules. The pack is checked by the same schema as any imported pack, and each problem is put back on the form
 * field it came from. Pure: no browser API.
 */
import type { Pack } from '../../engine/types';
import { getBundledPack } from '../../packs';
import { checkPack } from '../../packs/schema';

/** The form as typed. `aliases` and `staff` are lists separated by commas, semicolons or new lines. */
export interface OwnSchoolInput {
  name: string;
  aliases: string;
  email: string;
  url: string;
  staff: string;
}

export type OwnSchoolField = keyof OwnSchoolInput;

/** The schema's sentence for the first problem with each field: "routes.parent.email must be an e-mail address". */
export type OwnSchoolErrors = Partial<Record<OwnSchoolField, string>>;

export type BuiltPack = { ok: true; pack: Pack } | { ok: false; errors: OwnSchoolErrors };

import { OWN_PACK_PREFIX } from '../../packs/own';

export { isOwnPack, OWN_PACK_PREFIX } from '../../packs/own';

const MAX_ID = 63;

/** "Ashdown, Ashdown Primary\n@AshdownPrimary" → three names; blanks and repeats (in any case) left out. */
export function splitNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    const key = name.toLocaleLowerCase('en-GB');
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** "St Mary's C of E Primary" → "own-st-marys-c-of-e-primary", with -2, -3… when that id is taken. */
export function ownPackId(name: string, taken: readonly string[]): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID - OWN_PACK_PREFIX.length - 4)
    .replace(/-+$/, '');
  const base = `${OWN_PACK_PREFIX}${slug || 'school'}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** A web page typed without its scheme ("www.school.org.uk/complaints") is taken as https. */
function webAddress(typed: string): string {
  const url = typed.trim();
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?:[/?#]|$)/u.test(url) ? `https://${url}` : url;
}

/** The form field a schema path belongs to. */
function fieldOf(path: readonly (string | number)[], shortNameFrom: OwnSchoolField): OwnSchoolField | undefined {
  const [first, , third] = path;
  if (first === 'name') return 'name';
  if (first === 'shortName') return shortNameFrom;
  if (first === 'aliases') return 'aliases';
  if (first === 'staff') return 'staff';
  if (first === 'routes' && (third === 'email' || third === 'url')) return third;
  return undefined;
}

/**
 * Builds the personal pack for the form, or says what is wrong with which field. `id` keeps an edited pack's id;
 * a new one gets a fresh id not in `taken`.
 */
export function buildOwnPack(input: OwnSchoolInput, { id, taken = [] }: { id?: string; taken?: readonly string[] } = {}): BuiltPack {
  const generic = getBundledPack('generic');
  if (!generic) throw new Error('The generic pack is missing from the build.');
  const name = input.name.trim().replace(/\s+/g, ' ');
  const aliases = splitNames(input.aliases).filter((alias) => alias.toLocaleLowerCase('en-GB') !== name.toLocaleLowerCase('en-GB'));
  const staff = splitNames(input.staff);
  const email = input.email.trim();
  const url = webAddress(input.url);
  // The note says "Raise it with <shortName>": the first name people use (not a handle), else the full name.
  const alias = aliases.find((each) => !/^[@#]/.test(each));
  const shortName = alias ?? name;
  const where = { ...(url ? { url } : {}), ...(email ? { email } : {}) };
  const json = {
    schemaVersion: 1,
    id: id ?? ownPackId(name, taken),
    name,
    shortName,
    aliases,
    policy: { title: generic.policy.title },
    // The complaints address is the parents' route; staff raise it with their line manager or head (generic's).
    routes: { parent: { ...generic.routes.parent, ...where }, staff: generic.routes.staff },
    rules: generic.rules,
    ...(staff.length > 0 ? { staff } : {}),
  };
  const checked = checkPack(json);
  if (checked.ok) return checked;
  const errors: OwnSchoolErrors = {};
  for (const error of checked.errors) {
    // Anything not from a field (it would be a bug here, not the user's doing) is put on the name, never dropped.
    const field = fieldOf(error.path, alias ? 'aliases' : 'name') ?? 'name';
    errors[field] ??= error.text;
  }
  return { ok: false, errors };
}

/** The form's fields for editing a personal pack. */
export function ownSchoolInput(pack: Pack): OwnSchoolInput {
  const route = pack.routes.parent;
  const aliases = pack.shortName === pack.name || pack.aliases.includes(pack.shortName) ? pack.aliases : [pack.shortName, ...pack.aliases];
  return {
    name: pack.name,
    aliases: aliases.join(', '),
    email: route.email ?? '',
    url: route.url ?? '',
    staff: (pack.staff ?? []).join(', '),
  };
}

/** The pack as a file a school admin or another parent can add: the same JSON the pack tools read. */
export function packFile(pack: Pack): { name: string; text: string } {
  return { name: `${pack.id}.json`, text: `${JSON.stringify(pack, null, 2)}\n` };
}
