/** Ties an adapter to the shared observer: every composer it finds is watched until it goes away. */
import type { ProtocolClient } from '../protocol';
import { watchComposer } from './composer';
import { observeSelector } from './observe';
import type { SiteAdapter } from './sites/adapter';

export function watchComposers(adapter: SiteAdapter, client: ProtocolClient, signal: AbortSignal): void {
  observeSelector(
    adapter.composerSelector,
    (editor, composerSignal) =>
      watchComposer(editor, { site: adapter.site, client, region: () => adapter.composerRegion(editor) }, composerSignal),
    { signal },
  );
}
