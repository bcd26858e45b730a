/**
 * The nudge card: what was noticed, the school's own clause, and the better route.
 *
 * It shares the page with the site's own scripts, which can reach into its open shadow root: every control acts on
 * trusted events only (a real click, or a real key on a focused button), never on a script's `click()` or
 * dispatched event, and the clause is only put into the card once the user opens "Why am I seeing this?".
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Category, Finding, Role, Severity } from '../../engine/types';
import type { QuotedClause, Reply, SchoolView } from '../../protocol';
import { t } from '../../i18n';
import { alsoTouchesOn, backOnLater, explanation, headline, muteAction, mutedNotice, muteRefusal, tone, turnedOffLine } from './wording';
import { leadCategory, noteOrder } from './order';
import { raisedRoute, raisePlace } from './raise';
import type { RaisePlace } from './raise';

export { leadCategory, noteOrder };

export type VerdictReply = Extract<Reply, { kind: 'verdict' }>;
export type Theme = 'light' | 'dark';

export interface NudgeProps {
  /** `nudge` while typing; `presend` when a post was paused to ask "Post anyway?". */
  mode: 'nudge' | 'presend';
  reply: VerdictReply;
  draft: string;
  theme: Theme;
  onRaise(): void;
  onEdit(): void;
  onDismiss(): void;
  /** Lets the paused post through (pre-send only). */
  onPostAnyway?: () => void;
  /**
   * Turns the headline's kind of note off ("Turn off notes about public complaints"), or pauses it for a day unless
   * it is a mild one ("Pause notes about … for a day"). Not offered where it cannot work or should not be one click
   * away (see `muteOffer`), nor on the practice pages, where nothing is real.
   */
  onMute?: (snooze: boolean, byKeyboard: boolean) => void;
  /**
   * The kinds of note the user turned off (or paused) from this card since the box was last empty, in that order: the
   * note shows the draft's other concerns, and says what was turned off, each with its "Undo", under the actions
   * (where the link was), until the draft is cleared or posted. The next kind's own link follows them.
   */
  turnedOff?: readonly TurnedOff[];
  /**
   * Where "Raise it with <school>" goes (raise.ts), when the card showing already placed it: the actions keep their
   * order while the note is on screen, so a button does not swap places under the mouse. Worked out afresh otherwise.
   */
  raise?: RaisePlace;
  /**
   * The worker refused that link for this draft: `locked`, the school or trust's policy sets which notes are shown
   * (it arrived after the note was drawn), so the link gives way to a line saying so; `failed`, for another reason,
   * said under the link, which stays to try again.
   */
  muteRefused?: 'locked' | 'failed';
}

/** What "Turn off notes about …" (or "Pause notes about … for a day") just did, and the way back. */
export interface TurnedOff {
  category: Category;
  /** When a pause ends (ms since the epoch); null when the kind was turned off until turned back on. */
  until: number | null;
  /** The link was pressed with a key: focus goes to "Undo", so a keyboard user can reach it. */
  takeFocus?: boolean;
  /** Turned off just now, by this drawing of the note: said before the note, to screen readers too. */
  justNow?: boolean;
  onUndo(): void;
}

/** The question asked when a post could not be judged in time (the engine did not answer). */
export interface UncheckedProps {
  mode: 'unchecked';
  draft: string;
  theme: Theme;
  onEdit(): void;
  onPostAnyway(): void;
  /** "Not now": back in the post; this draft goes when posted as it stands, unless a verdict has come meanwhile. */
  onDismiss(): void;
}

/**
 * What "Turn off notes about …" (or "Pause notes about … for a day") just did, said on the card where the user
 * clicked (not only to a screen reader), with the way back: "Undo" checks that kind of post again.
 */
export interface MutedProps {
  mode: 'muted';
  category: Category;
  /** When a pause ends (ms since the epoch); null when the kind was turned off until turned back on. */
  until: number | null;
  draft: string;
  theme: Theme;
  /** Whose words: a member of staff reads "naming pupils" where a parent reads "naming other families' children". */
  role: Role;
  /** The link was pressed with a key: the confirmation takes focus, on "Undo", so a keyboard user can reach it. */
  takeFocus?: boolean;
  /** Kinds turned off (or paused) from the note before this one, for this draft: each still has its "Undo". */
  earlier?: readonly TurnedOff[];
  onUndo(): void;
  onClose(): void;
}

