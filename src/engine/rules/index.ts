/** The rule catalogue, in the order rules run (PRODUCT.md §3). One file per category. */
import type { Rule } from '../rule';
import { complaintRules } from './complaint';
import { abuseRules } from './abuse';
import { threatRules } from './threat';
import { hateRules } from './hate';
import { namingChildRules } from './naming-child';
import { personalInfoRules } from './personal-info';
import { confidentialRules } from './confidential';
import { staffConductRules } from './staff-conduct';

export const RULES: readonly Rule[] = [
  ...complaintRules,
  ...abuseRules,
  ...threatRules,
  ...hateRules,
  ...namingChildRules,
  ...personalInfoRules,
  ...confidentialRules,
  ...staffConductRules,
];
