/**
 * The background service worker: hosts the one rule engine shared by every tab. It keeps no state of its own
 * between messages (it may be stopped at any time); settings are read from storage and cached until they change.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { createHandler } from './handler';
import { readSettings, SETTINGS_KEY } from '../settings';
import type { Settings } from '../settings';

let cachedSettings: Promise<Settings> | undefined;

function getSettings(): Promise<Settings> {
  cachedSettings ??= browser.storage.sync.get(SETTINGS_KEY).then((items) => readSettings(items[SETTINGS_KEY]));
  return cachedSettings;
}

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync') cachedSettings = undefined;
});

const handle = createHandler({
  getSettings,
  openOptions: () => browser.runtime.openOptionsPage(),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's own content scripts and pages may ask; web pages and other extensions are refused.
  if (sender.id !== browser.runtime.id) {
    return Promise.resolve({ kind: 'error', message: 'Messages from outside Second Thought are refused.' });
  }
  return handle(message);
});