/**
 * The words behind the findings, quoted from the user's own draft: overlapping spans merged, at most three, those of
 * the headline's category (`lead`) first. A note headed "This could be read as a threat" quotes the threat, not the
 * complaint earlier in the draft.
 */
export function quotedWords(draft: string, findings: readonly Finding[], lead?: Category): string[] {
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const merged: { start: number; end: number; lead: boolean }[] = [];
  for (const { span, category } of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.lead ||= category === lead;
    } else merged.push({ start: span.start, end: span.end, lead: category === lead });
  }
  const ordered = [...merged.filter((span) => span.lead), ...merged.filter((span) => !span.lead)];
  const quotes: string[] = [];
  for (const { start, end } of ordered) {
    const words = draft.slice(start, end).trim();
    if (words && !quotes.includes(words)) quotes.push([...words].length > 60 ? `${[...words].slice(0, 59).join("")}…` : words);
    if (quotes.length === 3) break;
  }
  return quotes;
}

/**
 * Threats and hate are where a second thought matters most: their notes offer no link to turn them off or pause them,
 * so one click cannot stop them being checked. The settings page still has their switches, where the policy allows.
 */
const NEVER_MUTED_FROM_NOTE: readonly Category[] = ['threat', 'hate'];

/**
 * What the link under a note offers for its headline's kind: to turn it off (a mild kind: public complaints, school
 * matters on a personal account), to pause it for a day (a medium or serious kind, never switched off for good in one
 * click from the note), or nothing (threats and hate; or the school or trust's policy sets which categories are
 * checked, so the link could only fail).
 */
export function muteOffer(lead: Category, severity: Severity, categoriesLocked: boolean): 'mute' | 'snooze' | null {
  if (categoriesLocked || NEVER_MUTED_FROM_NOTE.includes(lead)) return null;
  return severity === 'low' ? 'mute' : 'snooze';
}

/**
 * Wraps a control's action so it runs for the user's own click or key only. A key on a focused button reaches it as
 * a click the browser makes, which is trusted; a page script's `element.click()` or `dispatchEvent` is not.
 */
export function trusted<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}

/** "Why am I seeing this?": the clause (and the school's full name) enter the card only once the user opens it. */
function Why({ quote, cite }: { quote: string; cite: string }) {
  const [open, setOpen] = useState(false);
  return (
    // The open state is ours, changed by the user's own click on the summary, so a script cannot unfold it either.
    <details open={open}>
      <summary
        onClick={(event) => {
          event.preventDefault();
          if (event.isTrusted) setOpen(!open);
        }}
      >
        {t('why')}
      </summary>
      {open && (
        <blockquote>
          “{quote}”<cite>{cite}</cite>
        </blockquote>
      )}
    </details>
  );
}

/**
 * Whose words the quote is: the school's policy and where in it, or general guidance, said to be no school's policy
 * (a personal pack's clauses, or STOC's to parents: its policy speaks to its staff and pupils).
 */
export function citation(clause: QuotedClause, school: SchoolView): string {
  if (clause.general) return school.chosen ? t('whyGeneral', school.name) : t('whyGeneralNoSchool');
  return `${clause.school ?? school.name}, ${clause.ref}`;
}

