/**
 * The practice page: a composer inside the extension where anyone can try a draft and see the same nudge as on
 * X and Facebook.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PracticeComposer } from '../shared/PracticeComposer';

function Practice() {
  return (
    <main>
      <h1>Try Second Thought</h1>
      <p class="lede">
        Write a post as you might on Facebook or X. When a draft would break your school's social-media code of
        conduct, a note appears beneath it. Nothing you type here leaves this page.
      </p>
      <PracticeComposer id="practice-draft" label="Your draft">
        <a href="#" onClick={(event) => { event.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          Choose your school
        </a>
      </PracticeComposer>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Practice />, app);
