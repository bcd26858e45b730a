/** Conditions of the complaint rules (rules/complaint.yaml). */
import type { Conditions } from './types';

export const COMPLAINT_CONDITIONS: Conditions = {};
