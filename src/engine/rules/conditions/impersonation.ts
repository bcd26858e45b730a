/** Conditions of the impersonation rules (rules/impersonation.yaml). */
import type { Conditions } from './types';

export const IMPERSONATION_CONDITIONS: Conditions = {};
