/**
 * Conditions a rule file names (`@reported`, `@staff-sentence`…) where a phrase cannot say it: who a sentence is
 * about and how it is said, read from the one annotation pass (`annotate.ts`) and the draft's context. Rule files
 * use them in `unless` (the hit is dropped when one holds) and `checks` (the hit is kept only when all hold).
 * The compiler refuses a name not listed here. Each family keeps its own in `conditions/<family>.ts`, with what each
 * means in words just below them (`<FAMILY>_DESCRIPTIONS`, gathered for docs/rules.md by descriptions.ts alone).
 */
import { COMMON_CONDITIONS } from './common';
import { THREAT_CONDITIONS } from './threat';
import { HATE_CONDITIONS } from './hate';
import { ABUSE_CONDITIONS } from './abuse';
import { COMPLAINT_CONDITIONS } from './complaint';
import { ALLEGATION_CONDITIONS } from './allegation';
import { NAMING_CHILD_CONDITIONS } from './naming-child';
import { PERSONAL_INFO_CONDITIONS } from './personal-info';
import { CONFIDENTIAL_CONDITIONS } from './confidential';
import { IMPERSONATION_CONDITIONS } from './impersonation';
import { STAFF_CONDUCT_CONDITIONS } from './staff-conduct';
import type { Conditions } from './types';

export type { Condition, Conditions, Descriptions, Place } from './types';

export const CONDITIONS: Conditions = {
  ...COMMON_CONDITIONS,
  ...THREAT_CONDITIONS,
  ...HATE_CONDITIONS,
  ...ABUSE_CONDITIONS,
  ...COMPLAINT_CONDITIONS,
  ...ALLEGATION_CONDITIONS,
  ...NAMING_CHILD_CONDITIONS,
  ...PERSONAL_INFO_CONDITIONS,
  ...CONFIDENTIAL_CONDITIONS,
  ...IMPERSONATION_CONDITIONS,
  ...STAFF_CONDUCT_CONDITIONS,
};
