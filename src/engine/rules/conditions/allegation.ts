/** Conditions of the allegation rules (rules/allegation.yaml). */
import type { Conditions } from './types';

export const ALLEGATION_CONDITIONS: Conditions = {};
