/**
 * Where "Raise it with <school>" belongs on a note. It leads when the draft is a concern the school's route can take
 * (a complaint, a claim, an insult or threat behind which there is a grievance). It makes no sense for praise of a
 * named child, a photo or someone's details, nor, for staff, for a note about their own conduct or a pupil's
 * confidential matters (PRODUCT.md §5: the route is for raising a concern privately): there "Edit my post" leads,
 * and the route is offered second only when the draft holds a concern it can take as well.
 */
import type { Category, Role } from '../../engine/types';

export type RaisePlace = 'first' | 'second' | 'none';

/** Categories whose note has nothing to raise with the school, by the writer's role. */
const NOTHING_TO_RAISE: Readonly<Record<Role, readonly Category[]>> = {
  parent: ['naming_child', 'photo', 'personal_info'],
  staff: ['naming_child', 'photo', 'personal_info', 'staff_conduct', 'confidential'],
};

export function raisePlace(lead: Category, categories: readonly Category[], role: Role): RaisePlace {
  const raisable = (category: Category) => !NOTHING_TO_RAISE[role].includes(category);
  if (raisable(lead)) return 'first';
  return categories.some(raisable) ? 'second' : 'none';
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
