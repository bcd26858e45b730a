/** The nudge's words, all from the i18n messages: plain, warm British English that never accuses. */
import type { Category, Severity } from '../../engine/types';
import { t } from '../../i18n';

export const headline = (category: Category): string => t(`headline_${category}`);

/** Said to screen-reader users as a note appears: what it is about, and the shortcut that reaches it (README). */
export const announcement = (category: Category): string => t('nudgeAnnouncement', headline(category));

export const tone = (severity: Exclude<Severity, 'none'>): string => t(`tone_${severity}`);
