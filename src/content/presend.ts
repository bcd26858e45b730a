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

  /**
   * Pauses the action when one of the composers it posts asks to; either way, each of them checks its draft
   * again afterwards, since a site may empty a textarea after posting without any input event.
   */
  private guard(event: Event, posting: readonly WatchedComposer[], replay: () => void): void {
    const afterwards = () => setTimeout(() => posting.forEach((composer) => composer.checkAgain()), 0);
    const pausing = posting.find((composer) => composer.shouldPause());
    if (!pausing) {
      if (posting.length > 0) afterwards();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    pausing.pause(() => {
      this.replaying = true;
      try {
        replay();
      } finally {
        this.replaying = false;
      }
      afterwards();
    });
  }

  /** The post button `target` is in, and the composers it posts. */
  private postButton(target: EventTarget | null): { button: HTMLElement; posting: WatchedComposer[] } | undefined {
    if (!(target instanceof Element)) return undefined;
    let found: HTMLElement | undefined;
    const posting: WatchedComposer[] = [];
    for (const composer of this.composers) {
      const selector = composer.kind.submitButtons;
      const button = selector ? target.closest<HTMLElement>(selector) : null;
      if (button && composer.kind.region(composer.editor).contains(button)) {
        found ??= button;
        posting.push(composer);
      }
    }
    return found ? { button: found, posting } : undefined;
  }

  private onClick(event: MouseEvent): void {
    if (this.replaying) return;
    const hit = this.postButton(event.target);
    if (hit) this.guard(event, hit.posting, () => hit.button.click());
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter that confirms an IME composition is not a post.
    if (this.replaying || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const replay = () => target.dispatchEvent(new KeyboardEvent('keydown', event));
    // Enter on a focused post button (Facebook's are divs with role="button").
    const hit = this.postButton(target);
    if (hit) return this.guard(event, hit.posting, replay);
    const mod = event.ctrlKey || event.metaKey;
    const plain = !mod && !event.shiftKey && !event.altKey;
    const posting = [...this.composers].filter((composer) => {
      const key = composer.kind.submitKey;
      return composer.editor.contains(target) && ((key === 'mod+enter' && mod) || (key === 'enter' && plain));
    });
    this.guard(event, posting, replay);
  }

  private onSubmit(event: SubmitEvent): void {
    const form = event.target;
    if (this.replaying || !(form instanceof HTMLFormElement)) return;
    const posting = [...this.composers].filter((composer) => composer.kind.submitsForm && form.contains(composer.editor));
    const submitter = event.submitter;
    this.guard(event, posting, () => form.requestSubmit(submitter));
  }
}
