/**
 * Which schools' codes of conduct a draft is checked against: the bundled ones, packs the user added, packs a
 * school or trust deploys. Several may be ticked (children at different schools); the nudge names the one concerned.
 */
import type { SettingsState } from '../../settings/store';
import { LockedNote } from './Locked';
import type { SettingsPage } from './useSettings';

export function SchoolChoice({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { effective, imported, managed } = state;
  const locked = effective.locks.schools;
  const chosen = locked ? effective.schools.map((school) => school.pack.id) : effective.user.schools;
  const origin = (id: string): string => {
    if (managed.packs?.some((pack) => pack.id === id)) return ' (from your school or trust)';
    if (imported.some((pack) => pack.id === id)) return ' (added by you)';
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
      <legend id="schools-legend">My school</legend>
      <p class="hint">
        Tick each school your posts should be checked against (more than one if your children go to different
        schools). Until you choose, posts are checked against general guidance.
      </p>
      {effective.available.map((pack) => (
        <label key={pack.id} class="choice">
          <input type="checkbox" checked={chosen.includes(pack.id)} onChange={(event) => toggle(pack.id, event.currentTarget.checked)} />
          <span>
            {pack.name}
            {origin(pack.id)}
          </span>
        </label>
      ))}
      {effective.missing.map((id) => (
        <p key={id} class="problem">
          A school you chose ({id}) is no longer available.{' '}
          <button type="button" class="secondary" onClick={() => toggle(id, false)}>
            Remove {id}
          </button>
        </p>
      ))}
      <LockedNote when={locked} />
    </fieldset>
  );
}
