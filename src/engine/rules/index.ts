/** The rule catalogue, in the order rules run (PRODUCT.md §3). One file per category. */
import type { Rule } from '../rule';
import { complaintRules } from './complaint';
import { allegationRules } from './allegation';
import { abuseRules } from './abuse';
import { hateRules } from './hate';
import { namingChildRules } from './naming-child';
import { personalInfoRules } from './personal-info';
import { impersonationRules } from './impersonation';
import { staffConductRules } from './staff-conduct';

export const RULES: readonly Rule[] = [
  ...complaintRules,
  ...allegationRules,
  ...abuseRules,
  ...hateRules,
  ...namingChildRules,
  ...personalInfoRules,
  ...impersonationRules,
  ...staffConductRules,
];
