/** The nudge's words, all from the i18n messages: plain, warm British English that never accuses. */
import type { Category, Severity } from '../../engine/types';
import { t } from '../../i18n';

export const headline = (category: Category): string => t(`headline_${category}`);

export const tone = (severity: Exclude<Severity, 'none'>): string => t(`tone_${severity}`);
