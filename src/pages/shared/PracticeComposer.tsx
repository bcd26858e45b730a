/**
 * A composer inside the extension where anyone can try a draft and see the same nudge as on X and Facebook.
 * Content scripts do not run on extension pages, so it watches its own textarea with the content side's
 * watchComposer and asks the worker directly. The card goes in the page's flow below the box, never over the draft
 * (a phone is narrower than the card beside a box).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { watchComposer } from '../../content/composer';
import { t } from '../../i18n';
import { ProtocolClient } from '../../protocol';

const client = new ProtocolClient((request) => browser.runtime.sendMessage(request));

export function PracticeComposer({ id, label, children }: { id: string; label: string; children?: ComponentChildren }) {
  const composer = useRef<HTMLTextAreaElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = composer.current;
    const box = region.current;
    const place = slot.current;
    if (!editor || !box || !place) return;
    const controller = new AbortController();
    const kind = { name: 'practice', region: () => box, slot: () => place };
    watchComposer(editor, { site: 'practice', client, kind }, controller.signal);
    return () => controller.abort();
  }, []);
  return (
    <div class="panel" ref={region}>
      <label for={id}>{label}</label>
      <textarea id={id} ref={composer} placeholder={t('composerPlaceholder')} spellcheck />
      <div class="row">
        <span class="hint">{t('composerHint')}</span>
        {children}
      </div>
      <div ref={slot} />
    </div>
  );
}
