/**
 * The content script: picks this site's adapter and watches its composers. The adapters are the ordered list
 * below; a new site is one new file and one line here.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { parseTabMessage, ProtocolClient } from '../protocol';
import { prepareAnnouncer } from './nudge/announce';
import { watchComposers } from './watch';
import { xAdapter } from './sites/x';
import { facebookAdapter } from './sites/facebook';

const ADAPTERS = [xAdapter, facebookAdapter];

const adapter = ADAPTERS.find((candidate) => candidate.hosts.includes(location.hostname));
if (adapter) {
  const controller = new AbortController();
  const client = new ProtocolClient(async (request) => {
    // After the extension is reloaded or updated this old script can no longer reach the worker:
    // it stands down quietly and leaves the page as it found it.
    if (!browser.runtime?.id) {
      controller.abort();
      throw new Error('Extension context invalidated.');
    }
    try {
      return await browser.runtime.sendMessage(request);
    } catch (error) {
      if (!browser.runtime?.id) controller.abort();
      throw error;
    }
  });
  // The first key or click after the extension was reloaded or removed: stand down before the pre-send check
  // (registered after this) could act for an extension that is gone.
  const standDownIfOrphaned = (): void => {
    if (!browser.runtime?.id) controller.abort();
  };
  for (const type of ['keydown', 'pointerdown', 'focusin'] as const) {
    window.addEventListener(type, standDownIfOrphaned, { capture: true, passive: true, signal: controller.signal });
  }
  const page = watchComposers(adapter, client, controller.signal);
  // After the composers on the page are adopted: the browser tests take the region as the sign the page is watched.
  prepareAnnouncer();

  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id || !parseTabMessage(message).ok) return undefined;
    page.toggleNudgeFocus();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension context is already gone, and its listeners with it.
      }
    },
    { once: true },
  );
}
