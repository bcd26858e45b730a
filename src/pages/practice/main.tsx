/**
 * The practice page: a composer inside the extension where anyone can try a draft and see the same nudge as on
 * X and Facebook. It says which schools drafts are checked against, and leads to the settings to choose or change
 * them.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { Brand } from '../shared/Brand';
import { formatList, startPage } from '../shared/language';
import { PracticeComposer } from '../shared/PracticeComposer';
import { useSettings } from '../shared/useSettings';

function SchoolLink() {
  const { state } = useSettings();
  // Nothing until the settings are read, so "Choose your school" never flashes up for a user who has chosen.
  if (!state) return null;
  const schools = state.effective.schools.map((school) => school.pack.shortName);
  return (
    <span class="hint">
      {schools.length > 0 && <>{t('practiceSchools', formatList(schools))} </>}
      <a href="#" onClick={(event) => { event.preventDefault(); void browser.runtime.openOptionsPage(); }}>
        {t(schools.length > 0 ? 'practiceChangeSchool' : 'practiceChooseSchool')}
      </a>
    </span>
  );
}

function Practice() {
  return (
    <main>
      <Brand />
      <h1>{t('practiceHeading')}</h1>
      <p class="lede">{t('practiceLede')}</p>
      <PracticeComposer id="practice-draft" label={t('practiceDraftLabel')}>
        <SchoolLink />
      </PracticeComposer>
    </main>
  );
}

startPage('practiceTitle');
const app = document.getElementById('app');
if (app) render(<Practice />, app);
