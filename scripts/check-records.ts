/**
 * One draft record through the engine, exactly as `check --jsonl` does it: shared by the check tool and by
 * `npm run eval`, so the figures the README quotes are the figures a school admin would see.
 */
import { analyzeDraft } from '../src/engine';
import type { Model } from '../src/engine/model/model';
import { CATEGORIES, packChecks, ROLES } from '../src/engine/types';
import type { Category, Pack, Role, Severity, Verdict } from '../src/engine/types';
import { BUNDLED_PACKS, getBundledPack } from '../src/packs';

/** One line of `check --jsonl` output (PRODUCT.md §6). */
export interface VerdictRow {
  id: unknown;
  nudge: boolean;
  severity: Severity;
  categories: Category[];
  findings: { category: Category; start: number; end: number; message: string }[];
  /** Shown only on the way to posting, not while typing (`Verdict.onPost`). */
  onPost?: true;
}

export type CheckedRecord = { ok: true; row: VerdictRow; pack: Pack } | { ok: false; id: unknown; error: string };

export const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);

/** Packs by id: the bundled ones, replaced or joined by `own` (packs from files, given by the `check` tool). */
export function packsById(own: readonly Pack[] = []): ReadonlyMap<string, Pack> {
  return new Map([...BUNDLED_PACKS, ...own].map((pack) => [pack.id, pack]));
}

export const knownSchools = (packs: ReadonlyMap<string, Pack> = packsById()): string => [...packs.keys()].join(', ');

export function verdictRow(id: unknown, verdict: Verdict): VerdictRow {
  return {
    id,
    nudge: verdict.nudge,
    severity: verdict.severity,
    categories: verdict.categories,
    findings: verdict.findings.map((f) => ({ category: f.category, start: f.span.start, end: f.span.end, message: f.message })),
    ...(verdict.onPost ? { onPost: true as const } : {}),
  };
}

/**
 * Check one parsed JSON Lines record (`text`, optional `id`, `school`, `role`, `site`) with the given defaults.
 * `defaults.packs`: the packs a record's `school` may name (default: the bundled ones).
 * `fallbackId` is used when the record has no id (the check tool passes the line number). `model`: absent, the
 * bundled model; null, the phrase rules alone (for comparison in `npm run eval -- --rules-only`).
 */
export function checkRecord(
  rec: unknown,
  defaults: { school: string; role: Role; packs?: ReadonlyMap<string, Pack> },
  fallbackId: unknown,
  model?: Model | null,
): CheckedRecord {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    return { ok: false, id: null, error: 'a record must be a JSON object' };
  }
  const r = rec as Record<string, unknown>;
  const id = r.id ?? fallbackId;
  if (typeof r.text !== 'string') return { ok: false, id, error: '"text" must be a string' };
  const packId = r.school ?? defaults.school;
  const pack = typeof packId !== 'string' ? undefined : defaults.packs ? defaults.packs.get(packId) : getBundledPack(packId);
  if (!pack) return { ok: false, id, error: `unknown school "${String(packId)}" (known: ${knownSchools(defaults.packs)})` };
  const role = r.role ?? defaults.role;
  if (!isRole(role)) return { ok: false, id, error: `unknown role "${String(role)}" (parent or staff)` };
  return { ok: true, row: verdictRow(id, analyzeDraft(r.text, { role, pack, model })), pack };
}

/**
 * The labelled categories a draft's school checks. A pack says which categories are enabled (PRODUCT.md §4), so a
 * breach of a category the school has switched off is not one there: STOC's pack, from a staff policy, does not
 * check complaints, and a STOC parent's public complaint, labelled `complaint` by the corpus guide, should stay
 * quiet. `npm run eval` scores, and `npm run train` chooses thresholds, against these.
 */
export function checkedLabels(categories: readonly string[], pack: Pack): Category[] {
  const unknown = categories.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  if (unknown.length > 0) throw new Error(`unknown categor${unknown.length === 1 ? 'y' : 'ies'} ${unknown.join(', ')} (known: ${CATEGORIES.join(', ')})`);
  return (categories as readonly Category[]).filter((c) => packChecks(pack, c));
}

/**
 * What a labelled draft should get at its school: whether it is a breach there, the categories to find, and whether
 * the school's pack switched off every category it was labelled with (so it should stay quiet). A record with no
 * categories keeps its own `expect`.
 */
export function expectedAt(
  rec: { expect: 'nudge' | 'quiet'; categories: readonly string[] },
  pack: Pack,
): { breach: boolean; want: Category[]; switchedOff: boolean } {
  const want = checkedLabels(rec.categories, pack);
  const switchedOff = rec.expect === 'nudge' && rec.categories.length > 0 && want.length === 0;
  return { breach: rec.expect === 'nudge' && !switchedOff, want, switchedOff };
}
