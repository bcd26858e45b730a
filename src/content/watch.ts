/**
 * Ties a site adapter to the shared observer: every composer it finds is watched, and guarded before posting,
 * until it goes away.
 */
import type { ProtocolClient } from '../protocol';
import type { WatchedComposer } from './composer';
import { watchComposer } from './composer';
import { observeSelector } from './observe';
import { PreSendGuard } from './presend';
import type { SiteAdapter } from './sites/adapter';
import { classify } from './sites/adapter';

export interface WatchedPage {
  /** The keyboard shortcut: from the focused post to its note, or from a note back to its post. */
  toggleNudgeFocus(): void;
}

export function watchComposers(adapter: SiteAdapter, client: ProtocolClient, signal: AbortSignal): WatchedPage {
  const guard = new PreSendGuard(signal);
  const composers = new Set<WatchedComposer>();
  // Asked for as each note is announced: the shortcut may have been changed since this page loaded.
  const shortcut = (): Promise<string | null> => client.noteShortcut();
  observeSelector(
    adapter.candidates,
    (editor, composerSignal) => {
      const adopt = (): boolean => {
        const kind = classify(adapter, editor);
        if (!kind) return false;
        const composer = watchComposer(editor, { site: adapter.site, client, kind, shortcut }, composerSignal);
        guard.add(composer, composerSignal);
        composers.add(composer);
        composerSignal.addEventListener('abort', () => composers.delete(composer), { once: true });
        return true;
      };
      if (adopt()) return;
      // An editor can appear before what tells its kind (a dialog's Post button, a comment box's label): it is told
      // again whenever it is focused, which comes before any typing. A chat box stays unmatched, at each focus.
      const told = new AbortController();
      editor.addEventListener('focusin', () => adopt() && told.abort(), { signal: AbortSignal.any([composerSignal, told.signal]) });
    },
    { signal },
  );
  return {
    toggleNudgeFocus: () => {
      for (const composer of composers) if (composer.toggleFocus()) return;
    },
  };
}
