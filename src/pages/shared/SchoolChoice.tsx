/**
 * Which schools' codes of conduct a draft is checked against: the bundled ones, packs the user added, packs a
 * school or trust deploys. Several may be ticked (children at different schools); the nudge names the one concerned.
 */
import type { Pack } from '../../engine/types';
import { t } from '../../i18n';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from './Locked';
import type { SettingsPage } from './useSettings';

export function SchoolChoice({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { effective, imported, managed } = state;
  const locked = effective.locks.schools;
  // The policy sets the schools when it names them, or gives packs and no list (as resolveSettings reads it).
  const fromPolicy = managed.schools !== undefined || (managed.packs?.length ?? 0) > 0;
  const chosen = locked ? effective.schools.map((school) => school.pack.id) : effective.user.schools;
  // By the pack itself, not its id: a bundled school is not "added by you" because an unused copy has its id.
  const origin = (pack: Pack): string => {
    if (managed.packs?.includes(pack)) return ` ${t('schoolChoiceFromPolicy')}`;
    if (imported.includes(pack)) return ` ${t('schoolChoiceAddedByYou')}`;
    return '';
  };
  const toggle = (id: string, on: boolean): void => {
    void page.update((settings) => ({
      ...settings,
      schools: on ? [...settings.schools.filter((s) => s !== id), id] : settings.schools.filter((s) => s !== id),
    }));
  };
  return (
    <fieldset disabled={locked} aria-labelledby="schools-legend">
      <legend id="schools-legend">{t('schoolChoiceLegend')}</legend>
      <p class="hint">{t('schoolChoiceHint')}</p>
      {effective.available.map((pack) => (
        <label key={pack.id} class="choice">
          <input type="checkbox" checked={chosen.includes(pack.id)} onChange={(event) => toggle(pack.id, event.currentTarget.checked)} />
          <span>
            {pack.name}
            {origin(pack)}
          </span>
        </label>
      ))}
      {effective.missing.map((id) =>
        // A school the policy names is the trust's to mend: the user did not choose it and cannot remove it.
        fromPolicy ? (
          <p key={id} class="problem">
            {t('schoolChoiceMissingFromPolicy', id)}
          </p>
        ) : (
          <p key={id} class="problem">
            {t('schoolChoiceMissing', id)}{' '}
            <button type="button" class="secondary" onClick={() => toggle(id, false)}>
              {t('schoolChoiceRemoveMissing', id)}
            </button>
          </p>
        ),
      )}
      <LockedNote when={locked} />
    </fieldset>
  );
}
