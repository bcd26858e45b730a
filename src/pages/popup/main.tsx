/**
 * The toolbar popup: whether Second Thought is working on this tab, a one-click pause for an hour where posts are
 * checked, and the way to the settings. It reads the active tab's URL, which the browser gives only for the sites the
 * extension runs on.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { isPaused } from '../../settings';
import { Brand } from '../shared/Brand';
import { formatList, startPage } from '../shared/language';
import { pauseForAnHour, pauseText, resume } from '../shared/pause';
import { useSettings } from '../shared/useSettings';
import type { SettingsPage } from '../shared/useSettings';
import { siteName } from '../options/SiteSwitches';
import { tabStatus } from './status';
import type { TabStatus } from './status';

function describe(status: TabStatus, pause: string, lockedSite: boolean): string {
  switch (status.kind) {
    case 'unsupported':
      return t('popupUnsupported');
    case 'site-off':
      return t(lockedSite ? 'popupSiteOffLocked' : 'popupSiteOff', siteName(status.site));
    case 'paused':
      return pause;
    case 'active':
      return t('popupActive', siteName(status.site));
  }
}

/**
 * Pausing is offered where posts are checked; elsewhere it would pause nothing the user can see. While paused, turning
 * back on is offered everywhere, so a pause is never stuck.
 */
function PauseButton({ page, status, now }: { page: SettingsPage; status: TabStatus; now: number }) {
  const effective = page.state?.effective;
  if (!effective) return null;
  if (effective.locks.pause) return status.kind === 'active' ? <p class="locked">{t('popupPauseLocked')}</p> : null;
  if (isPaused(effective, now)) {
    return (
      <>
        {status.kind !== 'paused' && <p class="hint">{pauseText(effective, now)}</p>}
        <button type="button" disabled={page.provisional} onClick={() => void page.update(resume, t('pauseDoneResumed'))}>
          {t('pauseButtonResume')}
        </button>
      </>
    );
  }
  if (status.kind !== 'active') return null;
  return (
    <button type="button" disabled={page.provisional} onClick={() => void page.update(pauseForAnHour, t('pauseDoneHour'))}>
      {t('pauseButtonHour')}
    </button>
  );
}

function Popup() {
  const page = useSettings();
  const [url, setUrl] = useState<string | undefined | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => setUrl(tab?.url),
      () => setUrl(undefined),
    );
  }, []);
  const { state } = page;
  if (!state || url === null) return <main aria-busy="true" />;
  const now = Date.now();
  const { effective } = state;
  const status = tabStatus(url, effective, now);
  const schools = effective.schools.map((school) => school.pack.shortName);
  return (
    <main>
      <Brand heading />
      <p class="tab-status" data-status={status.kind}>
        {describe(status, pauseText(effective, now), status.kind === 'site-off' && effective.locks.sites[status.site])}
      </p>
      <p class="hint">
        {schools.length > 0 ? t('popupSchools', formatList(schools)) : t('popupNoSchool')}{' '}
        {t(effective.role === 'staff' ? 'popupRoleStaff' : 'popupRoleParent')}
      </p>
      <PauseButton page={page} status={status} now={now} />
      <p>
        <a
          href={browser.runtime.getURL('src/pages/options/index.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          {t('popupSettingsLink')}
        </a>
      </p>
      <p class="status" role="status">
        {page.status}
      </p>
    </main>
  );
}

startPage('extName');
const app = document.getElementById('app');
if (app) render(<Popup />, app);
