/** Pause checking for an hour or until turned back on; the worker answers with quiet verdicts meanwhile. */
import { t } from '../../i18n';
import { isPaused } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from '../shared/Locked';
import { pauseForAnHour, pauseText, pauseUntilResumed, resume } from '../shared/pause';
import type { SettingsPage } from '../shared/useSettings';

export function PauseControl({ state, page, now }: { state: SettingsState; page: SettingsPage; now: number }) {
  const { effective } = state;
  const locked = effective.locks.pause;
  return (
    <fieldset disabled={locked}>
      <legend>{t('optionsPauseLegend')}</legend>
      <p class="pause-state">{pauseText(effective, now)}</p>
      <div class="buttons">
        {isPaused(effective, now) ? (
          <button type="button" onClick={() => void page.update(resume, t('pauseDoneResumed'))}>
            {t('pauseButtonResume')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void page.update(pauseForAnHour, t('pauseDoneHour'))}>
              {t('pauseButtonHour')}
            </button>
            <button type="button" class="secondary" onClick={() => void page.update(pauseUntilResumed, t('pauseDoneUntilResumed'))}>
              {t('pauseButtonUntilResumed')}
            </button>
          </>
        )}
      </div>
      <LockedNote when={locked} />
    </fieldset>
  );
}
