/** Per-site switches: a site switched off gets no nudges (the worker answers its drafts with a quiet verdict). */
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { SITE_SWITCHES } from '../../settings';
import type { SiteSwitch } from '../../settings';
import type { SettingsState } from '../../settings/store';
import type { SettingsPage } from '../shared/useSettings';

const SITE_NAMES: Record<SiteSwitch, MessageKey> = { x: 'siteNameX', facebook: 'siteNameFacebook' };

/** The site's name as the page's language writes it. */
export const siteName = (site: SiteSwitch): string => t(SITE_NAMES[site]);

export function SiteSwitches({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { effective } = state;
  return (
    <fieldset>
      <legend>{t('optionsSitesLegend')}</legend>
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
              {t('optionsSiteCheck', siteName(site))}
              {locked && <span class="locked"> {t('optionsSiteLocked')}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