export function Nudge(props: NudgeProps) {
  const { mode, reply, draft, theme, onRaise, onEdit, onDismiss, onPostAnyway, onMute, muteRefused, turnedOff = [] } = props;
  const { verdict, school, clauses } = reply;
  const { role } = school;
  const [lead, ...others] = noteOrder(verdict.categories);
  if (!lead || verdict.severity === 'none') return null;
  const also = alsoTouchesOn(others, role);
  const clause = clauses[lead];
  const leadFinding = verdict.findings.find((finding) => finding.category === lead);
  const words = quotedWords(draft, verdict.findings, lead);
  const presend = mode === 'presend';
  const raise = props.raise ?? raisePlace(lead, reply);
  const raiseButton = (
    <button type="button" class={raise === 'first' ? 'primary' : undefined} data-action="raise" onClick={trusted(onRaise)}>
      {t('actionRaise', school.shortName)}
    </button>
  );
  const editButton = (
    <button type="button" class={raise === 'first' ? undefined : 'primary'} data-action="edit" onClick={trusted(onEdit)}>
      {t('actionEdit')}
    </button>
  );
  const offer = muteOffer(lead, verdict.severity, reply.categoriesLocked || muteRefused === 'locked');
  return (
    <section
      class="card"
      data-mode={mode}
      data-theme={theme}
      data-severity={verdict.severity}
      role={presend ? 'alertdialog' : 'group'}
      // Named by its headline, so that two notes (a thread's boxes) or a list of groups can be told apart.
      aria-label={t(presend ? 'presendCardLabel' : 'nudgeCardLabel', headline(lead, role))}
      onKeyDown={trusted((event) => {
        // Escape goes back to the post, from the note or from the question, and goes no further: in X's Post dialog
        // the site would close the dialog, and the post with it.
        if (event.key === 'Escape') {
          event.stopPropagation();
          onEdit();
        }
        // Beside a site's composer the window's listener moves Tab first (tab-order.ts); in a page's own flow, here.
        else if (presend) keepTabWithin(event);
      })}
    >
      <p class="brand">
        {/* "Better raised privately" only where the note offers to raise it first. */}
        {t('nudgeLabel')} · {tone(raise !== 'first' && verdict.severity === 'medium' ? 'low' : verdict.severity)}
      </p>
      {presend && <p class="headline">{t('presendTitle')}</p>}
      <p class={presend ? 'intro' : 'headline'}>{headline(lead, role)}</p>
      {/* Held until posting (Verdict.onPost): the question is the first the user hears of it; say why. */}
      {presend && verdict.onPost && <p class="intro">{t('presendHeld')}</p>}
      {leadFinding && <p class="intro">{explanation(leadFinding, role)}</p>}
      {also && <p class="also">{also}</p>}
      {words.length > 0 && (
        <p class="noticed">
          {t('noticed')}{' '}
          {words.map((word, index) => (
            <span key={word}>
              {index > 0 && ', '}
              <mark>“{word}”</mark>
            </span>
          ))}
        </p>
      )}
      {clause && <Why quote={clause.quote} cite={citation(clause, school)} />}
      {raise !== 'none' && <p class="route">{school.chosen ? raisedRoute(reply).route.instruction : t('noSchool')}</p>}
      <div class="actions">
        {raise === 'first' ? raiseButton : editButton}
        {raise === 'first' ? editButton : raise === 'second' && raiseButton}
        {presend && (
          <button type="button" data-action="post-anyway" onClick={trusted(() => onPostAnyway?.())}>
            {t('actionPostAnyway')}
          </button>
        )}
        {/* Every note can be set aside, the question too: "Post anyway" keeps its place before it. */}
        <button type="button" data-action="dismiss" onClick={trusted(onDismiss)}>
          {t('actionDismiss')}
        </button>
      </div>
      {/*
        What was turned off takes the link's place, each kind with its "Undo"; the next kind's link comes after them,
        so a second click where the link was lands on words, not on the next link.
      */}
      {!presend && turnedOff.length > 0 && <TurnedOffLines turnedOff={turnedOff} role={role} action="undo" later />}
      {!presend && onMute && offer && (
        <button type="button" class="link" data-action={offer} onClick={trusted((event: MouseEvent) => onMute(offer === 'snooze', event.detail === 0))}>
          {muteAction(lead, offer === 'snooze', role)}
        </button>
      )}
      {/* Said where the user clicked; the composer also says it to screen readers, politely. */}
      {!presend && muteRefused && <p class="refused">{muteRefusal(muteRefused)}</p>}
    </section>
  );
}

/**
 * What was turned off from the note, one line each with its "Undo" (`action`), then, with `later`, where to turn
 * them back on once "Undo" has gone.
 */
