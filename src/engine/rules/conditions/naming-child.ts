/** Conditions of the naming-child rules (rules/naming-child.yaml). */
import type { Conditions } from './types';

export const NAMING_CHILD_CONDITIONS: Conditions = {};
