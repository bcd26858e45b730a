/**
 * Watches one composer: after a pause in typing it reads the draft (never writing to the editor), asks the
 * worker, shows or hides the nudge and highlights the words behind it. Everything it starts stops with its
 * AbortSignal.
 *
 * States: quiet (no nudge) → nudging (card shown; older replies are dropped) → dismissed ("Not now": hidden until
 * the draft holds material the user was not shown, a kind of note or words not seen under it, or is emptied; see
 * dismissals.ts); unchecked when no verdict could be had. "Turn off notes about …" (or "Pause …") takes one kind out
 * of this draft's verdicts (turned-off.ts): the note goes on with what remains, saying what was turned off, or, when
 * nothing remains, the card only confirms it. Each kind turned off keeps its "Undo" on the note until the box is
 * emptied (cleared, or posted), and the next kind's own link is offered at once.
 * A verdict counts only once it is answered: one lost on the way (the worker stopped while answering) is asked for
 * again, a few times, and an answer about an older draft is never shown.
 *
 * Pre-send (PRODUCT.md §5) judges the text being posted, at the moment it is posted: a verdict already answered for
 * exactly that text decides at once; otherwise the post is held while the engine is asked. A draft at medium or high
 * severity, not dismissed and not yet acknowledged, is paused once to ask "Post anyway?"; a draft that could not be
 * judged in time asks the same question, saying so, rather than go out unchecked.
 */
import { t } from '../i18n';
import type { ProtocolClient, Site } from '../protocol';
import { Dismissals } from './dismissals';
import { rangeFor, readDraftText, readDraftTextInSlices } from './draft';
import type { TextSegment } from './draft';
import { setHighlights } from './highlights';
import { NUDGE_TAG, NudgeHost } from './nudge/mount';
import { keepNoteInTabOrder } from './tab-order';
import type { VerdictReply } from './nudge/Nudge';
import { leadCategory } from './nudge/Nudge';
import { raisedRoute } from './nudge/raise';
import { mutedNotice, muteRefusal } from './nudge/wording';
import type { TurnedOff } from './nudge/Nudge';
import { pausesPost as severityPauses } from '../engine/types';
import type { Category } from '../engine/types';
import { withoutKinds } from './turned-off';
import { keepCaret } from './caret';
import { announce } from './nudge/announce';
import type { ComposerKind } from './sites/adapter';

/** Long enough not to interrupt a typing burst, short enough to feel immediate when the user stops. */
export const DEBOUNCE_MS = 400;

/**
 * A verdict lost on the way (the worker stopped while answering, or replied with an error) is asked for again after
 * each of these pauses, then given up until the next edit or post: the browser starts a stopped worker again for
 * the next message, so one retry is usually enough. Firefox's background page, though, is still loading when the
 * browser has just started (its messages fail with "Receiving end does not exist" until it listens), which on a busy
 * machine took longer than a second and a quarter: the later, longer pauses cover that.
 */
export const RETRY_DELAYS_MS: readonly number[] = [250, 1_000, 2_000, 4_000];

/**
 * How long a post waits for the verdict on its text before the user is asked instead: far longer than a verdict
 * takes (a waking worker included), short enough that a post is never held for long.
 */
export const PRESEND_WAIT_MS = 5_000;

/** "Pause notes about … for a day": all but the mildest kinds of note pause for 24 hours rather than switch off. */
export const SNOOZE_MINUTES = 24 * 60;

export interface ComposerOptions {
  site: Site;
  client: ProtocolClient;
  kind: Pick<ComposerKind, 'name' | 'region'> & Partial<ComposerKind>;
  /**
   * The keys of the browser's shortcut to the note, asked for as each note is announced. Absent where the shortcut
   * does not reach the note: the extension's own pages, whose note follows the draft in the page.
   */
  shortcut?: () => Promise<string | null>;
}

/** Whether a post may go now, or the user is asked first. */
export type PostDecision = 'pass' | 'pause';

