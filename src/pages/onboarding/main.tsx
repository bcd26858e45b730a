/**
 * Onboarding, opened once on install: who you are, your school(s) (bundled, or a pack from a file or pasted),
 * where concerns go, privacy in two sentences, and a box to try a draft. Every choice is saved as it is made, so
 * the try-it box already uses it.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PackImport } from '../shared/PackImport';
import { PracticeComposer } from '../shared/PracticeComposer';
import { RoleChoice } from '../shared/RoleChoice';
import { RouteEditor } from '../shared/RouteEditor';
import { SchoolChoice } from '../shared/SchoolChoice';
import { useSettings } from '../shared/useSettings';

async function finish(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

function Onboarding() {
  const page = useSettings();
  const { state } = page;
  if (!state) return <main aria-busy="true" />;
  return (
    <main>
      <h1>Welcome to Second Thought</h1>
      <p class="lede">
        Before you post about your school on X or Facebook, Second Thought checks the draft against the school's
        social-media code of conduct and, if it would break it, suggests a better route. Three quick choices:
      </p>
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        {/* Nothing can change until the school's or trust's policy is known (see useSettings). */}
        <fieldset class="stack plain" disabled={page.provisional} aria-busy={page.provisional}>
          <section class="panel" aria-labelledby="step-role">
            <h2 id="step-role">1. Who are you?</h2>
            <RoleChoice state={state} page={page} legend="I am" />
          </section>
          <section class="panel" aria-labelledby="step-school">
            <h2 id="step-school">2. Your school</h2>
            <SchoolChoice state={state} page={page} />
            <details class="not-listed">
              <summary>My school is not listed</summary>
              <PackImport state={state} page={page} />
            </details>
          </section>
          <section class="panel" aria-labelledby="step-route">
            <h2 id="step-route">3. Where concerns go</h2>
            <p class="hint">
              Check the school's route for concerns. If you know its complaints web page or e-mail, add it: the note's
              button will take you there.
            </p>
            <RouteEditor state={state} page={page} />
          </section>
        </fieldset>
      </form>
      <section class="panel privacy" aria-labelledby="step-privacy">
        <h2 id="step-privacy">Your privacy</h2>
        <p>
          Second Thought checks your drafts on this device: nothing you type is sent anywhere, and the extension makes
          no network requests at all. Your choices are kept in your browser's own storage, synced only if you use
          your browser's sync.
        </p>
      </section>
      <section class="try" aria-labelledby="step-try">
        <h2 id="step-try">Try it</h2>
        <p class="hint">Write a post as you might about your school, and pause: a note appears if it would break the code.</p>
        <PracticeComposer id="try-draft" label="Try a draft" />
      </section>
      <div class="row finish">
        <span class="hint">
          You can change any of this later in the <a href="#" onClick={(event) => { event.preventDefault(); void browser.runtime.openOptionsPage(); }}>settings</a>.
        </span>
        <button type="button" onClick={() => void finish()}>
          Finish
        </button>
      </div>
      <p class="status" role="status">
        {page.status}
      </p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Onboarding />, app);
