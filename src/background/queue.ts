/**
 * The worker's one queue of drafts to judge, shared by every tab, fair to short drafts.
 *
 * States of a job: queued → running (one step at a time) → answered; or queued/running → replaced, when a newer draft
 * from the same composer arrives (its answer would be about text the composer no longer holds; it gets an answer
 * that says so, never a verdict about other text).
 *
 * The engine judges a draft in steps (`judgeSchools`); between steps the queue gives the event loop a turn, so new
 * requests join the queue, then runs a step of the shortest draft waiting. A one-line draft typed while pasted
 * essays from other tabs are being judged waits for at most the step in progress, not for the essays.
 */

export type Outcome<T> = { kind: 'done'; value: T } | { kind: 'replaced' };

interface Job {
  size: number;
  order: number;
  key: string | undefined;
  steps: Iterator<void, unknown>;
  settle(outcome: Outcome<unknown>): void;
  fail(error: unknown): void;
}

/** Gives the event loop a turn: messages that arrived meanwhile are handled before the next step. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class DraftQueue {
  private readonly jobs: Job[] = [];
  private arrivals = 0;
  private running = false;
  /** Steps run, for tests: which job each step belonged to is told by the order answers arrive. */
  stepsRun = 0;

  constructor(private readonly turn: () => Promise<void> = nextTurn) {}

  /** Jobs waiting or under way. */
  get size(): number {
    return this.jobs.length;
  }

  /**
   * Runs `steps` to its end among the other jobs, shortest `size` first (arrival order between equals). A job with
   * a `key` replaces any unfinished job with the same key, which is answered `replaced`.
   */
  run<T>(size: number, key: string | undefined, steps: Iterator<void, T>): Promise<Outcome<T>> {
    if (key !== undefined) {
      for (let i = this.jobs.length - 1; i >= 0; i--) {
        const old = this.jobs[i] as Job;
        if (old.key !== key) continue;
        this.jobs.splice(i, 1);
        old.settle({ kind: 'replaced' });
      }
    }
    const promise = new Promise<Outcome<T>>((resolve, reject) => {
      this.jobs.push({
        size,
        order: this.arrivals++,
        key,
        steps,
        settle: resolve as (outcome: Outcome<unknown>) => void,
        fail: reject,
      });
    });
    if (!this.running) void this.pump();
    return promise;
  }

  private next(): Job | undefined {
    let best: Job | undefined;
    for (const job of this.jobs) {
      if (!best || job.size < best.size || (job.size === best.size && job.order < best.order)) best = job;
    }
    return best;
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      // Let the requests that arrived together all join before the first step is chosen.
      await this.turn();
      for (let job = this.next(); job; job = this.next()) {
        let step: IteratorResult<void, unknown>;
        try {
          step = job.steps.next();
        } catch (error) {
          this.remove(job);
          job.fail(error);
          continue;
        }
        this.stepsRun++;
        if (step.done) {
          this.remove(job);
          job.settle({ kind: 'done', value: step.value });
        }
        await this.turn();
      }
    } finally {
      this.running = false;
    }
  }

  private remove(job: Job): void {
    const at = this.jobs.indexOf(job);
    if (at >= 0) this.jobs.splice(at, 1);
  }
}
