/**
 * The pre-send check (PRODUCT.md §5): when the user posts a draft at medium or high severity that they have not
 * answered, pause that one action and ask "Post anyway?". The text being posted is judged at that moment, not the
 * last one the debounced check saw: a draft pasted and posted at once, or replaced and posted at once, is judged as
 * it is. When no verdict has been answered for exactly that text, the post is held while the engine is asked, then
 * let through (quiet) or paused; "Post anyway" replays exactly that action, once. A post answered at once as quiet
 * passes untouched.
 *
 * It listens on the window in the capture phase, so it sees a click or key before the site's own handlers.
 */
import type { PostDecision, WatchedComposer } from './composer';

export class PreSendGuard {
  private readonly composers = new Set<WatchedComposer>();
  /** Set while "Post anyway" replays the paused action, so the replay is not paused again. */
  private replaying = false;
  /** Composers whose post is held for a verdict: another press meanwhile is not a second post. */
  private readonly holding = new Set<WatchedComposer>();

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
   * Judges what each composer is posting, now: lets the action through when every answer is already in and quiet;
   * otherwise cancels it, and replays it once the answers are in and quiet, or asks "Post anyway?" of the first
   * that pauses. Either way each of them checks its draft again afterwards, since a site may empty a textarea after
   * posting without any input event.
   */
  private guard(event: Event, posting: readonly WatchedComposer[], replay: () => void): void {
    if (posting.length === 0) return;
    const afterwards = () => setTimeout(() => posting.forEach((composer) => composer.checkAgain()), 0);
    const hold = (): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    if (posting.some((composer) => this.holding.has(composer))) return hold();
    const decisions = posting.map((composer) => composer.judgeForPosting());
    if (decisions.every((decision) => decision === 'pass')) {
      afterwards();
      return;
    }
    hold();
    const release = (): void => {
      this.replaying = true;
      try {
        replay();
      } finally {
        this.replaying = false;
      }
      afterwards();
    };
    const answer = (settled: readonly PostDecision[]): void => {
      const pausing = posting[settled.indexOf('pause')];
      if (pausing) pausing.pause(release);
      else release();
    };
    if (decisions.every((decision) => typeof decision === 'string')) return answer(decisions as PostDecision[]);
    for (const composer of posting) this.holding.add(composer);
    void Promise.all(decisions)
      .then(answer, () => undefined) // never expected; the held post is dropped, never let through unjudged
      .finally(() => {
        for (const composer of posting) this.holding.delete(composer);
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
