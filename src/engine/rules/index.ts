/** The rules still written in TypeScript, in the order they run (PRODUCT.md §3); every rule is in rules/*.yaml now. */
import type { Rule } from '../rule';

export const RULES: readonly Rule[] = [];
