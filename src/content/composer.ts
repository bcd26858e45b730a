/**
 * Watches one composer: after a pause in typing it reads the draft (never writing to the editor), asks the
 * worker, and shows or hides the nudge. Everything it starts stops with its AbortSignal.
 *
 * States: idle (no nudge) → checking (a request in flight; older replies are dropped) → nudging (card shown)
 * → dismissed ("Not now": hidden until the draft raises a category not seen before, or is emptied).
 */
import type { Category } from '../engine/types';
import type { ProtocolClient, Site } from '../protocol';
import { readDraft } from './draft';
import { NudgeHost } from './nudge/mount';
import type { VerdictReply } from './nudge/Nudge';

/** Long enough not to interrupt a typing burst, short enough to feel immediate when the user stops. */
export const DEBOUNCE_MS = 400;

export interface ComposerOptions {
  site: Site;
  client: ProtocolClient;
  /** The composer with its buttons, which the nudge must sit beside rather than cover. */
  region: () => HTMLElement;
}

export function openRoute(reply: VerdictReply, draft: string, client: ProtocolClient): void {
  const { school } = reply;
  const route = school.route;
  if (school.chosen && route.url) {
    window.open(route.url, '_blank', 'noopener,noreferrer');
  } else if (school.chosen && route.email) {
    const subject = encodeURIComponent(`A concern for ${school.name}`);
    const body = encodeURIComponent(draft);
    window.open(`mailto:${route.email}?subject=${subject}&body=${body}`, '_blank', 'noopener,noreferrer');
  } else {
    // No school chosen yet, or no address known: the settings are where the user picks or adds one.
    void client.request({ kind: 'openOptions' });
  }
}

export function watchComposer(editor: HTMLElement, options: ComposerOptions, signal: AbortSignal): void {
  const { client, site } = options;
  const nudge = new NudgeHost(options.region, signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let lastChecked: string | null = null;
  let dismissed = new Set<Category>();

  const check = async (): Promise<void> => {
    timer = undefined;
    const draft = readDraft(editor);
    if (draft === lastChecked) return;
    lastChecked = draft;
    const mine = ++sequence;
    if (draft.trim() === '') {
      dismissed = new Set();
      nudge.hide('quiet', draft.length);
      return;
    }
    const reply = await client.analyze(draft, site);
    // A newer draft was sent meanwhile, or the composer went away: this answer is stale.
    if (mine !== sequence || signal.aborted) return;
    // An error leaves the page as it was; the next pause asks again.
    if (reply.kind !== 'verdict') return;
    const { verdict } = reply;
    const fresh = verdict.categories.filter((category) => !dismissed.has(category));
    if (!verdict.nudge || fresh.length === 0) {
      nudge.hide(verdict.nudge ? 'dismissed' : 'quiet', draft.length);
      return;
    }
    dismissed = new Set([...dismissed].filter((category) => verdict.categories.includes(category)));
    nudge.show({
      reply,
      draft,
      onRaise: () => openRoute(reply, draft, client),
      onEdit: () => editor.focus(),
      onDismiss: () => {
        for (const category of verdict.categories) dismissed.add(category);
        nudge.hide('dismissed', draft.length);
      },
    });
  };

  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void check(), DEBOUNCE_MS);
  };

  if (editor instanceof HTMLTextAreaElement) {
    editor.addEventListener('input', schedule, { signal });
  } else {
    // Draft.js and Lexical handle many keystrokes themselves and may cancel the native input event;
    // a mutation of the editor's own DOM is the one signal every edit produces.
    const observer = new MutationObserver(schedule);
    observer.observe(editor, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  // A composer may open with text already in it (a draft restored by the site).
  schedule();
}
