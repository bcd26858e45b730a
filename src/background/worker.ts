/**
 * The background service worker: hosts the one rule engine shared by every tab. It keeps no state of its own
 * between messages (it may be stopped at any time); settings are read from storage and cached until any of them
 * changes (the user's, an imported pack, or the school's or trust's policy), so open tabs follow at once.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { installBundledModel } from '../engine/model/bundled';
import MODEL_URL from '../engine/model/model.bin?url';
import { warmEngine } from '../engine/warm';
import { getBundledPack } from '../packs';
import { handOver } from '../pages/raise/handoff';
import { FOCUS_NUDGE_COMMAND } from '../shortcut';
import { createHandler } from './handler';
import { isOwnSender } from './sender';
import type { EffectiveSettings } from '../settings';
import { loadState, updateSettings } from '../settings/store';

/** Where a new user starts (the page is built from src/pages/onboarding/index.html). */
const ONBOARDING_PAGE = 'src/pages/onboarding/index.html';

let cachedSettings: Promise<EffectiveSettings> | undefined;

/**
 * The model file, packaged beside the code (src/engine/model/bundled.ts), installed once per worker before the first
 * verdict. Not a network request: the URL is the extension's own packaged file (chrome-extension:// or
 * moz-extension://), read by the browser from the installed package; nothing leaves the device. Should it ever fail
 * to load, the engine judges by its rules alone rather than not at all, and says so in the worker's console.
 */
const engineReady: Promise<void> = fetch(browser.runtime.getURL(MODEL_URL))
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.arrayBuffer();
  })
  .then((buffer) => installBundledModel(new Uint8Array(buffer)))
  .catch((error: unknown) => {
    console.error('Second Thought: the model file did not load; judging by the rules alone.', error);
    installBundledModel(null);
  });

/**
 * How long a verdict waits for the school's or trust's policy. Chromium gives extensions their managed storage only
 * once its policy service is up, about 3 s after the browser starts; a draft typed before then is checked with the
 * user's own settings, and the policy applies from the next check.
 */
const POLICY_WAIT_MS = 100;

function getSettings(): Promise<EffectiveSettings> {
  cachedSettings ??= loadState({
    managedWithin: POLICY_WAIT_MS,
    onManagedLate: () => {
      cachedSettings = undefined;
    },
  }).then(
    (state) => state.effective,
    (error: unknown) => {
      cachedSettings = undefined;
      throw error;
    },
  );
  return cachedSettings;
}

browser.storage.onChanged.addListener(() => {
  cachedSettings = undefined;
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
});

const handle = createHandler({
  getSettings,
  engineReady: () => engineReady,
  updateSettings,
  openOptions: () => browser.runtime.openOptionsPage(),
  // After the reply: the page's message is answered at once, and the first draft finds the engine ready.
  warmUp: () =>
    void engineReady.then(() =>
      setTimeout(() => {
        const pack = getBundledPack('generic');
        if (pack) warmEngine(pack);
      }, 0),
    ),
  getCommands: () => browser.commands.getAll(),
  // Next to the tab with the post, so that closing the page goes back to it.
  openRaisePage: (handoff, { place: tab }) =>
    handOver(handoff, (url) =>
      browser.tabs.create(tab ? { url, index: tab.index + 1, windowId: tab.windowId, openerTabId: tab.id } : { url }),
    ),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's own content scripts and pages may ask; web pages and other extensions are refused.
  if (!isOwnSender(sender, browser.runtime.id)) {
    return Promise.resolve({ kind: 'error', message: 'Messages from outside Second Thought are refused.' });
  }
  // Which tab, frame and document asked: a composer's newer draft replaces its older one still waiting there.
  const documentId = (sender as { documentId?: unknown }).documentId;
  return handle(message, {
    ...(sender.tab?.id !== undefined ? { tab: sender.tab.id } : {}),
    ...(sender.frameId !== undefined ? { frame: sender.frameId } : {}),
    ...(typeof documentId === 'string' ? { document: documentId } : {}),
    ...(sender.tab ? { place: sender.tab } : {}),
  });
});

/** The keyboard shortcut (manifest `commands`) moves between the post being written and its note. */
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== FOCUS_NUDGE_COMMAND || tab?.id === undefined) return;
  // A tab without our content script (not X or Facebook) has nothing to focus.
  browser.tabs.sendMessage(tab.id, { kind: 'focusNudge' }).catch(() => undefined);
});
