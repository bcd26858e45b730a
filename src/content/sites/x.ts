/**
 * X (x.com, twitter.com, mobile.x.com). Selectors prefer data-testid and role: X's visible labels are
 * localised and its class names are generated.
 */
import type { SiteAdapter } from './adapter';
import { closestHolding } from './adapter';

export const X_SELECTORS = {
  /** Home timeline composer, /compose/post dialog, replies and thread boxes: the Draft.js contenteditable
   * carries data-testid="tweetTextarea_0" (_1, _2 … for the further boxes of a thread). */
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** "Post" inline on the home timeline and "Post" in the /compose/post dialog. */
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
} as const;

export const xAdapter: SiteAdapter = {
  site: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  composerSelector: X_SELECTORS.editor,
  composerRegion: (editor) => closestHolding(editor, X_SELECTORS.postButton) ?? editor,
};
