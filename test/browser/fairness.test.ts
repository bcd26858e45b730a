// PRODUCT.md §9 in the real browser: huge drafts from one tab do not hold up a one-line draft's nudge in another.
// Fails when the worker judges drafts in the order they came: the nudge would appear only after every huge draft
// had been answered.
import { describe, expect, it } from 'vitest';
import { fixtureBrowser, FIXTURE_URLS, openPage, typeInto } from './harness';
import { X_HOME_EDITOR, settled } from './composer-contract';

const THREAT = 'If that teacher shouts at my daughter again he had better watch his back in the car park.';
const HUGE = 6;

describe('one worker, many tabs', () => {
  const launched = fixtureBrowser();

  it('a one-line draft gets its nudge while huge drafts from another tab are still being judged', async () => {
    // The draft typed but for its last key; the worker checks it once the last key has been still a moment.
    const x = await openPage(launched().context, FIXTURE_URLS.x);
    await typeInto(x.page, X_HOME_EDITOR, THREAT.slice(0, -1));
    // Another tab (the practice page, one of the extension's own) sends huge drafts straight to the worker.
    const other = await launched().context.newPage();
    await other.goto(`chrome-extension://${launched().extensionId}/src/pages/practice/index.html`);
    await other.evaluate((count) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome;
      const state = globalThis as unknown as { answered: number; sent: number };
      state.answered = 0;
      state.sent = 0;
      const paragraph = 'The school has ignored three of my emails about the bus and nobody ever rings back. ';
      for (let i = 0; i < count; i++) {
        const text = `${i} ${paragraph.repeat(Math.ceil(1_900_000 / paragraph.length))}`.slice(0, 1_900_000);
        state.sent++;
        // Only a verdict counts as an answer: an error would not be a draft judged.
        void api.runtime.sendMessage({ kind: 'analyze', text, site: 'practice' }).then((reply) => {
          if ((reply as { kind?: string }).kind === 'verdict') state.answered++;
        });
      }
    }, HUGE);

    await typeInto(x.page, X_HOME_EDITOR, THREAT.slice(-1));
    await x.page.locator(settled('nudging', THREAT.length)).waitFor({ state: 'attached', timeout: 120_000 });
    const answered = await other.evaluate(() => (globalThis as unknown as { answered: number }).answered);
    expect(answered).toBeLessThan(HUGE);
    expect(x.errors).toEqual([]);
    // Nothing lost: every huge draft is answered too.
    await other.waitForFunction((count) => (globalThis as unknown as { answered: number }).answered === count, HUGE, { timeout: 300_000 });
  }, 400_000);
});
