/** The rule catalogue, in the order rules run (PRODUCT.md §3). One file per category. */
import type { Rule } from '../rule';
import { allegationRules } from './allegation';
import { abuseRules } from './abuse';
import { threatRules } from './threat';
import { hateRules } from './hate';
import { namingChildRules } from './naming-child';
import { personalInfoRules } from './personal-info';
import { confidentialRules } from './confidential';
import { impersonationRules } from './impersonation';
import { staffConductRules } from './staff-conduct';

export const RULES: readonly Rule[] = [
  ...allegationRules,
  ...abuseRules,
  ...threatRules,
  ...hateRules,
  ...namingChildRules,
  ...personalInfoRules,
  ...confidentialRules,
  ...impersonationRules,
  ...staffConductRules,
];
