/** Conditions of the abuse rules (rules/abuse.yaml). */
import type { Conditions } from './types';

export const ABUSE_CONDITIONS: Conditions = {};
