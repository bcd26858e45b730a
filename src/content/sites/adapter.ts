/**
 * What one site contributes: which editable elements are composers, what kind each is, where its post buttons
 * are and which key posts it. Everything else (watching, checking, the nudge, the pre-send pause) is shared.
 */
import type { Site } from '../../protocol';

/** The key that posts from inside the editor: Ctrl/Cmd+Enter on X, a plain Enter in Facebook comments. */
export type SubmitKey = 'enter' | 'mod+enter';

export interface ComposerKind {
  /** What the composer is, for tests and debugging: "post", "reply", "comment". */
  name: string;
  /** Whether an editable element found by the site's `candidates` selector is this kind of composer. */
  matches(editor: HTMLElement): boolean;
  /**
   * The composer with its toolbar and post button: the nudge sits beside this region, never over it, and post
   * buttons are looked for inside it.
   */
  region(editor: HTMLElement): HTMLElement;
  /**
   * Where the card goes in the page's own flow, instead of floating beside the region: the extension's own pages,
   * whose layout is ours, give a place below the draft, so the card pushes the page down rather than cover it.
   */
  slot?(editor: HTMLElement): HTMLElement;
  /** The site's buttons that post this composer's draft. */
  submitButtons?: string;
  /** The key that posts from inside the editor, if any. */
  submitKey?: SubmitKey;
  /** The draft is posted by submitting the form around the editor (m.facebook.com). */
  submitsForm?: boolean;
}

export interface SiteAdapter {
  site: Site;
  /** Host names this adapter serves. */
  hosts: readonly string[];
  /** Every editable element that may be a composer: the one selector the page observer watches. */
  candidates: string;
  /** Tried in order; the first that matches decides. An element no kind matches is left alone. */
  kinds: readonly ComposerKind[];
}

export function classify(adapter: SiteAdapter, editor: HTMLElement): ComposerKind | undefined {
  return adapter.kinds.find((kind) => kind.matches(editor));
}

/**
 * The closest ancestor of the editor that also holds `selector` (e.g. the post button). Looks the buttons up
 * once and walks up comparing, rather than searching each ancestor's subtree, which would re-read the whole
 * editor at every level (slow with a pasted essay in it).
 */
export function closestHolding(editor: HTMLElement, selector: string, maxDepth = 14): HTMLElement | null {
  const buttons = editor.ownerDocument.querySelectorAll(selector);
  if (buttons.length === 0) return null;
  let node: HTMLElement | null = editor.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    for (const button of buttons) if (node.contains(button)) return node;
  }
  return null;
}
