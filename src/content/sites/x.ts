/**
 * X (x.com, twitter.com, mobile.x.com). Selectors prefer data-testid and role: X's visible labels are
 * localised and its class names are generated.
 */
import type { ComposerKind, SiteAdapter } from './adapter';
import { closestHolding } from './adapter';

export const X_SELECTORS = {
  /**
   * Every post box: the home composer, the /compose/post dialog, inline replies on a post's page, the reply
   * dialog, quote posts and the further boxes of a thread (tweetTextarea_1, _2 …) are Draft.js editors whose
   * contenteditable carries the data-testid; the narrow layout puts a <textarea> inside an element carrying it.
   */
  draftEditor: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  narrowTextarea: '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]',
  /** "Post"/"Reply" inline (home timeline, a post's page) and in the /compose/post and reply dialogs. */
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
} as const;

const region = (editor: HTMLElement): HTMLElement => closestHolding(editor, X_SELECTORS.postButton) ?? editor;

const post: ComposerKind = {
  name: 'post',
  matches: (editor) => editor.matches(X_SELECTORS.draftEditor),
  region,
  submitButtons: X_SELECTORS.postButton,
  submitKey: 'mod+enter',
};

const narrowPost: ComposerKind = {
  name: 'narrow-post',
  matches: (editor) => editor.matches(X_SELECTORS.narrowTextarea),
  region,
  submitButtons: X_SELECTORS.postButton,
  submitKey: 'mod+enter',
};

export const xAdapter: SiteAdapter = {
  site: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  candidates: `${X_SELECTORS.draftEditor}, ${X_SELECTORS.narrowTextarea}`,
  kinds: [post, narrowPost],
};
