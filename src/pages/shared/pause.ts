/** Words and changes for pausing, shared by the settings page and the toolbar popup. */
import { t } from '../../i18n';
import { isPaused } from '../../settings';
import type { EffectiveSettings, Settings } from '../../settings';
import { formatUntil } from '../../time';

export const HOUR_MS = 60 * 60_000;

export function pauseText(effective: EffectiveSettings, now: number): string {
  const { pause } = effective;
  if (!pause || !isPaused(effective, now)) return t('pauseStateOn');
  return pause.until === null ? t('pauseStateUntilResumed') : t('pauseStateUntil', formatUntil(pause.until, now));
}

export const pauseForAnHour = (settings: Settings): Settings => ({ ...settings, pause: { until: Date.now() + HOUR_MS } });
export const pauseUntilResumed = (settings: Settings): Settings => ({ ...settings, pause: { until: null } });
export const resume = (settings: Settings): Settings => ({ ...settings, pause: null });
