/**
 * Per-category opt-outs: unticking a category stops it being checked until it is ticked again; a category
 * snoozed from a nudge shows until when. A school or trust may lock them all on. What the chosen schools' packs
 * leave out is said, not offered: no tick box can make a school's pack check what it switches off.
 */
import { CATEGORIES, CATEGORY_SEVERITY, packChecks } from '../../engine/types';
import type { Category, Pack } from '../../engine/types';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { categoryLabel } from '../../category-labels';
import { getBundledPack } from '../../packs';
import { muteCategory, unmuteCategory } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { formatUntil } from '../../time';
import type { SettingsPage } from '../shared/useSettings';

/** The packs drafts are judged with: the chosen schools', or the general guidance when none is chosen. */
function judgingPacks(state: SettingsState): Pack[] {
  const chosen = state.effective.schools.map((school) => school.pack);
  if (chosen.length > 0) return chosen;
  const generic = getBundledPack('generic');
  return generic ? [generic] : [];
}

/** What is said of threats and hate, which every pack that checks them checks wherever they are aimed (PRODUCT.md §3). */
function wherever(threat: boolean, hate: boolean): MessageKey | undefined {
  if (threat && hate) return 'optionsCategoriesAimedBoth';
  if (threat) return 'optionsCategoriesAimedThreat';
  if (hate) return 'optionsCategoriesAimedHate';
  return undefined;
}

export function CategoryChoice({ state, page, now }: { state: SettingsState; page: SettingsPage; now: number }) {
  const { effective } = state;
  const locked = effective.locks.categories;
  const packs = judgingPacks(state);
  // A draft is judged against every chosen school, so a category is checked when any of their packs checks it.
  const checked = (category: Category): boolean => packs.some((pack) => packChecks(pack, category));
  const aimed = wherever(checked('threat'), checked('hate'));
  // Without the school's name: the tick box's label must stay its kind of post, not become a second school's.
  const leftOut = t(packs.length === 1 ? 'optionsCategoryNotInPack' : 'optionsCategoryNotInPacks');
  return (
    <fieldset disabled={locked}>
      <legend>{t('optionsCategoriesLegend')}</legend>
      {/* Under a lock, who set the boxes comes before the boxes, not an invitation to untick them. */}
      <p class={locked ? 'locked' : 'hint'}>{t(locked ? 'optionsCategoriesLocked' : 'optionsCategoriesHint')}</p>
      {aimed && <p class="hint">{t(aimed)}</p>}
      {CATEGORIES.map((category) => {
        const inPack = checked(category);
        const snoozedUntil = effective.snoozes[category];
        const snoozed = snoozedUntil !== undefined && snoozedUntil > now;
        const on = inPack && !effective.optOuts.includes(category) && !snoozed;
        return (
          <label key={category} class="choice" data-category={category}>
            <input
              type="checkbox"
              checked={on}
              disabled={!inPack}
              onChange={(event) => {
                const check = event.currentTarget.checked;
                void page.update((settings) =>
                  check ? unmuteCategory(settings, category) : muteCategory(settings, category, undefined, now),
                );
              }}
            />
            <span>
              {t(categoryLabel(category, effective.role))}
              {inPack && CATEGORY_SEVERITY[category] === 'high' && <span class="hint"> {t('optionsCategorySerious')}</span>}
              {inPack && snoozed && <span class="hint"> {t('optionsCategorySnoozed', formatUntil(snoozedUntil, now))}</span>}
              {!inPack && <span class="hint"> {leftOut}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
