/** Pause checking for an hour or until turned back on; the worker answers with quiet verdicts meanwhile. */
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
      <legend>Pause</legend>
      <p class="pause-state">{pauseText(effective, now)}</p>
      <div class="buttons">
        {isPaused(effective, now) ? (
          <button type="button" onClick={() => void page.update(resume, 'Turned back on.')}>
            Turn back on
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void page.update(pauseForAnHour, 'Paused for an hour.')}>
              Pause for an hour
            </button>
            <button type="button" class="secondary" onClick={() => void page.update(pauseUntilResumed, 'Paused until you turn it back on.')}>
              Pause until I turn it back on
            </button>
          </>
        )}
      </div>
      <LockedNote when={locked} />
    </fieldset>
  );
}
