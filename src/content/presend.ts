/**
 * The pre-send check (PRODUCT.md §5): when the user posts while a medium or high nudge is open and unanswered,
 * pause that one action and ask "Post anyway?". Every other post passes untouched: the guard only ever cancels
 * an event for a composer that asks to pause, and "Post anyway" replays exactly that action, once.
 *
 * It listens on the window in the capture phase, so it sees a click or key before the site's own handlers.
 */
import type { WatchedComposer } from './composer';

export class PreSendGuard {
  private readonly composers = new Set<WatchedComposer>();
  /** Set while "Post anyway" replays the paused action, so the replay is not paused again. */
  private replaying = false;

  constructor(signal: AbortSignal) {
    const options = { capture: true, signal };
    window.addEventListener('click', (event) => this.onClick(event), options);
    window.addEventListener('keydown', (event) => this.onKeydown(event), options);
    window.addEventListener('submit', (event) => this.onSubmit(event), options);
  }

  /** Guards a composer until its signal aborts. */
  add(composer: WatchedComposer, signal: AbortSignal): void {
    this.composers.add(composer);
    signal.addEventListener('abort', () => this.composers.delete(composer), { once: true });
  }

  private intercept(event: Event, composer: WatchedComposer, replay: () => void): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    composer.pause(() => {
      this.replaying = true;
      try {
        replay();
      } finally {
        this.replaying = false;
      }
    });
  }

  /** The post button `target` is in, and the composer it posts that asks to pause, if any. */
  private submitButtonOf(target: EventTarget | null): { button: HTMLElement; composer: WatchedComposer } | undefined {
    if (!(target instanceof Element)) return undefined;
    for (const composer of this.composers) {
      const selector = composer.kind.submitButtons;
      const button = selector ? target.closest<HTMLElement>(selector) : null;
      if (button && composer.kind.region(composer.editor).contains(button) && composer.shouldPause()) {
        return { button, composer };
      }
    }
    return undefined;
  }

  private onClick(event: MouseEvent): void {
    if (this.replaying) return;
    const hit = this.submitButtonOf(event.target);
    if (hit) this.intercept(event, hit.composer, () => hit.button.click());
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter that confirms an IME composition is not a post.
    if (this.replaying || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const replay = () => target.dispatchEvent(new KeyboardEvent('keydown', event));
    // Enter on a focused post button (Facebook's are divs with role="button").
    const hit = this.submitButtonOf(target);
    if (hit) return this.intercept(event, hit.composer, replay);
    const mod = event.ctrlKey || event.metaKey;
    const plain = !mod && !event.shiftKey && !event.altKey;
    for (const composer of this.composers) {
      const key = composer.kind.submitKey;
      if (!key || !composer.editor.contains(target)) continue;
      if ((key === 'mod+enter' && mod) || (key === 'enter' && plain)) {
        if (composer.shouldPause()) this.intercept(event, composer, replay);
        return;
      }
    }
  }

  private onSubmit(event: SubmitEvent): void {
    const form = event.target;
    if (this.replaying || !(form instanceof HTMLFormElement)) return;
    for (const composer of this.composers) {
      if (composer.kind.submitsForm && form.contains(composer.editor) && composer.shouldPause()) {
        const submitter = event.submitter;
        return this.intercept(event, composer, () => form.requestSubmit(submitter));
      }
    }
  }
}
