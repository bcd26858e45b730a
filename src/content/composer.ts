/**
 * Watches one composer: after a pause in typing it reads the draft (never writing to the editor), asks the
 * worker, shows or hides the nudge and highlights the words behind it. Everything it starts stops with its
 * AbortSignal.
 *
 * States: quiet (no nudge) → nudging (card shown; older replies are dropped) → dismissed ("Not now": hidden
 * until the draft raises a category not seen before, or is emptied). While nudging at medium or high severity
 * and not yet acknowledged, a post is paused once to ask "Post anyway?" (PRODUCT.md §5).
 */
import type { Category } from '../engine/types';
import { t } from '../i18n';
import type { ProtocolClient, Site } from '../protocol';
import { rangeFor, readDraftTextInSlices } from './draft';
import { setHighlights } from './highlights';
import { NudgeHost } from './nudge/mount';
import type { VerdictReply } from './nudge/Nudge';
import { leadCategory } from './nudge/Nudge';
import { announce } from './nudge/announce';
import type { ComposerKind } from './sites/adapter';

/** Long enough not to interrupt a typing burst, short enough to feel immediate when the user stops. */
export const DEBOUNCE_MS = 400;

/** "Not today": a serious concern's notes pause for a day rather than switch off. */
export const SNOOZE_MINUTES = 24 * 60;

export interface ComposerOptions {
  site: Site;
  client: ProtocolClient;
  kind: Pick<ComposerKind, 'name' | 'region'> & Partial<ComposerKind>;
}

/** What the pre-send guard needs of a watched composer. */
export interface WatchedComposer {
  editor: HTMLElement;
  kind: Pick<ComposerKind, 'name' | 'region'> & Partial<ComposerKind>;
  /** True while a medium or high nudge is on screen and the user has not answered it. */
  shouldPause(): boolean;
  /** Asks "Post anyway?"; `post` lets the paused post through. */
  pause(post: () => void): void;
  /** The keyboard shortcut: from the editor to its note and back. False when this composer has neither focus. */
  toggleFocus(): boolean;
  /** Reads the draft again after the usual pause (a site may empty a textarea after posting, silently). */
  checkAgain(): void;
}

/**
 * "Raise it with <school>": always the private-message page, with the draft as typed; it shows the school's route,
 * or how to add one. The worker opens it, so the draft never passes through the site's page or an address.
 */
export function openRoute(reply: VerdictReply, draft: string, client: ProtocolClient): void {
  void client.request({ kind: 'raisePrivately', draft, packId: reply.school.packId });
}

/** Composers watched in this page so far: each is named by its number, so its newer draft replaces its older one. */
let composersWatched = 0;

export function watchComposer(editor: HTMLElement, options: ComposerOptions, signal: AbortSignal): WatchedComposer {
  const { client, site, kind } = options;
  const composerId = String(++composersWatched);
  const region = () => kind.region(editor);
  const submitButtons = kind.submitButtons;
  const nudge = new NudgeHost(editor, region, signal, () =>
    submitButtons ? [...region().querySelectorAll(submitButtons)] : [],
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  let lastChecked: string | null = null;
  let inFlight = false;
  let dismissed = new Set<Category>();
  let current: { reply: VerdictReply; draft: string } | null = null;
  let acknowledged = false;
  const highlightOwner = {};

  const quiet = (state: 'quiet' | 'dismissed', length: number): void => {
    current = null;
    setHighlights(highlightOwner, []);
    nudge.hide(state, length);
  };

  const showNudge = (reply: VerdictReply, draft: string): void => {
    current = { reply, draft };
    nudge.show({
      mode: 'nudge',
      reply,
      draft,
      onRaise: () => openRoute(reply, draft, client),
      onEdit: () => editor.focus(),
      onDismiss: () => {
        for (const category of reply.verdict.categories) dismissed.add(category);
        quiet('dismissed', draft.length);
      },
      onMute: (snooze) => {
        const category = leadCategory(reply.verdict.categories);
        if (!category) return;
        for (const each of reply.verdict.categories) dismissed.add(each);
        quiet('dismissed', draft.length);
        editor.focus();
        void client.request({ kind: 'muteCategory', category, ...(snooze ? { minutes: SNOOZE_MINUTES } : {}) }).then((answer) => {
          if (answer.kind === 'done') announce(t(snooze ? 'snoozedNotice' : 'mutedNotice'));
        });
      },
    });
  };

  const check = async (): Promise<void> => {
    timer = undefined;
    const reading = sequence;
    // A pasted essay is read in slices; an edit meanwhile makes the reading moot (the edit schedules another).
    const read = await readDraftTextInSlices(editor, () => reading !== sequence || signal.aborted);
    if (!read || reading !== sequence || signal.aborted) return;
    const { text: draft, segments } = read;
    if (draft === lastChecked) return;
    lastChecked = draft;
    acknowledged = false;
    const mine = ++sequence;
    if (draft.trim() === '') {
      dismissed = new Set();
      quiet('quiet', draft.length);
      return;
    }
    inFlight = true;
    const reply = await client.analyze(draft, site, composerId).finally(() => {
      inFlight = false;
    });
    // A newer draft was sent meanwhile, or the composer went away: this answer is stale.
    if (mine !== sequence || signal.aborted) return;
    // An error leaves the page as it was; the next pause asks again.
    if (reply.kind !== 'verdict') return;
    const { verdict } = reply;
    const fresh = verdict.categories.filter((category) => !dismissed.has(category));
    if (!verdict.nudge || fresh.length === 0) {
      quiet(verdict.nudge ? 'dismissed' : 'quiet', draft.length);
      return;
    }
    dismissed = new Set([...dismissed].filter((category) => verdict.categories.includes(category)));
    const ranges = verdict.findings
      .map((finding) => rangeFor(segments, finding.span.start, finding.span.end))
      .filter((range): range is Range => range !== null);
    setHighlights(highlightOwner, ranges);
    showNudge(reply, draft);
  };

  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    // Any edit makes an answer still on its way an answer about an older draft: it is dropped, and the next
    // pause asks again even if the text came back to what was asked about.
    if (inFlight) lastChecked = null;
    sequence++;
    // The ranges may no longer match the text being edited; the next verdict draws them again.
    setHighlights(highlightOwner, []);
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
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      setHighlights(highlightOwner, []);
    },
    { once: true },
  );
  // A composer may open with text already in it (a draft restored by the site, or one re-rendered by it).
  schedule();

  return {
    editor,
    kind,
    shouldPause: () =>
      !acknowledged &&
      current !== null &&
      nudge.visible &&
      (current.reply.verdict.severity === 'medium' || current.reply.verdict.severity === 'high'),
    checkAgain: () => schedule(),
    toggleFocus: () => {
      if (nudge.hasFocus) {
        editor.focus();
        return true;
      }
      const active = document.activeElement;
      return active !== null && (editor === active || editor.contains(active)) && nudge.focusCard();
    },
    pause: (post) => {
      if (!current) return post();
      const { reply, draft } = current;
      const resume = (then: () => void): void => {
        showNudge(reply, draft);
        then();
      };
      nudge.show({
        mode: 'presend',
        reply,
        draft,
        onRaise: () => resume(() => openRoute(reply, draft, client)),
        onEdit: () => resume(() => editor.focus()),
        onDismiss: () => resume(() => editor.focus()),
        onPostAnyway: () => {
          acknowledged = true;
          showNudge(reply, draft);
          post();
        },
      });
    },
  };
}
