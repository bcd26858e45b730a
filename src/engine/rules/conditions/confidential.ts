/** Conditions of the confidential rules (rules/confidential.yaml). */
import type { Conditions } from './types';

export const CONFIDENTIAL_CONDITIONS: Conditions = {};
