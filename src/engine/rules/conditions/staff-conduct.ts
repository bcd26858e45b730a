/** Conditions of the staff-conduct rules (rules/staff-conduct.yaml). */
import type { Conditions } from './types';

export const STAFF_CONDUCT_CONDITIONS: Conditions = {};
