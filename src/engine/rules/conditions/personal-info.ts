/** Conditions of the personal-info rules (rules/personal-info.yaml). */
import type { Conditions } from './types';

export const PERSONAL_INFO_CONDITIONS: Conditions = {};
