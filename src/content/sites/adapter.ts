/** What one site contributes: where its composers are and how the nudge sits beside them. */
import type { Site } from '../../protocol';

export interface SiteAdapter {
  site: Site;
  /** Host names this adapter serves. */
  hosts: readonly string[];
  /** Matches each editable composer: a contenteditable editor root or a textarea. */
  composerSelector: string;
  /**
   * The composer with its toolbar and post button: the nudge is placed beside this region, never over it.
   * Falls back to the editor itself.
   */
  composerRegion(editor: HTMLElement): HTMLElement;
}

/** Walks up from the editor to the closest ancestor that also holds `selector` (e.g. the post button). */
export function closestHolding(editor: HTMLElement, selector: string, maxDepth = 12): HTMLElement | null {
  let node: HTMLElement | null = editor.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}
