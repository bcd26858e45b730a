/**
 * One draft judged against every chosen school, at a cost that does not grow with the number of schools.
 *
 * A school changes a verdict only through its names (which sentences they mark as about the school) and which
 * categories it enables; its wording and clauses change what a finding says, not whether there is one. So every
 * school's names are found in one pass (`pack-names.ts`), schools that mark the same places and enable the same
 * categories fall into one group, and only the first school of each group is judged: the others would get the same
 * severity and the same number of findings, and a tie goes to the school chosen first. A draft naming none of them
 * is judged once per distinct set of categories, however many schools were chosen.
 */
import { analyzeInSteps } from './analyze';
import { withoutCategories } from './decide';
import type { Model } from './model/model';
import { normalise } from './normalise';
import { findNames, prepareNames } from './pack-names';
import type { SchoolNames } from './pack-names';
import { CATEGORIES, packChecks, SEVERITIES } from './types';
import type { Category, Pack, Role, Verdict } from './types';

export interface SchoolsVerdict {
  /** The verdict shown: the most severe; on a tie, the one with more findings; then the school chosen first. */
  verdict: Verdict;
  /** Which of the packs it came from. */
  index: number;
  /**
   * Which of the packs the post is about (`schoolAbout`): `index`, unless the draft names another chosen school and
   * not that one. Threats and prejudice are found wherever they are aimed, so one school's pack can find the worst of
   * a draft about another chosen school whose pack leaves them out: a parent writing about Ashdown expects "Raise it
   * with Ashdown", with Ashdown's route.
   */
  about: number;
}

/** Counter for tests: how many times a school was judged in full. */
export const schoolStats = { judged: 0 };

const RANK = new Map(SEVERITIES.map((severity, index) => [severity, index]));

/** Whether `candidate` should be shown over `current`. */
function moreSevere(candidate: Verdict, current: Verdict): boolean {
  const bySeverity = (RANK.get(candidate.severity) ?? 0) - (RANK.get(current.severity) ?? 0);
  return bySeverity > 0 || (bySeverity === 0 && candidate.findings.length > current.findings.length);
}

/**
 * The first school of each group of schools that would be judged alike in this draft, in the order chosen: the
 * same places named (school and staff names, and the school's own names apart) and the same categories enabled.
 */
export function distinctSchools(text: string, packs: readonly Pack[], found = namesIn(text, packs)): number[] {
  if (found === null) return packs.map((_, i) => i);
  const seen = new Set<string>();
  const out: number[] = [];
  packs.forEach((pack, i) => {
    const names = found[i];
    const enabled = CATEGORIES.filter((category) => packChecks(pack, category)).join(',');
    const marks = names ? [...names.refs, ...names.own].map((span) => `${span.start}-${span.end}`).join(',') : '';
    const key = `${enabled}|${names?.own.length ?? 0}|${marks}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(i);
  });
  return out;
}

/** Every chosen school's names in the draft, in one pass; null with one school, where there is nothing to tell apart. */
function namesIn(text: string, packs: readonly Pack[]): SchoolNames[] | null {
  return packs.length <= 1 ? null : findNames(prepareNames(packs), normalise(text).text);
}

/**
 * The index in `packs` of the school the draft is about, given the index of the school whose verdict is shown
 * (`judged`): that school when the draft names it, or names none of the chosen schools; otherwise the first chosen
 * school the draft names. A school named by its own names comes before one named only through its staff.
 */
export function schoolAbout(text: string, packs: readonly Pack[], judged: number): number {
  return aboutIn(namesIn(text, packs), judged);
}

function aboutIn(found: readonly SchoolNames[] | null, judged: number): number {
  if (found === null) return judged;
  const byOwnName = (i: number): boolean => (found[i]?.own.length ?? 0) > 0;
  const byAnyName = (i: number): boolean => (found[i]?.refs.length ?? 0) > 0;
  for (const named of [byOwnName, byAnyName]) {
    if (named(judged)) return judged;
    const first = found.findIndex((_, i) => named(i));
    if (first >= 0) return first;
  }
  return judged;
}

/**
 * Judges `text` against every school in `packs` (at least one), in steps that the caller may pause between. `muted`:
 * categories the user turned off, taken out of each school's verdict before the most severe is chosen.
 */
export function* judgeSchools(
  text: string,
  role: Role,
  packs: readonly Pack[],
  model?: Model | null,
  muted: ReadonlySet<Category> = new Set(),
): Generator<void, SchoolsVerdict> {
  if (packs.length === 0) throw new Error('judgeSchools needs at least one pack.');
  const found = namesIn(text, packs);
  let best: { verdict: Verdict; index: number } | undefined;
  for (const index of distinctSchools(text, packs, found)) {
    if (best) yield;
    schoolStats.judged++;
    const verdict = withoutCategories(yield* analyzeInSteps(text, { role, pack: packs[index] as Pack, ...(model === undefined ? {} : { model }) }), muted);
    if (!best || moreSevere(verdict, best.verdict)) best = { verdict, index };
  }
  const { verdict, index } = best as { verdict: Verdict; index: number };
  return { verdict, index, about: aboutIn(found, index) };
}

/** `judgeSchools` without pauses. */
export function judgeSchoolsNow(text: string, role: Role, packs: readonly Pack[], model?: Model | null): SchoolsVerdict {
  const steps = judgeSchools(text, role, packs, model);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
