/**
 * Facebook (www., web., m.facebook.com). Editors are Lexical: the root carries data-lexical-editor="true";
 * m.facebook.com uses textareas in forms. Visible labels are localised and class names obfuscated, so
 * selectors use role and data attributes, with the English aria-labels the issue tracker documents where
 * nothing structural tells a comment box from a chat box.
 */
import type { ComposerKind, SiteAdapter } from './adapter';
import { closestHolding } from './adapter';

export const FACEBOOK_SELECTORS = {
  lexicalEditor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  dialog: 'div[role="dialog"]',
  /** The Create post dialog's Post button (feed, profile and group pages open the same dialog). */
  postButton: 'div[aria-label="Post"][role="button"]',
  /** Comment and reply boxes under posts: "Write a comment…", "Write a public comment…", "Write a reply…",
   * "Comment as …", "Reply as …". Messenger's chat boxes are also Lexical and are deliberately not matched. */
  commentLabel: /^(write a (public )?(comment|reply)|comment as|reply (as|to))\b/i,
  /** m.facebook.com's composer and comment forms. */
  mobileTextarea: 'form textarea',
  mobileSubmit: 'button[type="submit"], input[type="submit"]',
} as const;

const createPost: ComposerKind = {
  name: 'create-post',
  matches: (editor) =>
    editor.matches(FACEBOOK_SELECTORS.lexicalEditor) &&
    editor.closest(FACEBOOK_SELECTORS.dialog)?.querySelector(FACEBOOK_SELECTORS.postButton) != null,
  region: (editor) => editor.closest<HTMLElement>(FACEBOOK_SELECTORS.dialog) ?? editor,
  submitButtons: FACEBOOK_SELECTORS.postButton,
};

const comment: ComposerKind = {
  name: 'comment',
  matches: (editor) =>
    editor.matches(FACEBOOK_SELECTORS.lexicalEditor) &&
    FACEBOOK_SELECTORS.commentLabel.test(editor.getAttribute('aria-label') ?? ''),
  // The comment box's own row: the nudge goes below it, not over the comments above.
  region: (editor) => editor.parentElement ?? editor,
  submitKey: 'enter',
};

const mobileTextarea: ComposerKind = {
  name: 'mobile-textarea',
  matches: (editor) => editor instanceof HTMLTextAreaElement && editor.matches(FACEBOOK_SELECTORS.mobileTextarea),
  region: (editor) =>
    closestHolding(editor, FACEBOOK_SELECTORS.mobileSubmit) ?? editor.closest<HTMLElement>('form') ?? editor,
  submitsForm: true,
};

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  candidates: `${FACEBOOK_SELECTORS.lexicalEditor}, ${FACEBOOK_SELECTORS.mobileTextarea}`,
  kinds: [createPost, comment, mobileTextarea],
};
