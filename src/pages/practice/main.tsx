/**
 * The practice page: a composer inside the extension where anyone can try a draft and see the same nudge as on
 * X and Facebook. Content scripts do not run on extension pages, so it watches its own composer with the same
 * code and asks the worker directly.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ProtocolClient } from '../../protocol';
import { watchComposer } from '../../content/composer';

const client = new ProtocolClient((request) => browser.runtime.sendMessage(request));

function Practice() {
  const composer = useRef<HTMLTextAreaElement>(null);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = composer.current;
    const box = region.current;
    if (!editor || !box) return;
    const controller = new AbortController();
    watchComposer(editor, { site: 'practice', client, kind: { name: 'practice', region: () => box } }, controller.signal);
    return () => controller.abort();
  }, []);
  return (
    <main>
      <h1>Try Second Thought</h1>
      <p class="lede">
        Write a post as you might on Facebook or X. When a draft would break your school's social-media code of
        conduct, a note appears beneath it. Nothing you type here leaves this page.
      </p>
      <div class="panel" ref={region}>
        <label for="practice-draft">Your draft</label>
        <textarea id="practice-draft" ref={composer} placeholder="What's on your mind?" spellcheck />
        <div class="row">
          <span class="hint">Practice only: nothing is posted.</span>
          <a href="#" onClick={(event) => { event.preventDefault(); void browser.runtime.openOptionsPage(); }}>
            Choose your school
          </a>
        </div>
      </div>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Practice />, app);
