/**
 * Settings (PRODUCT.md §5): role, schools, routes, sites, categories, pause and reset. Every change is saved at
 * once and reaches open tabs without a reload; anything a school or trust sets by policy is shown locked.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { resetSettings } from '../../settings/store';
import { Brand } from '../shared/Brand';
import { startPage } from '../shared/language';
import { Notices } from '../shared/Notices';
import { PackImport } from '../shared/PackImport';
import { RoleChoice } from '../shared/RoleChoice';
import { RouteEditor } from '../shared/RouteEditor';
import { SchoolChoice } from '../shared/SchoolChoice';
import { useSettings } from '../shared/useSettings';
import { CategoryChoice } from './CategoryChoice';
import { NoteShortcut } from './NoteShortcut';
import { OwnSchool } from './OwnSchool';
import { PauseControl } from './PauseControl';
import { SiteSwitches } from './SiteSwitches';

/**
 * Other pages link to a form here ("#own-school", "#route-bexton-url"): once the settings are shown and can be
 * changed, the form is scrolled to and its first field takes the focus, so the user lands where they type.
 */
function useLinkedForm(ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) return;
    const field = target.matches('input, textarea, select') ? target : target.querySelector<HTMLElement>('input, textarea, select');
    target.scrollIntoView({ block: 'start' });
    field?.focus({ preventScroll: true });
  }, [ready]);
}

function Options() {
  const page = useSettings();
  const { state } = page;
  useLinkedForm(state !== null && !page.provisional);
  if (!state) return <main aria-busy="true" />;
  const now = Date.now();
  return (
    <main>
      <Brand />
      <h1>{t('optionsHeading')}</h1>
      <p class="lede">{t('optionsLede')}</p>
      <Notices state={state} />
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        {/* Nothing can change until the school's or trust's policy is known (see useSettings). */}
        <fieldset class="stack plain" disabled={page.provisional} aria-busy={page.provisional}>
          <section class="panel" aria-labelledby="who">
            <h2 id="who">{t('optionsWhoHeading')}</h2>
            <RoleChoice state={state} page={page} />
            <SchoolChoice state={state} page={page} />
            <OwnSchool state={state} page={page} />
            <PackImport state={state} page={page} />
          </section>
          <section class="panel" aria-labelledby="routes">
            <h2 id="routes">{t('optionsRoutesHeading')}</h2>
            <p class="hint">{t('optionsRoutesHint')}</p>
            <RouteEditor state={state} page={page} />
          </section>
          <section class="panel" aria-labelledby="checks">
            <h2 id="checks">{t('optionsChecksHeading')}</h2>
            <SiteSwitches state={state} page={page} />
            <CategoryChoice state={state} page={page} now={now} />
            <PauseControl state={state} page={page} now={now} />
          </section>
          <section class="panel" aria-labelledby="more">
            <h2 id="more">{t('optionsMoreHeading')}</h2>
            <p>
              <a href={browser.runtime.getURL('src/pages/practice/index.html')}>{t('optionsPracticeLink')}</a>
            </p>
            <NoteShortcut />
            <div class="row">
              <span class="hint">{t('optionsResetHint')}</span>
              <button type="button" class="secondary" onClick={() => void page.run(resetSettings, t('optionsResetDone'))}>
                {t('optionsResetButton')}
              </button>
            </div>
          </section>
        </fieldset>
      </form>
      <p class="status" role="status">
        {page.status}
      </p>
    </main>
  );
}

startPage('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
