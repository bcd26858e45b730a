/**
 * Puts the nudge on the page without touching the site's editor: a <second-thought-nudge> element with an open
 * shadow root, shown as a manual popover (the top layer, so it shifts no layout and sits above dialogs) and
 * placed beside the composer region, following it on scroll and resize. On the extension's own pages it sits in
 * the page's flow instead, in the slot the page gives below the draft (`data-inline`, shown by `data-open`).
 */
import { render } from 'preact';
import { leadCategory, Muted, Nudge, Unchecked } from './Nudge';
import { announce, clearAnnouncement } from './announce';
import { raisePlace, steadyRaisePlace } from './raise';
import type { RaisePlace } from './raise';
import { announcement, mutedNotice } from './wording';
import type { MutedProps, NudgeProps, Theme, UncheckedProps } from './Nudge';
import { NUDGE_CSS } from './styles';
import { GAP, placeCard } from './placement';
import type { Category, Role } from '../../engine/types';
import type { CardStops } from '../tab-order';

export const NUDGE_TAG = 'second-thought-nudge';

/** Dark when the page behind the composer is dark (X's dim and lights-out, Facebook's dark mode). */
export function pageTheme(region: Element): Theme {
  for (let node: Element | null = region; node; node = node.parentElement) {
    const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export type NudgeContent = Omit<NudgeProps, 'theme'> | Omit<UncheckedProps, 'theme'> | Omit<MutedProps, 'theme'>;

/**
 * What the host reports on its own element (never on the site's): `quiet` or `nudging` for the draft of
 * `data-draft-length` characters, `dismissed` after "Not now" (and while "Turn off notes about …" is confirmed), `paused` while "Post anyway?" is asked, and
 * `unchecked` when no verdict could be had for that draft. Tests and assistive tools can read it; so can the page
 * (docs/security.md).
 */
export type NudgeState = 'quiet' | 'nudging' | 'dismissed' | 'paused' | 'unchecked';

/** Cards on screen, so that two composers sharing one region (a thread) stack their cards instead of overlapping. */
const shown = new Set<NudgeHost>();

export class NudgeHost {
  private host: HTMLElement | null = null;
  private mountPoint: HTMLElement | null = null;
  private frame = 0;
  private announced: string | undefined;
  /** The mode of the card on screen, if any: a card that changes mode clears what was said about the last one. */
  private mode: NudgeContent['mode'] | undefined;
  /** Where the note on screen put "Raise it" (raise.ts): kept while it stays on screen, so its actions hold still. */
  private raiseAt: RaisePlace | undefined;
  /** Bumped by each announcement begun: one still waiting for the shortcut's keys gives way to a newer one. */
  private announcing = 0;
  private readonly reposition = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  constructor(
    private readonly editor: HTMLElement,
    private readonly region: () => HTMLElement,
    private readonly signal: AbortSignal,
    /** What the card must never cover: the post buttons (the editor is always added). */
    private readonly keepVisible: () => Element[] = () => [],
    /** Where the card goes in the page's flow, for a page whose layout is ours (ComposerKind.slot). */
    private readonly inline?: () => HTMLElement,
    /** The keys of the shortcut to the note, as the browser has them now (ComposerOptions.shortcut). */
    private readonly shortcut?: () => Promise<string | null>,
  ) {
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  /** Moves focus to the card's first action; false when no card is showing. */
  focusCard(): boolean {
    const button = this.visible ? this.mountPoint?.querySelector<HTMLElement>('button') : null;
    button?.focus();
    return Boolean(button);
  }

  /**
   * The controls of the card on screen beside a site's composer, in reading order, and whether Tab stays among them
   * (a question the post waits on); null with no card on screen, or in a page's own flow, where the page's order holds.
   */
  tabStops(): CardStops | null {
    if (this.inline || !this.visible || !this.mountPoint) return null;
    const controls = [...this.mountPoint.querySelectorAll<HTMLElement>('summary, button, a[href]')];
    return { controls, keepWithin: this.mode === 'presend' || this.mode === 'unchecked' };
  }

  /** Whether `element` is this card's host. */
  isHost(element: Element): boolean {
    return element === this.host;
  }

  get hasFocus(): boolean {
    return this.host !== null && this.host.shadowRoot?.activeElement != null;
  }

  get visible(): boolean {
    return this.host?.isConnected === true && this.open;
  }

  private get open(): boolean {
    return this.host !== null && (this.inline ? this.host.hasAttribute('data-open') : this.host.matches(':popover-open'));
  }

  show(content: NudgeContent): void {
    if (this.signal.aborted) return;
    const region = this.region();
    const host = this.ensureHost(region);
    if (!this.mountPoint) return;
    const theme = pageTheme(region);
    // A card already on screen (`mode` is set from show to hide; happy-dom, for the unit tests, has no popovers).
    const wasShown = this.mode !== undefined;
    const note = content.mode === 'nudge' || content.mode === 'presend' ? content : undefined;
    const lead = note && leadCategory(note.reply.verdict.categories);
    const raise = note && lead ? steadyRaisePlace(wasShown ? this.raiseAt : undefined, raisePlace(lead, note.reply)) : undefined;
    this.raiseAt = raise;
    // The live region still holds what was said about the card before ("Paused notes about …" during "Post anyway?"):
    // a screen reader's virtual cursor could meet it there. Said afresh below when there is something to say.
    if (wasShown && this.mode !== content.mode) this.silence();
    this.mode = content.mode;
    render(
      content.mode === 'unchecked' ? (
        <Unchecked {...content} theme={theme} />
      ) : content.mode === 'muted' ? (
        <Muted {...content} theme={theme} />
      ) : (
        <Nudge {...content} theme={theme} {...(raise ? { raise } : {})} />
      ),
      this.mountPoint,
    );
    this.report(content.mode === 'nudge' ? 'nudging' : content.mode === 'muted' ? 'dismissed' : 'paused', content.draft.length);
    const role = note ? note.reply.school.role : 'parent';
    // What the user just turned off, said before the note that remains, in one announcement (two would cut each other off).
    const turnedOff = content.mode === 'nudge' ? content.turnedOff?.find((entry) => entry.justNow === true) : undefined;
    const before = turnedOff && mutedNotice(turnedOff.category, turnedOff.until, role);
    // Said once when the note appears or changes what it is about, not at every keystroke.
    const fresh = content.mode === 'nudge' && lead !== undefined && (!this.open || this.announced !== lead || before !== undefined);
    this.announced = content.mode === 'nudge' ? lead : this.announced;
    if (this.inline) host.setAttribute('data-open', '');
    else if (!host.matches(':popover-open')) host.showPopover();
    shown.add(this);
    this.placeAll();
    if (fresh && lead) void this.announceNote(lead, role, before);
    // The pause answers the user's own click or key, so the question takes focus; a nudge never does, nor the
    // confirmation of "Turn off notes about …" unless the link was pressed with a key (`takeFocus`: then "Undo").
    // The question's first focus is its least far-reaching answer, "Edit my post" (as an alert dialog's should be):
    // a second Enter from someone who thought the first had not posted goes back to the post, not to the school.
    if (content.mode === 'presend') {
      (this.mountPoint.querySelector<HTMLElement>('button[data-action="edit"]') ?? this.mountPoint.querySelector<HTMLElement>('button'))?.focus();
    } else if (content.mode === 'unchecked' || (content.mode === 'muted' && content.takeFocus === true)) {
      this.mountPoint.querySelector<HTMLElement>('button')?.focus();
    } else if (turnedOff?.takeFocus === true) {
      this.mountPoint.querySelector<HTMLElement>(`button[data-action="undo"][data-category="${turnedOff.category}"]`)?.focus();
    }
  }

  /**
   * Says the note's headline and the shortcut's keys (after `before`, what the user just turned off), asked for now: the user may have changed them since the last
   * note, in the browser's shortcut settings, without reloading this page. Not said if the note was hidden, or
   * became about something else, while the keys were asked for.
   */
  private async announceNote(lead: Category, role: Role, before?: string): Promise<void> {
    const turn = ++this.announcing;
    const keys = this.shortcut ? await this.shortcut() : null;
    if (turn !== this.announcing || this.signal.aborted || this.announced !== lead) return;
    const note = announcement(lead, keys, role);
    announce(before ? `${before} ${note}` : note);
  }

  hide(state: Exclude<NudgeState, 'nudging'>, draftLength: number): void {
    if (this.signal.aborted) return;
    this.ensureHost(this.region());
    this.report(state, draftLength);
    if (this.inline) this.host?.removeAttribute('data-open');
    else if (this.host?.matches(':popover-open')) this.host.hidePopover();
    if (this.mode !== undefined) this.silence();
    this.mode = undefined;
    this.raiseAt = undefined;
    this.announced = undefined;
    if (shown.delete(this)) this.placeAll();
  }

  /** Clears what was said about the card on screen, and drops an announcement of it still waiting for the keys. */
  private silence(): void {
    this.announcing++;
    clearAnnouncement();
  }

  private report(state: NudgeState, draftLength: number): void {
    this.host?.setAttribute('data-state', state);
    this.host?.setAttribute('data-draft-length', String(draftLength));
  }

  private ensureHost(region: HTMLElement): HTMLElement {
    // Inside the composer's dialog, if any, so the site counts clicks on the nudge as clicks inside it.
    const parent = this.inline?.() ?? region.closest('[role="dialog"]') ?? document.body;
    if (this.host?.isConnected && this.host.parentElement === parent) return this.host;
    this.host?.remove();
    const host = document.createElement(NUDGE_TAG);
    if (this.inline) host.setAttribute('data-inline', '');
    else {
      host.popover = 'manual';
      // The popover's own defaults (centred, bordered) are replaced by a plain box at the position we set.
      host.style.cssText = 'position:fixed;inset:auto;margin:0;padding:0;border:0;background:transparent;overflow:visible;';
    }
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = NUDGE_CSS;
    const mountPoint = document.createElement('div');
    shadow.append(style, mountPoint);
    parent.append(host);
    this.host = host;
    this.mountPoint = mountPoint;
    const options = { passive: true, capture: true, signal: this.signal };
    window.addEventListener('scroll', this.reposition, options);
    window.addEventListener('resize', this.reposition, options);
    // The composer grows as the user types, and dialogs move: follow the region's size too. The card itself grows
    // when "Why am I seeing this?" opens: placed again, it stays on screen, its buttons with it. Placed at once, in
    // the frame that changed the size (after layout, before paint), not a frame later.
    const resize = new ResizeObserver(() => this.place(true));
    resize.observe(region);
    resize.observe(host);
    this.signal.addEventListener('abort', () => resize.disconnect(), { once: true });
    return host;
  }

  /** Re-places every card sharing this card's region. */
  private placeAll(): void {
    for (const host of shown) if (host.region() === this.region()) host.place();
  }

  /**
   * Beside the composer region, never over it (see placement.ts). `resized`: called for a change of size, in the
   * frame that made it; a width the card must change to is then given a frame later, as changing the size of what a
   * ResizeObserver watches inside its own callback would be a loop.
   */
  private place(resized = false): void {
    const host = this.host;
    if (!host || this.inline || !host.matches(':popover-open')) return;
    const region = this.region();
    // Cards of earlier composers in the same region (a thread's boxes) come first.
    let stacked = 0;
    for (const other of shown) {
      if (other === this || other.region() !== region || !other.host) continue;
      if (other.editor.compareDocumentPosition(this.editor) & Node.DOCUMENT_POSITION_FOLLOWING) {
        stacked += other.host.getBoundingClientRect().height + GAP;
      }
    }
    // Measured at its own width first; at another only where it does not fit whole at its own.
    const fitted = host.style.width;
    const fitTo = (width: string): void => {
      host.style.width = width;
      host.toggleAttribute('data-fitted', width !== '');
    };
    fitTo('');
    const { width, height } = host.getBoundingClientRect();
    const spot = placeCard(
      region.getBoundingClientRect(),
      { width, height },
      { width: document.documentElement.clientWidth, height: innerHeight },
      stacked,
      [this.editor, ...this.keepVisible()].map((element) => element.getBoundingClientRect()),
      (other) => {
        fitTo(`${other}px`);
        return host.getBoundingClientRect().height;
      },
    );
    const wanted = spot.width === undefined ? '' : `${spot.width}px`;
    if (resized && wanted !== fitted) {
      fitTo(fitted);
      this.reposition();
      return;
    }
    fitTo(wanted);
    host.style.top = `${Math.round(spot.top)}px`;
    host.style.left = `${Math.round(spot.left)}px`;
  }

  private remove(): void {
    shown.delete(this);
    this.mode = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.mountPoint) render(null, this.mountPoint);
    this.host?.remove();
    this.host = null;
    this.mountPoint = null;
  }
}
