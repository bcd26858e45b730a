// PRODUCT.md §9: the site's own scripts share the page with the nudge. Its shadow root is open (tests and assistive
// tools read it), so a page script can reach every control in it: none may act on a script's click() or dispatched
// event, while the user's own clicks and keys work as ever. docs/security.md says what the page can still see.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureBrowser, FIXTURE_URLS, openPage, typeInto, waitForPosted } from './harness';
import { NUDGE, settled, X_HOME_EDITOR } from './composer-contract';

const COMPLAINT = 'The school is a shambles and the head is useless.';
const X_POST = '[data-testid="tweetButtonInline"]';

/** In the page's own world, as any script of the site's could: click or dispatch on every control the card has. */
function operateCardFromPage(page: Page): Promise<string[]> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) throw new Error('no nudge in the page');
    const tried: string[] = [];
    for (const control of root.querySelectorAll<HTMLElement>('button, summary')) {
      tried.push(control.getAttribute('data-action') ?? control.localName);
      control.click();
      control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    root.querySelector('.card')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    return tried;
  }, NUDGE);
}

describe("the page's own scripts", () => {
  const launched = fixtureBrowser();

  /** Everything in storage.sync, read in the worker. */
  const syncedSettings = () =>
    launched().worker?.evaluate(() => {
      // The worker has Chromium's `chrome` namespace; the tests' TypeScript has no types for it.
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(keys: null): Promise<unknown> } } } };
      return chrome.storage.sync.get(null);
    });

  it('cannot operate the nudge, while the user still can', async () => {
    const { page, errors } = await openPage(launched().context, FIXTURE_URLS.x);
    const before = await syncedSettings();
    await typeInto(page, X_HOME_EDITOR, COMPLAINT);
    await page.locator(`${NUDGE} .card`).waitFor({ state: 'visible' });
    const pages = launched().context.pages().length;

    const tried = await operateCardFromPage(page);
    expect(tried).toEqual(['summary', 'raise', 'edit', 'dismiss', 'snooze']);
    // Nothing happened: the note is still up for this draft, its clause still folded away, no tab opened.
    await expect(page.locator(settled('nudging', COMPLAINT.length)).count()).resolves.toBe(1);
    await expect(page.locator(`${NUDGE} .card`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${NUDGE} blockquote`).count()).resolves.toBe(0);
    // The user's own click on "Why am I seeing this?" unfolds the clause (a round trip through the page, too).
    await page.locator(`${NUDGE} summary`).click();
    await page.locator(`${NUDGE} blockquote`).waitFor({ state: 'visible' });
    expect(launched().context.pages().length).toBe(pages);
    // "Pause notes about … for a day" clicked by the page wrote no snooze.
    await expect(syncedSettings()).resolves.toEqual(before);

    // The user's own key on a focused button still works: Enter on "Not now".
    await page.locator(`${NUDGE} .card`).getByRole('button', { name: 'Not now' }).focus();
    await page.keyboard.press('Enter');
    await page.locator(settled('dismissed', COMPLAINT.length)).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cannot answer "Post anyway?" for the user', async () => {
    const { page, errors } = await openPage(launched().context, FIXTURE_URLS.x);
    await typeInto(page, X_HOME_EDITOR, COMPLAINT);
    await page.locator(settled('nudging', COMPLAINT.length)).waitFor({ state: 'attached' });
    await page.locator(X_POST).click();
    const question = page.locator(`${NUDGE} .card[data-mode="presend"]`);
    await question.waitFor({ state: 'visible' });

    await operateCardFromPage(page);
    await expect(question.isVisible()).resolves.toBe(true);
    await expect(page.locator(`${NUDGE}[data-state="paused"]`).count()).resolves.toBe(1);
    await expect(page.evaluate(() => (window as unknown as { __posted: string[] }).__posted)).resolves.toEqual([]);

    await question.getByRole('button', { name: 'Post anyway' }).click();
    await waitForPosted(page, [COMPLAINT]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
