// Turning off (or pausing) one kind of note from the card, in Chromium with the built extension on the X fixture, as
// a parent at Bexton: only that kind goes quiet, for this draft and at Post. And Tab past the card goes on to the
// composer's next control, Shift+Tab before it back to the post (keyboard.test.ts has the rest). From a fresh-eyes review: pausing the accusation in "Mrs Patel's son Jake … keeps hitting other kids" let
// the post go with no question, though naming the child was still on; Tab past the card landed on the page's body.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureBrowser, FIXTURE_URLS, openPage, typeInto, waitForPosted } from './harness';
import { NUDGE, OPTIONS_PAGE, settled, X_HOME_EDITOR } from './composer-contract';

const JAKE = "Mrs Patel's son Jake in Year 5 at Bexton keeps hitting other kids.";
const X_POST = '[data-testid="tweetButtonInline"]';
const CHILD = "This mentions another family's child";

/** Whether focus is in X's post box. */
const inPost = (page: Page) => page.locator(X_HOME_EDITOR).evaluate((editor) => editor.contains(document.activeElement));

/** Whether focus is on the X home composer's next control after the post ("Add post"). */
const onNextControl = (page: Page) =>
  page.evaluate(() => document.activeElement === document.querySelector('[data-testid="primaryColumn"] [data-testid="addButton"]'));

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

  it('after a pause, keeps its Undo and the actions in place, offers the next kind at once, and says nothing stale at Post', async () => {
    // From a fresh-eyes review: the next kind's link came only after a keystroke, which took the first "Undo" away;
    // "Raise it" and "Edit my post" traded places; "Post anyway?" left "Paused notes about …" in the live region.
    const draft = `${JAKE} I've emailed the office three times and nobody at Bexton ever replies`;
    const { page, errors } = await openPage(launched().context, FIXTURE_URLS.x);
    await typeInto(page, X_HOME_EDITOR, draft);
    const card = page.locator(`${NUDGE} .card`);
    const actions = () => card.locator('.actions button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-action')));
    const live = () => page.evaluate(() => document.querySelector('second-thought-announcer')?.shadowRoot?.textContent ?? '');
    await page.locator(settled('nudging', draft.length)).waitFor({ state: 'attached' });
    const before = await actions();
    expect(before).toEqual(['raise', 'edit', 'dismiss']);
    await card.getByRole('button', { name: 'Pause notes about accusations against staff or pupils for a day' }).click();
    await card.locator('.turned-off').waitFor({ state: 'visible' });
    await expect(card.locator('.headline').innerText()).resolves.toBe(CHILD);
    await expect(actions()).resolves.toEqual(before);
    await expect(card.locator('.turned-off .later').innerText()).resolves.toBe('You can turn them back on in the settings.');
    // The remaining kind's own link, at once, with no keystroke.
    const next = card.getByRole('button', { name: "Pause notes about naming other families' children for a day" });
    await expect(next.isVisible()).resolves.toBe(true);
    // Typing on keeps the line and its Undo.
    await page.keyboard.type('.');
    await page.locator(settled('nudging', draft.length + 1)).waitFor({ state: 'attached' });
    await expect(card.locator('button[data-action="undo"][data-category="allegation"]').isVisible()).resolves.toBe(true);
    await expect.poll(live).toMatch(/^Paused notes about accusations/);
    // Post: the question about the child, and nothing left over in the live region.
    await page.locator(X_POST).click();
    const question = page.locator(`${NUDGE} .card[data-mode="presend"]`);
    await question.waitFor({ state: 'visible' });
    await expect(live()).resolves.toBe('');
    await question.getByRole('button', { name: 'Edit my post' }).click();
    await expect(card.locator('button[data-action="undo"][data-category="allegation"]').isVisible()).resolves.toBe(true);
    // A second pause: both lines, each with its Undo.
    await next.click();
    await expect.poll(() => card.locator('button[data-action="undo"]').count()).toBe(2);
    await expect(card.locator('.headline').innerText()).resolves.toBe('This reads like a public complaint about the school');
    await expect(actions()).resolves.toEqual(before);
    // The first pause undone after the second: the accusation heads the note again; the child stays paused.
    await card.locator('button[data-action="undo"][data-category="allegation"]').click();
    await expect.poll(() => card.locator('.headline').innerText()).toBe('This makes a serious claim about someone at the school');
    await expect(card.locator('button[data-action="undo"]').count()).resolves.toBe(1);
    // Put back as it was, for the tests after this one.
    await card.locator('button[data-action="undo"][data-category="naming_child"]').click();
    await expect.poll(() => card.locator('button[data-action="undo"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
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
    await expect(card.locator('.turned-off p').first().innerText()).resolves.toMatch(/^Paused notes about accusations against staff or pupils for a day, until .+\. Undo$/);
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
    await expect(confirmation.locator('.intro').innerText()).resolves.toMatch(
      /^Paused notes about naming other families' children for a day, until .+\. You can turn them back on in the settings\.$/,
    );
    await page.locator(X_POST).click();
    await waitForPosted(page, [JAKE, JAKE]);
    await expect(page.locator(`${NUDGE} .card[data-mode="presend"]`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Tab past the note, or past its confirmation, goes on to the Add post button, and Shift+Tab before the note back to the post', async () => {
    const draft = 'The head never answers a single email, what a shambles this school is.';
    const { page, errors } = await openPage(launched().context, FIXTURE_URLS.x);
    await typeInto(page, X_HOME_EDITOR, draft);
    await page.locator(settled('nudging', draft.length)).waitFor({ state: 'attached' });
    const card = page.locator(`${NUDGE} .card`);
    // "Not now", Tab to the link, Tab: on to what follows the post, not the page's body (nor round to the post, where
    // Tab from the post would bring the note back and Post could never be reached).
    await card.getByRole('button', { name: 'Not now' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedAction(page)).toBe('mute');
    await page.keyboard.press('Tab');
    await expect.poll(() => onNextControl(page)).toBe(true);
    // Shift+Tab from the first control: back in the post too.
    await card.locator('summary').focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => inPost(page)).toBe(true);
    // The confirmation: Undo, OK, Tab: on to what follows the post, the confirmation still there.
    await card.getByRole('button', { name: 'Turn off notes about public complaints' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedAction(page)).toBe('undo');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedAction(page)).toBe('close');
    await page.keyboard.press('Tab');
    await expect.poll(() => onNextControl(page)).toBe(true);
    await expect(page.locator(`${NUDGE} .card[data-mode="muted"]`).isVisible()).resolves.toBe(true);
    // Put back as it was, for the tests after this one.
    await page.locator(`${NUDGE} .card[data-mode="muted"]`).getByRole('button', { name: 'Undo' }).click();
    await page.locator(settled('nudging', draft.length)).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
