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
  const page = watchComposers(adapter, client, controller.signal);
  prepareAnnouncer();

  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id || !parseTabMessage(message).ok) return undefined;
    page.toggleNudgeFocus();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
