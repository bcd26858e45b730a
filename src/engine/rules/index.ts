/** The rule catalogue, in the order rules run (PRODUCT.md §3). One file per category. */
import type { Rule } from '../rule';
import { confidentialRules } from './confidential';
import { staffConductRules } from './staff-conduct';

export const RULES: readonly Rule[] = [
  ...confidentialRules,
  ...staffConductRules,
];