/** What the pre-send guard needs of a watched composer. */
export interface WatchedComposer {
  editor: HTMLElement;
  kind: Pick<ComposerKind, 'name' | 'region'> & Partial<ComposerKind>;
  /**
   * Judges the text in the editor now, as it is being posted: at once when a verdict for exactly that text has been
   * answered, else a promise that settles once the engine has answered (or could not, within PRESEND_WAIT_MS).
   */
  judgeForPosting(): PostDecision | Promise<PostDecision>;
  /** Asks "Post anyway?" about what judgeForPosting last paused on; `post` lets the paused post through. */
  pause(post: () => void): void;
  /** The keyboard shortcut: from the editor to its note and back. False when this composer has neither focus. */
  toggleFocus(): boolean;
  /** Reads the draft again after the usual pause (a site may empty a textarea after posting, silently). */
  checkAgain(): void;
}

/**
 * "Raise it with <school>": always the private-message page, with the draft as typed and where its threats are (the
 * page leaves their sentences out); it shows the school's route, or how to add one. The worker opens it, so the
 * draft never passes through the site's page or an address.
 */
export function openRoute(reply: VerdictReply, draft: string, client: ProtocolClient): void {
  const threats = reply.verdict.findings.filter((finding) => finding.category === 'threat').map(({ span }) => span);
  const packId = reply.school.packId;
  // The route the note named: the school's safeguarding route for a child's welfare, where it has one.
  const { safeguarding } = raisedRoute(reply);
  void client.request({ kind: 'raisePrivately', draft, packId, ...(threats.length > 0 ? { threats } : {}), ...(safeguarding ? { safeguarding } : {}) });
}

/** Composers watched in this page so far: each is named by its number, so its newer draft replaces its older one. */
let composersWatched = 0;

/** When this page last asked the worker to ready the engine; a stopped worker forgets, so it is asked again later. */
let lastWarm = -Infinity;
const WARM_EVERY_MS = 20_000;

