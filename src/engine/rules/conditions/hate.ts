/** Conditions of the hate rules (rules/hate.yaml). */
import type { Conditions } from './types';

export const HATE_CONDITIONS: Conditions = {};
