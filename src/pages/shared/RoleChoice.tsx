/** Parent or carer, or school staff: decides the route offered and whether staff conduct is checked. */
import type { Role } from '../../engine/types';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from './Locked';
import type { SettingsPage } from './useSettings';

const ROLE_LABELS: [Role, MessageKey][] = [
  ['parent', 'roleChoiceParent'],
  ['staff', 'roleChoiceStaff'],
];

export function RoleChoice({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { effective } = state;
  return (
    <fieldset disabled={effective.locks.role}>
      <legend>{t('roleChoiceLegend')}</legend>
      {ROLE_LABELS.map(([role, label]) => (
        <label key={role} class="choice">
          <input
            type="radio"
            name="role"
            value={role}
            checked={effective.role === role}
            onChange={() => void page.update((settings) => ({ ...settings, role }))}
          />
          {t(label)}
        </label>
      ))}
      <LockedNote when={effective.locks.role} />
    </fieldset>
  );
}
