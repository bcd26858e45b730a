/**
 * Per-category opt-outs: unticking a category stops it being checked until it is ticked again; a category
 * snoozed from a nudge shows until when. A school or trust may lock them all on.
 */
import { CATEGORIES, CATEGORY_SEVERITY } from '../../engine/types';
import { t } from '../../i18n';
import { CATEGORY_LABELS } from '../../category-labels';
import { muteCategory, unmuteCategory } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from '../shared/Locked';
import { formatUntil } from '../../time';
import type { SettingsPage } from '../shared/useSettings';

export function CategoryChoice({ state, page, now }: { state: SettingsState; page: SettingsPage; now: number }) {
  const { effective } = state;
  const locked = effective.locks.categories;
  return (
    <fieldset disabled={locked}>
      <legend>{t('optionsCategoriesLegend')}</legend>
      <p class="hint">{t('optionsCategoriesHint')}</p>
      {CATEGORIES.map((category) => {
        const snoozedUntil = effective.snoozes[category];
        const snoozed = snoozedUntil !== undefined && snoozedUntil > now;
        const on = !effective.optOuts.includes(category) && !snoozed;
        return (
          <label key={category} class="choice" data-category={category}>
            <input
              type="checkbox"
              checked={on}
              onChange={(event) => {
                const check = event.currentTarget.checked;
                void page.update((settings) =>
                  check ? unmuteCategory(settings, category) : muteCategory(settings, category, undefined, now),
                );
              }}
            />
            <span>
              {t(CATEGORY_LABELS[category])}
              {CATEGORY_SEVERITY[category] === 'high' && <span class="hint"> {t('optionsCategorySerious')}</span>}
              {snoozed && <span class="hint"> {t('optionsCategorySnoozed', formatUntil(snoozedUntil, now))}</span>}
            </span>
          </label>
        );
      })}
      <LockedNote when={locked} />
    </fieldset>
  );
}
