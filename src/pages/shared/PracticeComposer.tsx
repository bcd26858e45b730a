/**
 * A composer inside the extension where anyone can try a draft and see the same nudge as on X and Facebook.
 * Content scripts do not run on extension pages, so it watches its own textarea with the content side's
 * watchComposer and asks the worker directly. The card goes in the page's flow below the box, never over the draft
 * (a phone is narrower than the card beside a box). A mirror of the textarea's text lies over it, so the words
 * behind a note are highlighted as they are in X's and Facebook's editors.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { watchComposer } from '../../content/composer';
import { mirrorTextarea } from '../../content/textarea-mirror';
import { t } from '../../i18n';
import { ProtocolClient } from '../../protocol';

const client = new ProtocolClient((request) => browser.runtime.sendMessage(request));

export function PracticeComposer({ id, label, children }: { id: string; label: string; children?: ComponentChildren }) {
  const composer = useRef<HTMLTextAreaElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const slot = useRef<HTMLDivElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = composer.current;
    const box = region.current;
    const place = slot.current;
    const copy = mirror.current;
    if (!editor || !box || !place || !copy) return;
    const controller = new AbortController();
    mirrorTextarea(editor, copy, controller.signal);
    const kind = { name: 'practice', region: () => box, slot: () => place };
    watchComposer(editor, { site: 'practice', client, kind }, controller.signal);
    return () => controller.abort();
  }, []);
  return (
    <div class="panel" ref={region}>
      <label for={id}>{label}</label>
      <div class="field">
        <textarea id={id} ref={composer} placeholder={t('composerPlaceholder')} spellcheck />
        <div class="mirror" ref={mirror} />
      </div>
      <div class="row">
        <span class="hint">{t('composerHint')}</span>
        {children}
      </div>
      <div ref={slot} />
    </div>
  );
}
