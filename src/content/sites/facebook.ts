/**
 * Facebook (www., web., m.facebook.com). Editors are Lexical: the root carries data-lexical-editor="true".
 * Visible labels are localised and class names obfuscated, so selectors use role and data attributes.
 */
import type { SiteAdapter } from './adapter';

export const FACEBOOK_SELECTORS = {
  /** The Create post dialog's Lexical editor (feed, profile and group pages open the same dialog). */
  editor: 'div[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  dialog: 'div[role="dialog"]',
} as const;

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  composerSelector: FACEBOOK_SELECTORS.editor,
  composerRegion: (editor) => editor.closest<HTMLElement>(FACEBOOK_SELECTORS.dialog) ?? editor,
};
