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

/** A kind of post's tick-box label for this role: staff read of pupils, not of other families' children. */
export function categoryLabel(category: Category, role: Role): MessageKey {
  return role === 'staff' && category === 'naming_child' ? 'optionsCategoryNamingChildStaff' : CATEGORY_LABELS[category];
}
