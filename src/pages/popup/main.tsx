/**
 * The toolbar popup: whether Second Thought is working on this tab, a one-click pause for an hour, and the way to
 * the settings. It reads the active tab's URL, which the browser gives only for the sites the extension runs on.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isPaused } from '../../settings';
import { LOCKED_TEXT } from '../shared/Locked';
import { pauseForAnHour, pauseText, resume } from '../shared/pause';
import { useSettings } from '../shared/useSettings';
import { SITE_NAMES } from '../options/SiteSwitches';
import { tabStatus } from './status';
import type { TabStatus } from './status';

function describe(status: TabStatus, pause: string, lockedSite: boolean): string {
  switch (status.kind) {
    case 'unsupported':
      return 'Second Thought works on X and Facebook. This page is neither, so nothing here is checked.';
    case 'site-off':
      return lockedSite
        ? `Off for ${SITE_NAMES[status.site]}: ${LOCKED_TEXT.toLowerCase()}.`
        : `Off for ${SITE_NAMES[status.site]}. You can switch it back on in the settings.`;
    case 'paused':
      return pause;
    case 'active':
      return `On: your posts on ${SITE_NAMES[status.site]} get a second thought.`;
  }
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
      <h1>Second Thought</h1>
      <p class="tab-status" data-status={status.kind}>
        {describe(status, pauseText(effective, now), status.kind === 'site-off' && effective.locks.sites[status.site])}
      </p>
      <p class="hint">
        {schools.length > 0 ? `Checking against: ${schools.join(', ')}.` : 'No school chosen yet: general guidance.'}
      </p>
      {effective.locks.pause ? (
        <p class="locked">Pausing: {LOCKED_TEXT.toLowerCase()}.</p>
      ) : isPaused(effective, now) ? (
        <button type="button" disabled={page.provisional} onClick={() => void page.update(resume, 'Turned back on.')}>
          Turn back on
        </button>
      ) : (
        <button type="button" disabled={page.provisional} onClick={() => void page.update(pauseForAnHour, 'Paused for an hour.')}>
          Pause for an hour
        </button>
      )}
      <p>
        <a
          href={browser.runtime.getURL('src/pages/options/index.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          Settings
        </a>
      </p>
      <p class="status" role="status">
        {page.status}
      </p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