function TurnedOffLines(props: { turnedOff: readonly TurnedOff[]; role: Role; action: 'undo' | 'undo-earlier'; later?: boolean }) {
  const { turnedOff, role, action, later } = props;
  return (
    <div class="turned-off">
      {turnedOff.map(({ category, until, onUndo }) => (
        <p key={category}>
          {turnedOffLine(category, until, role)}{' '}
          <button type="button" class="link" data-action={action} data-category={category} onClick={trusted(onUndo)}>
            {t('actionUndo')}
          </button>
        </p>
      ))}
      {later && <p class="later">{backOnLater()}</p>}
    </div>
  );
}

/**
 * A question the post waits on (role alertdialog) keeps Tab within it, as a dialog does: from its last control Tab
 * goes to its first, and Shift+Tab from its first to its last, rather than into the page behind while the post is
 * held. Escape still leaves it (back to the post).
 */
function keepTabWithin(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const card = event.currentTarget as HTMLElement;
  const controls = controlsOf(card);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const root = card.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** The card's controls, in the order Tab visits them. */
function controlsOf(card: HTMLElement): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>('button, summary, a[href]')];
}

/** What the two plain cards are: the confirmation of "Turn off notes about …" (a note), and the unchecked question. */
const PLAIN = {
  muted: { severity: 'low', role: 'group', label: 'nudgeLabel' },
  unchecked: { severity: 'medium', role: 'alertdialog', label: 'presendTitle' },
} as const;

interface Action {
  action: string;
  label: string;
  run(): void;
}

/** A card that says one thing and offers its actions, the first the one to take; Escape takes the `escape` one. */
function PlainCard(props: {
  mode: keyof typeof PLAIN;
  theme: Theme;
  title?: string;
  text: string;
  actions: readonly [Action, ...Action[]];
  escape: () => void;
  /** Said after the actions. */
  after?: ComponentChildren;
}) {
  const { mode, theme, title, text, actions, escape, after } = props;
  const { severity, role, label } = PLAIN[mode];
  return (
    <section
      class="card"
      data-mode={mode}
      data-theme={theme}
      data-severity={severity}
      role={role}
      aria-label={t(label)}
      aria-describedby="plain-text"
      onKeyDown={trusted((event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          escape();
        }
        else if (role === 'alertdialog') keepTabWithin(event);
      })}
    >
      <p class="brand">{t('nudgeLabel')}</p>
      {title && <p class="headline">{title}</p>}
      <p class="intro" id="plain-text">
        {text}
      </p>
      <div class="actions">
        {actions.map(({ action, label: name, run }, index) => (
          <button key={action} type="button" class={index === 0 ? 'primary' : undefined} data-action={action} onClick={trusted(run)}>
            {name}
          </button>
        ))}
      </div>
      {after}
    </section>
  );
}

export function Muted({ theme, category, until, role, earlier = [], onUndo, onClose }: MutedProps) {
  const actions = [
    { action: 'undo', label: t('actionUndo'), run: onUndo },
    { action: 'close', label: t('actionOk'), run: onClose },
  ] as const;
  const text = mutedNotice(category, until, role);
  // What was turned off from the note before this, for this draft, keeps its "Undo" too, after the card's own actions.
  const after = earlier.length > 0 && <TurnedOffLines turnedOff={earlier} role={role} action="undo-earlier" />;
  return <PlainCard mode="muted" theme={theme} text={text} actions={actions} escape={onClose} after={after} />;
}

/** "Post anyway?" for a draft that could not be checked: said plainly, with the choice left to the user. */
export function Unchecked({ theme, onEdit, onPostAnyway, onDismiss }: UncheckedProps) {
  // As on the "Post anyway?" question about a note: "Not now" after "Post anyway".
  const actions = [
    { action: 'edit', label: t('actionEdit'), run: onEdit },
    { action: 'post-anyway', label: t('actionPostAnyway'), run: onPostAnyway },
    { action: 'dismiss', label: t('actionDismiss'), run: onDismiss },
  ] as const;
  return <PlainCard mode="unchecked" theme={theme} title={t('presendTitle')} text={t('uncheckedIntro')} actions={actions} escape={onEdit} />;
}
