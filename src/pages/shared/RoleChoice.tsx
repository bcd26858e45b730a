/** Parent or carer, or school staff: decides the route offered and whether staff conduct is checked. */
import type { Role } from '../../engine/types';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from './Locked';
import type { SettingsPage } from './useSettings';

const ROLE_LABELS: [Role, string][] = [
  ['parent', 'A parent or carer'],
  ['staff', 'A member of school staff'],
];

export function RoleChoice({ state, page, legend = 'I am' }: { state: SettingsState; page: SettingsPage; legend?: string }) {
  const { effective } = state;
  return (
    <fieldset disabled={effective.locks.role}>
      <legend>{legend}</legend>
      {ROLE_LABELS.map(([role, label]) => (
        <label key={role} class="choice">
          <input
            type="radio"
            name="role"
            value={role}
            checked={effective.role === role}
            onChange={() => void page.update((settings) => ({ ...settings, role }))}
          />
          {label}
        </label>
      ))}
      <LockedNote when={effective.locks.role} />
    </fieldset>
  );
}
