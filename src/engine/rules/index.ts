/** The rules still written in TypeScript, in the order they run (PRODUCT.md §3); the rest are in rules/*.yaml. */
import type { Rule } from '../rule';
import { staffConductRules } from './staff-conduct';

export const RULES: readonly Rule[] = [...staffConductRules];
