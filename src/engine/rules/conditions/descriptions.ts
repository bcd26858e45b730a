/**
 * What each condition means, in words, in the order of `CONDITIONS` (index.ts): docs/rules.md prints them
 * (scripts/rules.ts). The engine never imports this file, so none of these words ship in its bundles.
 */
import { COMMON_DESCRIPTIONS } from './common';
import { THREAT_DESCRIPTIONS } from './threat';
import { HATE_DESCRIPTIONS } from './hate';
import { ABUSE_DESCRIPTIONS } from './abuse';
import { COMPLAINT_DESCRIPTIONS } from './complaint';
import { ALLEGATION_DESCRIPTIONS } from './allegation';
import { NAMING_CHILD_DESCRIPTIONS } from './naming-child';
import { PERSONAL_INFO_DESCRIPTIONS } from './personal-info';
import { CONFIDENTIAL_DESCRIPTIONS } from './confidential';
import { IMPERSONATION_DESCRIPTIONS } from './impersonation';
import { STAFF_CONDUCT_DESCRIPTIONS } from './staff-conduct';

export const CONDITION_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...COMMON_DESCRIPTIONS,
  ...THREAT_DESCRIPTIONS,
  ...HATE_DESCRIPTIONS,
  ...ABUSE_DESCRIPTIONS,
  ...COMPLAINT_DESCRIPTIONS,
  ...ALLEGATION_DESCRIPTIONS,
  ...NAMING_CHILD_DESCRIPTIONS,
  ...PERSONAL_INFO_DESCRIPTIONS,
  ...CONFIDENTIAL_DESCRIPTIONS,
  ...IMPERSONATION_DESCRIPTIONS,
  ...STAFF_CONDUCT_DESCRIPTIONS,
};
