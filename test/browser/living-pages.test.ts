// Composers on living pages, in Chromium with the built extension: ones that appear after client-side
// navigation, that the site re-renders under the user (X's @-mention typeahead), several on one page each with
// its own state and card, and ones that go away and take everything of theirs with them. Also the highlights.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURE_URLS,
  launchBrowser,
  openPage,
  routeFixtures,
  typeInto,
  waitForEditorText,
  type LaunchedBrowser,
} from './harness';
import { NUDGE, settled, X_DIALOG_EDITOR, X_HOME_EDITOR } from './composer-contract';

const COMPLAINT = 'The school is a shambles and the head is useless.';
const FRIENDLY = 'Thank you to the Year 3 team for a brilliant trip!';


describe('living pages', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    await routeFixtures(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await page?.close();
  });

  it('watches a composer that appears after client-side navigation', async () => {
    ({ page, errors } = await openPage(browser.context, FIXTURE_URLS.x));
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    await page.locator(X_DIALOG_EDITOR).waitFor();
    expect(page.url()).toBe('https://x.com/compose/post');
    await expect(page.evaluate(() => '__sameDocument' in window)).resolves.toBe(true);
    await typeInto(page, X_DIALOG_EDITOR, COMPLAINT);
    await page.locator(settled('nudging', COMPLAINT.length)).waitFor({ state: 'attached' });
    await expect(page.locator(`${NUDGE} .card`).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps nudging when X re-renders the composer for an @-mention', async () => {
    ({ page, errors } = await openPage(browser.context, FIXTURE_URLS.x));
    const draft = `@ab ${COMPLAINT}`;
    const before = await page.locator(X_HOME_EDITOR).elementHandle();
    await typeInto(page, X_HOME_EDITOR, '@ab');
    await page.locator('[data-testid="typeaheadDropdown-1"]').waitFor();
    await page.keyboard.type(` ${COMPLAINT}`);
    await waitForEditorText(page, draft);
    // The site replaced the editor element under the user; the new one is watched and nudges.
    await expect(before?.evaluate((node) => node.isConnected)).resolves.toBe(false);
    await page.locator(settled('nudging', draft.length)).waitFor({ state: 'attached' });
    // One card for the one composer: the old element's card went with it.
    await expect(page.locator(`${NUDGE}[data-state="nudging"]`).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('gives two composers on one page their own state and card', async () => {
    ({ page, errors } = await openPage(browser.context, FIXTURE_URLS.x));
    await typeInto(page, X_HOME_EDITOR, COMPLAINT);
    await page.locator(settled('nudging', COMPLAINT.length)).waitFor({ state: 'attached' });
    // The home composer's card sits over the timeline below it, so reach the post's Reply by keyboard.
    await page.locator('article[data-testid="tweet"] [data-testid="reply"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator(X_DIALOG_EDITOR).waitFor();
    await typeInto(page, X_DIALOG_EDITOR, FRIENDLY);
    await page.locator(settled('quiet', FRIENDLY.length)).waitFor({ state: 'attached' });
    // The home composer's card is untouched by the quiet reply.
    await expect(page.locator(settled('nudging', COMPLAINT.length)).count()).resolves.toBe(1);
    await waitForEditorText(page, COMPLAINT, X_HOME_EDITOR);
    await waitForEditorText(page, FRIENDLY, X_DIALOG_EDITOR);

    // Closing the dialog takes its composer's element away, and only that one.
    await page.locator('[data-testid="app-bar-close"]').click();
    await page.locator(X_DIALOG_EDITOR).waitFor({ state: 'detached' });
    await expect.poll(() => page.locator(settled('quiet', FRIENDLY.length)).count()).toBe(0);
    await expect(page.locator(settled('nudging', COMPLAINT.length)).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('stacks the cards of a thread’s boxes instead of overlapping them', async () => {
    ({ page, errors } = await openPage(browser.context, FIXTURE_URLS.x));
    await typeInto(page, X_HOME_EDITOR, COMPLAINT);
    await page.locator('[data-testid="addButton"]').click();
    const second = '[data-testid="tweetTextarea_1"][contenteditable="true"]';
    await page.locator(second).waitFor();
    const threat = 'And the new head had better watch his back at the gates.';
    await typeInto(page, second, threat);
    await page.locator(settled('nudging', threat.length)).waitFor({ state: 'attached' });
    await page.locator(settled('nudging', COMPLAINT.length)).waitFor({ state: 'attached' });
    const boxes = await page.locator(`${NUDGE}[data-state="nudging"] .card`).evaluateAll((cards) =>
      cards.map((card) => card.getBoundingClientRect().toJSON() as { top: number; bottom: number }),
    );
    expect(boxes).toHaveLength(2);
    const [a, b] = boxes.sort((x, y) => x.top - y.top);
    if (!a || !b) throw new Error('two cards expected');
    expect(a.bottom).toBeLessThanOrEqual(b.top);
    expect(errors).toEqual([]);
  });

  it('highlights the words behind a finding without touching the editor, and clears them on edit', async () => {
    ({ page, errors } = await openPage(browser.context, FIXTURE_URLS.x));
    await typeInto(page, X_HOME_EDITOR, COMPLAINT);
    await page.locator(settled('nudging', COMPLAINT.length)).waitFor({ state: 'attached' });
    const highlighted = () =>
      page.evaluate(() => [...(CSS.highlights.get('second-thought') ?? [])].map((range) => range.toString()));
    const words = await highlighted();
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(COMPLAINT).toContain(word);
    // Nothing of ours is inside the editor.
    await expect(page.locator(X_HOME_EDITOR).evaluate((editor) => editor.querySelector('second-thought-nudge, mark, [data-second-thought]'))).resolves.toBeNull();
    await page.keyboard.type(' Sorry.');
    await expect.poll(highlighted).toEqual([]);
    await waitForEditorText(page, `${COMPLAINT} Sorry.`, X_HOME_EDITOR);
    expect(errors).toEqual([]);
  });
});
