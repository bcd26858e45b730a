/** Per-site switches: a site switched off gets no nudges (the worker answers its drafts with a quiet verdict). */
import { SITE_SWITCHES } from '../../settings';
import type { SiteSwitch } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { LOCKED_TEXT } from '../shared/Locked';
import type { SettingsPage } from '../shared/useSettings';

export const SITE_NAMES: Record<SiteSwitch, string> = { x: 'X', facebook: 'Facebook' };

export function SiteSwitches({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { effective } = state;
  return (
    <fieldset>
      <legend>Sites</legend>
      {SITE_SWITCHES.map((site) => {
        const locked = effective.locks.sites[site];
        return (
          <label key={site} class="choice">
            <input
              type="checkbox"
              checked={effective.sites[site]}
              disabled={locked}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                void page.update((settings) => ({ ...settings, sites: { ...settings.sites, [site]: on } }));
              }}
            />
            <span>
              Check my posts on {SITE_NAMES[site]}
              {locked && <span class="locked"> ({LOCKED_TEXT})</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
