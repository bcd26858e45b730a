/** Each kind of post in the user's words, as the settings' tick boxes name it (the note names it with `kind_…`). */
import type { Category, Role } from './engine/types';
import type { MessageKey } from './i18n';

export const CATEGORY_LABELS: Record<Category, MessageKey> = {
  complaint: 'optionsCategoryComplaint',
  allegation: 'optionsCategoryAllegation',
  abuse: 'optionsCategoryAbuse',
  threat: 'optionsCategoryThreat',
  hate: 'optionsCategoryHate',
  naming_child: 'optionsCategoryNamingChild',
  personal_info: 'optionsCategoryPersonalInfo',
  confidential: 'optionsCategoryConfidential',
  photo: 'optionsCategoryPhoto',
  impersonation: 'optionsCategoryImpersonation',
  staff_conduct: 'optionsCategoryStaffConduct',
};

/**
 * Kinds of post worded otherwise for school staff, on the note (its headline, the line that explains it, and its kind
 * as said in a sentence) and in settings (the tick box): to a teacher the children are pupils, not "other families'
 * children" (a parent's wording), a complaint is about their own school, and most rules that find them explain
 * themselves to parents.
 */
export const FOR_STAFF: Partial<Record<Category, { headline: MessageKey; intro: MessageKey; kind: MessageKey; label: MessageKey }>> = {
  // A teacher airing their own school's faults is not a parent complaining: staff are asked to raise it at work.
  complaint: {
    headline: 'headline_complaint_staff',
    intro: 'intro_complaint_staff',
    kind: 'kind_complaint_staff',
    label: 'optionsCategoryComplaintStaff',
  },
  naming_child: {
    headline: 'headline_naming_child_staff',
    intro: 'intro_naming_child_staff',
    kind: 'kind_naming_child_staff',
    label: 'optionsCategoryNamingChildStaff',
  },
};

/** A kind of post's tick-box label for this role. */
export function categoryLabel(category: Category, role: Role): MessageKey {
  return (role === 'staff' && FOR_STAFF[category]?.label) || CATEGORY_LABELS[category];
}
