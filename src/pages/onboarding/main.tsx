/**
 * Onboarding, opened once on install: who you are, your school(s) (bundled, described in a minute, or a pack from a
 * file or pasted), where concerns go (with a nudge to add an e-mail or web page where none is known), privacy in
 * two sentences, and a box to try a draft. Every choice is saved as it is made, so the try-it box already uses it.
 * "Finish" ends on a last step that says what happens next (write on X or Facebook as usual), with the practice page
 * and the settings a click away, and the user closes the tab from there.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { Brand } from '../shared/Brand';
import { OwnSchool } from '../options/OwnSchool';
import { formatList, startPage } from '../shared/language';
import { PackImport } from '../shared/PackImport';
import { PracticeComposer } from '../shared/PracticeComposer';
import { RoleChoice } from '../shared/RoleChoice';
import { RouteEditor } from '../shared/RouteEditor';
import { SchoolChoice } from '../shared/SchoolChoice';
import { fillSlot, SLOT } from '../shared/slot';
import { useSettings } from '../shared/useSettings';

async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

function openSettings(event: Event): void {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
}

/** The last step: what to do next, where to practise or change things, and a way to close the tab. */
function AllSet() {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the button that was pressed: reading carries on from the new heading.
  useEffect(() => heading.current?.focus(), []);
  return (
    <main>
      <Brand />
      <h1 ref={heading} tabIndex={-1}>
        {t('onboardingDoneHeading')}
      </h1>
      <p class="lede">{t('onboardingDone')}</p>
      <ul class="next">
        <li>
          <a href={browser.runtime.getURL('src/pages/practice/index.html')}>{t('onboardingDonePractice')}</a>
        </li>
        <li>
          <a href="#" onClick={openSettings}>
            {t('onboardingDoneSettings')}
          </a>
        </li>
      </ul>
      <div class="row finish">
        <button type="button" onClick={() => void closeTab()}>
          {t('onboardingClose')}
        </button>
      </div>
    </main>
  );
}

function Onboarding() {
  const [done, setDone] = useState(false);
  // Opened as the browser starts, when a trust's policy can take seconds to arrive: no choice is shown until it has,
  // so none is ever shown unlocked and then undone.
  const page = useSettings({ waitForPolicy: true });
  const { state } = page;
  if (done) return <AllSet />;
  if (!state) {
    return (
      <main aria-busy="true">
        <Brand />
        <h1>{t('onboardingHeading')}</h1>
        <p class="lede" role="status">
          {t('pageLoading')}
        </p>
      </main>
    );
  }
  // A school with no e-mail or web page yet: "Raise it" can show a parent the message, but not where to send it.
  // Staff raise it the way their pack says (a line manager, the head), with no complaints address to add.
  const staff = state.effective.role === 'staff';
  const routeless = staff ? [] : state.effective.schools.filter(({ route }) => !route.url && !route.email).map(({ pack }) => pack.shortName);
  return (
    <main>
      <Brand />
      <h1>{t('onboardingHeading')}</h1>
      <p class="lede">{t('onboardingLede')}</p>
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        {/* Nothing can change until the school's or trust's policy is known (see useSettings). */}
        <fieldset class="stack plain" disabled={page.provisional} aria-busy={page.provisional}>
          <section class="panel" aria-labelledby="step-role">
            <h2 id="step-role">{t('onboardingStepRole')}</h2>
            <RoleChoice state={state} page={page} />
          </section>
          <section class="panel" aria-labelledby="step-school">
            <h2 id="step-school">{t('onboardingStepSchool')}</h2>
            <SchoolChoice state={state} page={page} />
            <details class="not-listed">
              <summary>{t('onboardingNotListed')}</summary>
              <OwnSchool state={state} page={page} />
              <PackImport state={state} page={page} />
            </details>
          </section>
          <section class="panel" aria-labelledby="step-route">
            <h2 id="step-route">{t('onboardingStepRoute')}</h2>
            <p class="hint">{t(staff ? 'onboardingRouteHintStaff' : 'onboardingRouteHint')}</p>
            {routeless.length > 0 && <p class="callout">{t('onboardingRouteMissing', formatList(routeless))}</p>}
            <RouteEditor state={state} page={page} />
          </section>
        </fieldset>
      </form>
      <section class="panel privacy" aria-labelledby="step-privacy">
        <h2 id="step-privacy">{t('onboardingPrivacyHeading')}</h2>
        <p>{t('onboardingPrivacy')}</p>
      </section>
      <section class="try" aria-labelledby="step-try">
        <h2 id="step-try">{t('onboardingTryHeading')}</h2>
        <p class="hint">{t('onboardingTryHint')}</p>
        <PracticeComposer id="try-draft" label={t('onboardingTryLabel')} />
      </section>
      <div class="row finish">
        <span class="hint">
          {fillSlot(
            t('onboardingChangeLater', SLOT),
            <a href="#" onClick={openSettings}>
              {t('onboardingSettingsLink')}
            </a>,
          )}
        </span>
        <button type="button" onClick={() => setDone(true)}>
          {t('onboardingFinish')}
        </button>
      </div>
      <p class="status" role="status">
        {page.status}
      </p>
    </main>
  );
}

startPage('onboardingTitle');
const app = document.getElementById('app');
if (app) render(<Onboarding />, app);
