/**
 * Where "Raise it with <school>" belongs on a note, and which route it offers. It leads when the draft is a concern
 * the school's route can take (a complaint, a claim, an insult or threat behind which there is a grievance). It makes
 * no sense for praise of a named child, a photo or someone's details, nor, for staff, for a note about their own
 * conduct or a pupil's confidential matters (PRODUCT.md §5: the route is for raising a concern privately): there
 * "Edit my post" leads, and the route is offered second only when the draft holds a concern it can take as well.
 * A pupil's confidential matter is a concern to raise where the school names someone for safeguarding (STOC's
 * Designated Safeguarding Lead): the note offers that route for it, and the school's usual route for everything else.
 * A member of staff criticising their own school, its leaders or colleagues has a concern to raise too, found as
 * staff conduct alone where the pack does not check complaints (STOC's, from a staff policy).
 */
import { SAFEGUARDING_CATEGORIES } from '../../engine/types';
import type { Category, Role, SafeguardingRoute, Verdict } from '../../engine/types';
import type { SchoolView } from '../../protocol';
import { noteOrder } from './order';

export type RaisePlace = 'first' | 'second' | 'none';

/** What a note's "Raise it" depends on: what the draft holds, and whose route it is. */
export interface RaiseFacts {
  verdict: Pick<Verdict, 'categories' | 'findings'>;
  school: Pick<SchoolView, 'role' | 'route'>;
}

/** Categories whose note has nothing to raise with the school, by the writer's role. */
const NOTHING_TO_RAISE: Readonly<Record<Role, readonly Category[]>> = {
  parent: ['naming_child', 'photo', 'personal_info'],
  staff: ['naming_child', 'photo', 'personal_info', 'staff_conduct', 'confidential'],
};

/**
 * The staff-conduct rules that find a member of staff criticising their own school, its leaders or colleagues (001
 * §3.6–3.7): a grievance to raise with SLT or a line manager, not only their own post to edit. Where the pack checks
 * complaints such a draft is found as a complaint too, and "Raise it" leads anyway; at STOC, which does not, these
 * findings are all the note has (model-only staff-conduct findings cannot be told apart, and offer only "Edit my post").
 */
export const GRIEVANCE_RULES: readonly string[] = ['staff_conduct.colleagues-and-leadership', 'staff_conduct.criticism'];

const isSafeguarding = (category: Category): boolean => SAFEGUARDING_CATEGORIES.includes(category);

function raisable(category: Category, { verdict, school }: RaiseFacts): boolean {
  if (isSafeguarding(category) && school.route.safeguarding) return true;
  if (category === 'staff_conduct' && verdict.findings.some((finding) => finding.category === category && GRIEVANCE_RULES.includes(finding.ruleId))) {
    return true;
  }
  return !NOTHING_TO_RAISE[school.role].includes(category);
}

export function raisePlace(lead: Category, facts: RaiseFacts): RaisePlace {
  if (raisable(lead, facts)) return 'first';
  return facts.verdict.categories.some((category) => raisable(category, facts)) ? 'second' : 'none';
}

/**
 * The route "Raise it" offers and the note names: the school's safeguarding route where the concern it raises (the
 * headline's, else the first the note names that the route can take) is a safeguarding matter and the school has
 * one, its usual route otherwise. `safeguarding` says which, for the private-message page.
 */
export function raisedRoute(facts: RaiseFacts): { route: SafeguardingRoute; safeguarding: boolean } {
  const { route } = facts.school;
  const raised = noteOrder(facts.verdict.categories).find((category) => raisable(category, facts));
  return raised && isSafeguarding(raised) && route.safeguarding ? { route: route.safeguarding, safeguarding: true } : { route, safeguarding: false };
}

/**
 * Where "Raise it" goes on a note already on screen that placed it at `shown`, when the draft now calls for `now`:
 * the actions never trade places under the mouse (pausing one kind can leave one that has nothing to raise). A
 * button shown stays where it is; "Raise it", once offered, stays offered (the draft held a concern to raise); a
 * note that had no "Raise it" and now has one adds it after "Edit my post".
 */
export function steadyRaisePlace(shown: RaisePlace | undefined, now: RaisePlace): RaisePlace {
  if (shown === undefined) return now;
  if (shown === 'none') return now === 'none' ? 'none' : 'second';
  return shown;
}
