/**
 * Per-category opt-outs: unticking a category stops it being checked until it is ticked again; a category
 * snoozed from a nudge shows until when. A school or trust may lock them all on.
 */
import { CATEGORIES, CATEGORY_SEVERITY } from '../../engine/types';
import type { Category } from '../../engine/types';
import { muteCategory, unmuteCategory } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from '../shared/Locked';
import { formatUntil } from '../shared/time';
import type { SettingsPage } from '../shared/useSettings';

export const CATEGORY_LABELS: Record<Category, string> = {
  complaint: 'Public complaints about the school',
  allegation: 'Accusations against staff or pupils',
  abuse: 'Insults and personal attacks',
  threat: 'Threats, veiled ones included',
  hate: 'Prejudiced remarks',
  naming_child: "Naming other families' children",
  personal_info: "Someone's address, phone number or other personal details",
  confidential: 'Confidential matters: safeguarding, exclusions, health or SEN of others',
  photo: 'Photos or video of pupils or staff',
  impersonation: 'Posting as the school, or using its name or badge',
  staff_conduct: 'School matters on a personal account (staff only)',
};

export function CategoryChoice({ state, page, now }: { state: SettingsState; page: SettingsPage; now: number }) {
  const { effective } = state;
  const locked = effective.locks.categories;
  return (
    <fieldset disabled={locked}>
      <legend>What to check</legend>
      <p class="hint">Untick anything you do not want a second thought about. Threats and prejudice are checked wherever they are aimed.</p>
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
              {CATEGORY_LABELS[category]}
              {CATEGORY_SEVERITY[category] === 'high' && <span class="hint"> (serious)</span>}
              {snoozed && <span class="hint"> (snoozed until {formatUntil(snoozedUntil, now)})</span>}
            </span>
          </label>
        );
      })}
      <LockedNote when={locked} />
    </fieldset>
  );
}
