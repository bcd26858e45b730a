// Turning off (or pausing) one kind of note from the card, in Chromium with the built extension on the X fixture, as
// a parent at Bexton: only that kind goes quiet, for this draft and at Post. And Tab past the card goes back to the
// post. From a fresh-eyes review: pausing the accusation in "Mrs Patel's son Jake … keeps hitting other kids" let
// the post go with no question, though naming the child was still on; Tab past the card landed on the page's body.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureBrowser, FIXTURE_URLS, openPage, typeInto, waitForPosted } from './harness';
import { NUDGE, OPTIONS_PAGE, settled, X_HOME_EDITOR } from './composer-contract';

const JAKE = "Mrs Patel's son Jake in Year 3 at Bexton keeps hitting other kids.";
const X_POST = '[data-testid="tweetButtonInline"]';
const CHILD = "This mentions another family's child";

/** Whether focus is in X's post box. */
const inPost = (page: Page) => page.locator(X_HOME_EDITOR).evaluate((editor) => editor.contains(document.activeElement));

/** The data-action of what has focus in the card, or null when focus is not in it. */
const focusedAction = (page: Page) =>
  page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.activeElement?.getAttribute('data-action') ?? null, NUDGE);

describe('turning off one kind of note, on X', () => {
  const launched = fixtureBrowser();
  beforeAll(async () => {
    const options = await launched().context.newPage();
    await options.goto(`chrome-extension://${launched().extensionId}/${OPTIONS_PAGE}`);
    await options.getByLabel('Bexton Primary School').check();
    await options.getByText('Saved.').waitFor();
    await options.close();
  });

  it('leaves the other kinds on the note and at Post; with nothing left, Post goes through', async () => {
    const { page, errors } = await openPage(launched().context, FIXTURE_URLS.x);
    await typeInto(page, X_HOME_EDITOR, JAKE);
    const card = page.locator(`${NUDGE} .card`);
    await page.locator(settled('nudging', JAKE.length)).waitFor({ state: 'attached' });
    await expect(card.locator('.also').innerText()).resolves.toBe("It also touches on naming other families' children.");
    await card.getByRole('button', { name: 'Pause notes about accusations against staff or pupils for a day' }).click();
    // The note goes on about the child, saying what was paused, with "Undo".
    await card.locator('.turned-off').waitFor({ state: 'visible' });
    await expect(card.locator('.headline').innerText()).resolves.toBe(CHILD);
    await expect(card.locator('.turned-off').innerText()).resolves.toMatch(/^Paused notes about accusations against staff or pupils for a day, until .+\. Undo$/);
    await expect(page.locator(settled('nudging', JAKE.length)).count()).resolves.toBe(1);
    // Post: the question is still asked, about the child.
    await page.locator(X_POST).click();
    const question = page.locator(`${NUDGE} .card[data-mode="presend"]`);
    await question.waitFor({ state: 'visible' });
    await expect(question.locator('.intro').first().innerText()).resolves.toBe(CHILD);
    await question.getByRole('button', { name: 'Post anyway' }).click();
    await waitForPosted(page, [JAKE]);

    // The same draft again: accusations are paused, so naming the child is all there is. Paused too, nothing
    // remains: the card only confirms it, and Post goes straight through.
    await typeInto(page, X_HOME_EDITOR, JAKE);
    await page.locator(settled('nudging', JAKE.length)).waitFor({ state: 'attached' });
    await expect(card.locator('.headline').innerText()).resolves.toBe(CHILD);
    await card.getByRole('button', { name: "Pause notes about naming other families' children for a day" }).click();
    const confirmation = page.locator(`${NUDGE} .card[data-mode="muted"]`);
    await confirmation.waitFor({ state: 'visible' });
    await expect(confirmation.locator('.intro').innerText()).resolves.toMatch(/^Paused notes about naming other families' children for a day, until .+\.$/);
    await page.locator(X_POST).click();
    await waitForPosted(page, [JAKE, JAKE]);
    await expect(page.locator(`${NUDGE} .card[data-mode="presend"]`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Tab past the note, or Shift+Tab before it, and Tab past its confirmation, go back to the post', async () => {
    const draft = 'The head never answers a single email, what a shambles this school is.';
    const { page, errors } = await openPage(launched().context, FIXTURE_URLS.x);
    await typeInto(page, X_HOME_EDITOR, draft);
    await page.locator(settled('nudging', draft.length)).waitFor({ state: 'attached' });
    const card = page.locator(`${NUDGE} .card`);
    // "Not now", Tab to the link, Tab: back in the post, not on the page's body.
    await card.getByRole('button', { name: 'Not now' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedAction(page)).toBe('mute');
    await page.keyboard.press('Tab');
    await expect.poll(() => inPost(page)).toBe(true);
    // Shift+Tab from the first control: back in the post too.
    await card.locator('summary').focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => inPost(page)).toBe(true);
    // The confirmation: Undo, OK, Tab: back in the post, the confirmation still there.
    await card.getByRole('button', { name: 'Turn off notes about public complaints' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedAction(page)).toBe('undo');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedAction(page)).toBe('close');
    await page.keyboard.press('Tab');
    await expect.poll(() => inPost(page)).toBe(true);
    await expect(page.locator(`${NUDGE} .card[data-mode="muted"]`).isVisible()).resolves.toBe(true);
    // Put back as it was, for the tests after this one.
    await page.locator(`${NUDGE} .card[data-mode="muted"]`).getByRole('button', { name: 'Undo' }).click();
    await page.locator(settled('nudging', draft.length)).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
