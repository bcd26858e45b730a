/** Each kind of post in the user's words, as the settings' tick boxes name it (the note names it with `kind_…`). */
import type { Category } from './engine/types';
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
