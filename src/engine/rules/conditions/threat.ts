/** Conditions of the threat rules (rules/threat.yaml). */
import type { Conditions } from './types';

export const THREAT_CONDITIONS: Conditions = {};
