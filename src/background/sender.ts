/**
 * Who may ask the worker: Second Thought's own content scripts and pages, nobody else (PRODUCT.md §9).
 *
 * Web pages and other extensions cannot reach runtime.onMessage (they would need onMessageExternal, which the
 * worker does not listen to, and the manifest declares no `externally_connectable`); this check is the second wall
 * behind that one. The browser, not the sender, fills in `sender.id`, so it cannot be forged by page script.
 */
import type { Runtime } from 'webextension-polyfill';

/**
 * Whether a message comes from this extension. `ownId` is `runtime.id`; when it is missing (the extension context
 * is gone) nothing is trusted, rather than two missing ids comparing equal.
 */
export function isOwnSender(sender: Pick<Runtime.MessageSender, 'id'> | undefined, ownId: string | undefined): boolean {
  return typeof ownId === 'string' && ownId.length > 0 && sender?.id === ownId;
}
