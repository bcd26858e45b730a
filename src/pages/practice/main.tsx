/**
 * The practice page: a composer inside the extension where anyone can try a draft and see the same nudge as on
 * X and Facebook.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { Brand } from '../shared/Brand';
import { startPage } from '../shared/language';
import { PracticeComposer } from '../shared/PracticeComposer';

function Practice() {
  return (
    <main>
      <Brand />
      <h1>{t('practiceHeading')}</h1>
      <p class="lede">{t('practiceLede')}</p>
      <PracticeComposer id="practice-draft" label={t('practiceDraftLabel')}>
        <a href="#" onClick={(event) => { event.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          {t('practiceChooseSchool')}
        </a>
      </PracticeComposer>
    </main>
  );
}

startPage('practiceTitle');
const app = document.getElementById('app');
if (app) render(<Practice />, app);