export function watchComposer(editor: HTMLElement, options: ComposerOptions, signal: AbortSignal): WatchedComposer {
  const { client, site, kind } = options;
  // The practice pages say "nothing is posted": nothing there may change a real setting either.
  const offersMute = site !== 'practice';
  // Focusing a composer is the sign a draft is coming: the worker readies the engine while the user starts typing.
  editor.addEventListener(
    'focusin',
    () => {
      const now = Date.now();
      if (now - lastWarm < WARM_EVERY_MS) return;
      lastWarm = now;
      void client.warm();
    },
    { signal },
  );
  const composerId = String(++composersWatched);
  const region = () => kind.region(editor);
  const submitButtons = kind.submitButtons;
  const slot = kind.slot;
  const nudge = new NudgeHost(
    editor,
    region,
    signal,
    () => (submitButtons ? [...region().querySelectorAll(submitButtons)] : []),
    slot && (() => slot(editor)),
    options.shortcut,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every edit: a reading or an answer begun before it is about an older draft. */
  let sequence = 0;
  /** The last verdict answered, and the exact text it judged. Recorded only once answered, never before asking. */
  let judged: { text: string; reply: VerdictReply } | null = null;
  /** That verdict as the worker answered it, before the kinds turned off here were taken out: what "Undo" brings back. */
  let answered: { text: string; reply: VerdictReply } | null = null;
  /** The request on its way, shared by the debounced check and pre-send when they ask about the same text. */
  let asking: { text: string; answer: Promise<VerdictReply | null> } | null = null;
  /** What "Not now" set aside in this draft: the words it was shown, by kind of note. */
  const dismissed = new Dismissals();
  /**
   * The draft whose "Turn off notes about …" (or "Pause …") the worker refused, and why: its note says so, and it is
   * not set aside, since nothing was turned off.
   */
  let muteRefused: { text: string; reason: 'locked' | 'failed' } | null = null;
  /**
   * Kinds of note turned off (or paused) from this composer's card since the box was last empty: taken out of every
   * verdict here at once, without waiting for the worker to have read the change.
   */
  const turnedOff = new Set<Category>();
  /** The same kinds, in the order turned off, each with its "Undo": listed on the note until the box is emptied. */
  let undoable: TurnedOff[] = [];
  /** Kinds whose "Turn off" is on its way to the worker: a second click meanwhile (a double-click) is not a second one. */
  const turningOff = new Set<Category>();
  /** The note on screen, and the draft it is about; null while no note is (quiet, set aside, or another card). */
  let onScreen: { reply: VerdictReply; draft: string } | null = null;
  /** The text "Post anyway" was chosen for: that exact draft is not paused again. */
  let acknowledged: string | null = null;
  /**
   * The text "Not now" set aside on the question about a draft that could not be checked: it goes while still
   * unjudged, and is asked about as any other once a verdict comes (the user declined only "could not be checked").
   */
  let uncheckedSetAside: string | null = null;
  /** What pre-send last decided to pause on: a verdict, or a draft that could not be judged in time. */
  let question: { text: string; reply: VerdictReply | null } | null = null;
  /** The text of the "Post anyway?" question on screen; a verdict for that text does not replace the question. */
  let questionOpen: string | null = null;
  /**
   * Whether "Post anyway?" has asked about a draft held until posting (`Verdict.onPost`): from then on, until the box
   * is emptied, such verdicts are shown while typing, as the user now knows of them.
   */
  let heldAsked = false;
  const highlightOwner = {};
  /** Puts the user back in their post with the caret where they left it (caret.ts). */
  const caret = keepCaret(editor, signal);
  // Beside a site's composer, the note is in the keyboard's path right after the post (tab-order.ts).
  if (!slot) keepNoteInTabOrder(editor, () => nudge.tabStops(), () => caret.back(), (element) => element.localName === NUDGE_TAG, signal);

  const quiet = (state: 'quiet' | 'dismissed' | 'unchecked', length: number): void => {
    onScreen = null;
    setHighlights(highlightOwner, []);
    nudge.hide(state, length);
  };

  /** Highlights the words behind `verdict` in the post, when it still holds `draft`. */
  const highlightFor = (reply: VerdictReply, draft: string): void => {
    const now = readDraftText(editor);
    if (now.text !== draft) return setHighlights(highlightOwner, []);
    const ranges = reply.verdict.findings
      .map((finding) => rangeFor(now.segments, finding.span.start, finding.span.end))
      .filter((range): range is Range => range !== null);
    setHighlights(highlightOwner, ranges);
  };

  /** Shows the note: with `just`, the kind turned off just now (said first; with `byKeyboard`, its "Undo" takes focus). */
  const showNudge = (reply: VerdictReply, draft: string, just?: { category: Category; byKeyboard: boolean }): void => {
    questionOpen = null;
    onScreen = { reply, draft };
    const listed = undoable.map((entry) => (entry.category === just?.category ? { ...entry, justNow: true, takeFocus: just.byKeyboard } : entry));
    nudge.show({
      mode: 'nudge',
      reply,
      draft,
      onRaise: () => openRoute(reply, draft, client),
      onEdit: () => caret.back(),
      onDismiss: () => {
        dismissed.add(reply.verdict, draft);
        quiet('dismissed', draft.length);
        // Back to the post, as "Edit my post" and Escape do: the card that held focus is gone.
        caret.back();
      },
      ...(muteRefused?.text === draft ? { muteRefused: muteRefused.reason } : {}),
      ...(listed.length > 0 ? { turnedOff: listed } : {}),
      // `byKeyboard`: the link was pressed with a key (a click the browser made, with no mouse button count), so focus
      // stays in the note, on its "Undo"; a mouse click goes back to the post, as the card's other actions do.
      ...(offersMute ? { onMute: (snooze: boolean, byKeyboard: boolean) => turnOff(reply, draft, snooze, byKeyboard) } : {}),
    });
  };

  /**
   * "Turn off notes about …" (or "Pause …") on the note about `draft`: asks the worker, then shows what remains of the
   * note without that kind, saying what was turned off, with "Undo"; when nothing remains, only that confirmation.
   */
  const turnOff = (reply: VerdictReply, draft: string, snooze: boolean, byKeyboard: boolean): void => {
    const category = leadCategory(reply.verdict.categories);
    if (!category || turnedOff.has(category) || turningOff.has(category)) return;
    turningOff.add(category);
    const { role } = reply.school;
    const until = snooze ? Date.now() + SNOOZE_MINUTES * 60_000 : null;
    // The note stays until the worker has answered: a refusal (a policy that arrived after the note was drawn)
    // must not leave the draft quiet as if the kind had been turned off, to post with no question.
    void client.request({ kind: 'muteCategory', category, ...(snooze ? { minutes: SNOOZE_MINUTES } : {}) }).then((answer) => {
      turningOff.delete(category);
      if (signal.aborted) return;
      if (answer.kind !== 'done') {
        const reason = answer.kind === 'locked' ? 'locked' : 'failed';
        muteRefused = { text: draft, reason };
        // Said on the note where the user clicked, if that note is still on screen: the same draft, not set aside
        // ("Not now") nor replaced by the "Post anyway?" question meanwhile.
        if (questionOpen === null && dismissed.holdsNew(reply.verdict, draft) && readDraftText(editor).text === draft) {
          showNudge(reply, draft);
          // The link gave way to the line: focus goes back to the post, as after the card's other actions.
          if (reason === 'locked') caret.back();
        }
        announce(muteRefusal(reason));
        return;
      }
      muteRefused = null;
      turnedOff.add(category);
      // This draft's verdict loses that kind, and only that kind: what remains is still shown, and asked about.
      const rest = withoutKinds(reply, turnedOff);
      if (judged?.text === draft) judged = { text: draft, reply: withoutKinds(judged.reply, turnedOff) };
      const entry: TurnedOff = { category, until, onUndo: () => undo(category) };
      undoable = [...undoable.filter((earlier) => earlier.category !== category), entry];
      if (!byKeyboard) caret.back();
      if (rest.verdict.nudge && dismissed.holdsNew(rest.verdict, draft)) {
        highlightFor(rest, draft);
        showNudge(rest, draft, { category, byKeyboard });
        return;
      }
      onScreen = null;
      setHighlights(highlightOwner, []);
      nudge.show({
        mode: 'muted',
        category,
        until,
        role,
        draft,
        takeFocus: byKeyboard,
        earlier: undoable.filter((earlier) => earlier !== entry),
        onClose: () => {
          quiet('quiet', draft.length);
          caret.back();
        },
        onUndo: entry.onUndo,
      });
      // Said on the card, not only to a screen reader: one click switched a kind of note off.
      announce(mutedNotice(category, until, role));
    });
  };

  /**
   * "Undo" beside a kind turned off from the note: turns it back on, and the note shows it again. For the draft the
   * worker answered before it was turned off, at once; otherwise (a draft changed since, which the worker judged
   * without it) the draft is judged afresh, and the note meanwhile loses that kind's line.
   */
  const undo = (category: Category): void => {
    void client.request({ kind: 'unmuteCategory', category }).then((undone) => {
      if (undone.kind !== 'done' || signal.aborted) return;
      turnedOff.delete(category);
      undoable = undoable.filter((entry) => entry.category !== category);
      const draft = readDraftText(editor).text;
      if (answered?.text === draft && answered.reply.verdict.categories.includes(category)) {
        const back = withoutKinds(answered.reply, turnedOff);
        judged = { text: draft, reply: back };
        highlightFor(back, draft);
        showNudge(back, draft);
      } else {
        judged = null;
        if (onScreen) showNudge(onScreen.reply, onScreen.draft);
        schedule();
      }
      announce(t('unmutedNotice'));
      caret.back();
    });
  };

  /** One request for `text`; the answer is recorded as judged only when it is a verdict. */
  const askOnce = (text: string): Promise<VerdictReply | null> => {
    if (asking?.text === text) return asking.answer;
    const answer = client.analyze(text, site, composerId).then((answer) => {
      if (answer.kind !== 'verdict') return null;
      const reply = withoutKinds(answer, turnedOff);
      answered = { text, reply: answer };
      judged = { text, reply };
      return reply;
    });
    const entry = { text, answer };
    asking = entry;
    void answer.finally(() => {
      if (asking === entry) asking = null;
    });
    return answer;
  };

  /** Asks until answered: once, then again after each of RETRY_DELAYS_MS while `wanted()` still holds. */
  const judge = async (text: string, wanted: () => boolean): Promise<VerdictReply | null> => {
    for (const delay of [...RETRY_DELAYS_MS, null]) {
      const reply = await askOnce(text);
      if (reply || delay === null || signal.aborted || !wanted()) return reply;
      await waitFor(delay, signal);
      if (signal.aborted || !wanted()) return null;
    }
    return null;
  };

  /**
   * Shows what `reply` says about `draft`, highlighting its words through `segments` (empty for a textarea). A verdict
   * held until posting (`Verdict.onPost`: a short draft only the model found, short of sure, most often the start of
   * a message) is shown only when `posting`.
   */
  const display = (reply: VerdictReply, draft: string, segments: readonly TextSegment[], posting = false): void => {
    const { verdict } = reply;
    const held = verdict.onPost === true && !posting && !heldAsked;
    if (!verdict.nudge || held || !dismissed.holdsNew(verdict, draft)) {
      if (questionOpen !== draft) quiet(verdict.nudge && !held ? 'dismissed' : 'quiet', draft.length);
      return;
    }
    const ranges = verdict.findings
      .map((finding) => rangeFor(segments, finding.span.start, finding.span.end))
      .filter((range): range is Range => range !== null);
    setHighlights(highlightOwner, ranges);
    // The question asked about this very draft stays until the user answers it.
    if (questionOpen !== draft) showNudge(reply, draft);
  };

  const check = async (): Promise<void> => {
    timer = undefined;
    const reading = sequence;
    const stale = (): boolean => reading !== sequence || signal.aborted;
    // A pasted essay is read in slices; an edit meanwhile makes the reading moot (the edit schedules another).
    const read = await readDraftTextInSlices(editor, stale);
    if (!read || stale()) return;
    const { text: draft, segments } = read;
    if (draft.trim() === '') {
      // A fresh start: the next draft is asked about afresh (settings may have changed since), even if it is the same.
      judged = null;
      answered = null;
      dismissed.clear();
      acknowledged = null;
      uncheckedSetAside = null;
      heldAsked = false;
      muteRefused = null;
      turnedOff.clear();
      undoable = [];
      quiet('quiet', draft.length);
      return;
    }
    const reply = judged?.text === draft ? judged.reply : await judge(draft, () => !stale());
    // A newer edit was made meanwhile (its own check is coming), or the composer went away: this answer is stale.
    if (stale()) return;
    // Asked and asked again without an answer: say so rather than keep showing an older draft's verdict.
    if (!reply) {
      if (questionOpen !== draft) quiet('unchecked', draft.length);
      return;
    }
    display(reply, draft, segments);
  };

  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    sequence++;
    // The ranges may no longer match the text being edited; the next verdict draws them again.
    setHighlights(highlightOwner, []);
    timer = setTimeout(() => void check(), DEBOUNCE_MS);
  };

  /** Whether posting `draft` is paused, by what `reply` says of it. */
  const pausesPost = (reply: VerdictReply, draft: string): boolean => {
    const { verdict } = reply;
    return (
      verdict.nudge &&
      severityPauses(verdict.severity) &&
      dismissed.holdsNew(verdict, draft) &&
      acknowledged !== draft
    );
  };

  const decide = (draft: string, reply: VerdictReply | null): PostDecision => {
    if (reply && !pausesPost(reply, draft)) return 'pass';
    // Unjudged, once acknowledged or set aside, goes too: "Post anyway" lets exactly that draft through.
    if (!reply && (acknowledged === draft || uncheckedSetAside === draft)) return 'pass';
    question = { text: draft, reply };
    return 'pause';
  };

  /** The post waits for a verdict on the text it posts; if the user edits meanwhile, the new text is judged. */
  const judgeHeld = async (first: string): Promise<PostDecision> => {
    const deadline = new AbortController();
    const timeout = setTimeout(() => deadline.abort(), PRESEND_WAIT_MS);
    const outOfTime = new Promise<null>((resolve) => deadline.signal.addEventListener('abort', () => resolve(null)));
    try {
      let draft = first;
      for (;;) {
        const reply = await Promise.race([judge(draft, () => !deadline.signal.aborted), outOfTime]);
        // The composer went away, or the extension with it: the post goes as if it had never been there.
        if (signal.aborted) return 'pass';
        const now = readDraftText(editor);
        if (now.text.trim() === '') return 'pass';
        if (!reply) return decide(now.text, null);
        if (now.text === draft) {
          display(reply, draft, now.segments, true);
          return decide(draft, reply);
        }
        // Edited while the post waited: what goes now is the new text, so that is what is judged.
        draft = now.text;
      }
    } finally {
      clearTimeout(timeout);
    }
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
    judgeForPosting: () => {
      const { text: draft, segments } = readDraftText(editor);
      if (draft.trim() === '') return 'pass';
      if (judged?.text === draft) {
        // Held while typing: the words are shown now, as for a draft judged on the way to posting.
        if (judged.reply.verdict.onPost) display(judged.reply, draft, segments, true);
        return decide(draft, judged.reply);
      }
      return judgeHeld(draft);
    },
    checkAgain: () => schedule(),
    toggleFocus: () => {
      if (nudge.hasFocus) {
        caret.back();
        return true;
      }
      const active = document.activeElement;
      return active !== null && (editor === active || editor.contains(active)) && nudge.focusCard();
    },
    pause: (post) => {
      const asked = question;
      if (!asked) return post();
      const { text: draft, reply } = asked;
      questionOpen = draft;
      if (!reply) {
        // Nothing could be judged: the user decides, knowing that.
        const close = (): void => {
          questionOpen = null;
          quiet('unchecked', draft.length);
        };
        nudge.show({
          mode: 'unchecked',
          draft,
          onEdit: () => {
            close();
            caret.back();
            // Try again now, rather than at the next edit.
            schedule();
          },
          onPostAnyway: () => {
            acknowledged = draft;
            close();
            post();
          },
          // Set aside, as "Not now" on a note: back in the post, and this draft goes when posted as it stands while it
          // still cannot be checked (a verdict that comes meanwhile is asked about as any other).
          onDismiss: () => {
            uncheckedSetAside = draft;
            close();
            caret.back();
          },
        });
        return;
      }
      if (reply.verdict.onPost) heldAsked = true;
      const resume = (then: () => void): void => {
        showNudge(reply, draft);
        then();
      };
      nudge.show({
        mode: 'presend',
        reply,
        draft,
        onRaise: () => resume(() => openRoute(reply, draft, client)),
        onEdit: () => resume(() => caret.back()),
        // As "Not now" on the note: set aside until the draft holds something new, so the next post goes.
        onDismiss: () => {
          questionOpen = null;
          dismissed.add(reply.verdict, draft);
          quiet('dismissed', draft.length);
          caret.back();
        },
        onPostAnyway: () => {
          acknowledged = draft;
          showNudge(reply, draft);
          post();
        },
      });
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
