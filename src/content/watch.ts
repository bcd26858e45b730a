/**
 * Ties a site adapter to the shared observer: every composer it finds is watched, and guarded before posting,
 * until it goes away.
 */
import type { ProtocolClient } from '../protocol';
import { watchComposer } from './composer';
import { observeSelector } from './observe';
import { PreSendGuard } from './presend';
import type { SiteAdapter } from './sites/adapter';
import { classify } from './sites/adapter';

export function watchComposers(adapter: SiteAdapter, client: ProtocolClient, signal: AbortSignal): void {
  const guard = new PreSendGuard(signal);
  observeSelector(
    adapter.candidates,
    (editor, composerSignal) => {
      const kind = classify(adapter, editor);
      if (!kind) return;
      const composer = watchComposer(editor, { site: adapter.site, client, kind }, composerSignal);
      guard.add(composer, composerSignal);
    },
    { signal },
  );
}
