// The contract every supported composer keeps, run once per site against the built extension in Chromium:
// the nudge appears for a breach and names its route, stays away for a friendly post, goes when the draft or the
// composer goes, and the editor's own state holds exactly what was typed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURE_URLS,
  launchBrowser,
  openPage,
  postedTexts,
  routeFixtures,
  typeInto,
  waitForEditorText,
  waitForPosted,
  type LaunchedBrowser,
} from './harness';

const COMPLAINT = 'Honestly the school is a joke. The head never answers emails and the Year 4 teacher is useless.';
const FRIENDLY = 'Lovely sports day today, thank you to all the teachers for organising it! Well done everyone';
const NUDGE = 'second-thought-nudge';

interface SiteUnderTest {
  name: string;
  url: string;
  editor: string;
  /** Opens the composer the way a user would. */
  open(page: Page): Promise<void>;
  /** Closes the composer without posting, where the site allows it. */
  close?(page: Page): Promise<void>;
  post(page: Page): Promise<void>;
}

const SITES: SiteUnderTest[] = [
  {
    name: 'X home composer (Draft.js)',
    url: FIXTURE_URLS.x,
    editor: '[data-testid="tweetTextarea_0"]',
    open: async () => {},
    post: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
  },
  {
    name: 'Facebook Create post dialog (Lexical)',
    url: FIXTURE_URLS.facebook,
    editor: 'div[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    open: (page) => page.locator('.composer-button').click(),
    close: (page) => page.locator('div[role="dialog"] div[aria-label="Close"]').click(),
    post: (page) => page.locator('div[role="dialog"] div[aria-label="Post"]').click(),
  },
];

/** The nudge host once it has answered for a draft of `length` characters with `state`. */
function settled(page: Page, state: 'quiet' | 'nudging' | 'dismissed', length: number) {
  return page.locator(`${NUDGE}[data-state="${state}"][data-draft-length="${length}"]`);
}

async function clearEditor(page: Page, editor: string): Promise<void> {
  await page.locator(editor).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await waitForEditorText(page, '');
}

describe.each(SITES)('$name', (site) => {
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
    ({ page, errors } = await openPage(browser.context, site.url));
    await site.open(page);
    await page.locator(site.editor).waitFor();
  });

  it('nudges on a public complaint, offering the route, and leaves the typed text exactly as it was', async () => {
    await typeInto(page, site.editor, COMPLAINT);
    const card = page.locator(`${NUDGE} .card`);
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect(settled(page, 'nudging', COMPLAINT.length).count()).resolves.toBe(1);
    // With no school chosen yet, the generic pack's route is offered.
    await expect(card.getByRole('button', { name: 'Raise it with your school' }).isVisible()).resolves.toBe(true);
    await expect(card.getByRole('button', { name: 'Edit my post' }).isVisible()).resolves.toBe(true);
    await expect(card.getByRole('button', { name: 'Not now' }).isVisible()).resolves.toBe(true);
    await waitForEditorText(page, COMPLAINT);
    // The nudge lives outside the editor.
    await expect(page.locator(`${site.editor} ${NUDGE}`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('stays quiet on a friendly post', async () => {
    await typeInto(page, site.editor, FRIENDLY);
    await settled(page, 'quiet', FRIENDLY.length).waitFor({ state: 'attached' });
    await expect(page.locator(`${NUDGE} .card`).isVisible()).resolves.toBe(false);
    await waitForEditorText(page, FRIENDLY);
    expect(errors).toEqual([]);
  });

  it('takes the nudge away once the draft no longer triggers it', async () => {
    await typeInto(page, site.editor, COMPLAINT);
    await settled(page, 'nudging', COMPLAINT.length).waitFor({ state: 'attached' });
    await clearEditor(page, site.editor);
    await typeInto(page, site.editor, FRIENDLY);
    await settled(page, 'quiet', FRIENDLY.length).waitFor({ state: 'attached' });
    await expect(page.locator(`${NUDGE} .card`).isVisible()).resolves.toBe(false);
    await waitForEditorText(page, FRIENDLY);
    expect(errors).toEqual([]);
  });

  it('"Not now" hides the nudge for this draft and "Edit my post" returns focus to the editor', async () => {
    await typeInto(page, site.editor, COMPLAINT);
    const card = page.locator(`${NUDGE} .card`);
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'Edit my post' }).click();
    await expect.poll(() => page.locator(site.editor).evaluate((el) => el === document.activeElement)).toBe(true);
    await card.getByRole('button', { name: 'Not now' }).click();
    await settled(page, 'dismissed', COMPLAINT.length).waitFor({ state: 'attached' });
    await expect(card.isVisible()).resolves.toBe(false);
    await waitForEditorText(page, COMPLAINT);
    expect(errors).toEqual([]);
  });

  it('"Raise it with your school" opens the settings to choose a school', async () => {
    await typeInto(page, site.editor, COMPLAINT);
    const raise = page.locator(`${NUDGE} .card`).getByRole('button', { name: 'Raise it with your school' });
    await raise.waitFor({ state: 'visible' });
    const [options] = await Promise.all([browser.context.waitForEvent('page'), raise.click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/src/pages/options/index.html`);
    await expect(options.getByLabel('My school').isVisible()).resolves.toBe(true);
    await options.close();
    await waitForEditorText(page, COMPLAINT);
    expect(errors).toEqual([]);
  });

  it('pauses a post while a medium nudge is open, and "Post anyway" posts exactly the typed text, once', async () => {
    await typeInto(page, site.editor, COMPLAINT);
    await page.locator(`${NUDGE} .card`).waitFor({ state: 'visible' });
    await site.post(page);
    const prompt = page.locator(`${NUDGE} .card[data-mode="presend"]`);
    await prompt.waitFor({ state: 'visible' });
    await expect(postedTexts(page)).resolves.toEqual([]);
    await waitForEditorText(page, COMPLAINT);
    await prompt.getByRole('button', { name: 'Post anyway' }).click();
    await waitForPosted(page, [COMPLAINT]);
    await expect.poll(() => page.locator(`${NUDGE} .card`).isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('never pauses a quiet draft: it posts as if the extension were not there', async () => {
    await typeInto(page, site.editor, FRIENDLY);
    await settled(page, 'quiet', FRIENDLY.length).waitFor({ state: 'attached' });
    await site.post(page);
    await waitForPosted(page, [FRIENDLY]);
    await expect(page.locator(`${NUDGE}[data-state="paused"]`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  if (site.close) {
    const close = site.close;
    it('removes the nudge element when the composer is closed', async () => {
      await typeInto(page, site.editor, COMPLAINT);
      await page.locator(`${NUDGE} .card`).waitFor({ state: 'visible' });
      await close(page);
      // The closed composer's nudge element goes with it (other composers on the page keep theirs).
      await expect.poll(() => page.locator(`${NUDGE}[data-draft-length="${COMPLAINT.length}"]`).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
