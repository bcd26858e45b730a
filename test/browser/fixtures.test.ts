// The fixture pages hold real editors: typed text reaches Draft.js's and Lexical's own state, and posting reads
// and clears it. Runs without the extension, so a failure here is the fixture's, not the extension's.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  FIXTURE_URLS,
  editorText,
  launchBrowser,
  openPage,
  routeFixtures,
  typeInto,
  waitForEditorText,
  waitForPosted,
  type FixturePage,
  type FixtureRoutes,
  type LaunchedBrowser,
} from './harness';

let browser: LaunchedBrowser;
let routes: FixtureRoutes;

beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
  routes = await routeFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  routes.blocked.length = 0;
});

function expectCleanPage({ errors }: FixturePage) {
  expect(errors).toEqual([]);
  expect(routes.blocked).toEqual([]);
}

describe('X fixture', () => {
  const editor = '[data-testid="tweetTextarea_0"]';
  const post = 'button[data-testid="tweetButtonInline"]';

  test('is a Draft.js editor with the attributes x.com gives it', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.x);
    const { page } = fixture;
    const textbox = page.locator(`[data-testid="tweetTextarea_0RichTextInputContainer"] ${editor}`);
    await expect.poll(() => textbox.getAttribute('role')).toBe('textbox');
    expect(await textbox.getAttribute('contenteditable')).toBe('true');
    expect(await textbox.evaluate((el) => el.closest('.DraftEditor-root') !== null)).toBe(true);
    await expect.poll(() => page.locator('.public-DraftEditorPlaceholder-inner').textContent()).toBe(
      'What is happening?!',
    );
    expect(await page.locator(post).getAttribute('role')).toBe('button');
    expect(await editorText(page)).toBe('');
    expectCleanPage(fixture);
    await page.close();
  });

  test('typing reaches the editor state, and Post sends and clears it', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.x);
    const { page } = fixture;
    await typeInto(page, editor, 'Hello there');
    await waitForEditorText(page, 'Hello there');

    await page.locator(post).click();
    await waitForPosted(page, ['Hello there']);
    await waitForEditorText(page, '');
    expect(await page.locator(editor).textContent()).toBe('');
    expectCleanPage(fixture);
    await page.close();
  });

  test('select-all and Backspace empty the editor state', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.x);
    const { page } = fixture;
    await typeInto(page, editor, 'Typed then deleted');
    await waitForEditorText(page, 'Typed then deleted');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await waitForEditorText(page, '');
    expectCleanPage(fixture);
    await page.close();
  });

  test('Ctrl+Enter posts from the editor', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.x);
    const { page } = fixture;
    await typeInto(page, editor, 'Sent by keyboard');
    await waitForEditorText(page, 'Sent by keyboard');
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Enter' : 'Control+Enter');
    await waitForPosted(page, ['Sent by keyboard']);
    await waitForEditorText(page, '');
    expectCleanPage(fixture);
    await page.close();
  });

  test('is also served on twitter.com and mobile.x.com', async () => {
    for (const url of ['https://twitter.com/home', 'https://mobile.x.com/home']) {
      const fixture = await openPage(browser.context, url);
      await fixture.page.locator(editor).waitFor();
      expectCleanPage(fixture);
      await fixture.page.close();
    }
  });
});

describe('Facebook fixture', () => {
  const opener = 'div[role="button"]:has-text("What\'s on your mind?")';
  const dialog = 'div[role="dialog"][aria-label="Create post"]';
  const editor = `${dialog} div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]`;
  const post = `${dialog} div[aria-label="Post"][role="button"]`;
  const close = `${dialog} div[aria-label="Close"][role="button"]`;

  test('opens a Create post dialog holding a Lexical editor only on click', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.facebook);
    const { page } = fixture;
    await page.locator(opener).waitFor();
    expect(await page.locator(dialog).count()).toBe(0);
    expect(await editorText(page, dialog)).toBeNull();

    await page.locator(opener).click();
    await expect.poll(() => page.locator(editor).getAttribute('aria-label')).toBe("What's on your mind?");
    expect(await editorText(page)).toBe('');

    await page.locator(close).click();
    await page.locator(dialog).waitFor({ state: 'detached' });
    expect(await editorText(page, dialog)).toBeNull();
    expectCleanPage(fixture);
    await page.close();
  });

  test('typing reaches the editor state, and Post sends it and closes the dialog', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.facebook);
    const { page } = fixture;
    await page.locator(opener).click();
    await typeInto(page, editor, 'Hello there');
    await waitForEditorText(page, 'Hello there');

    await page.locator(post).click();
    await waitForPosted(page, ['Hello there']);
    await page.locator(dialog).waitFor({ state: 'detached' });
    expect(await editorText(page, dialog)).toBeNull();
    expectCleanPage(fixture);
    await page.close();
  });

  test('select-all and Backspace empty the editor state', async () => {
    const fixture = await openPage(browser.context, FIXTURE_URLS.facebook);
    const { page } = fixture;
    await page.locator(opener).click();
    await typeInto(page, editor, 'Typed then deleted');
    await waitForEditorText(page, 'Typed then deleted');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await waitForEditorText(page, '');
    expectCleanPage(fixture);
    await page.close();
  });

  test('is also served on web.facebook.com, and m.facebook.com serves its textarea form', async () => {
    for (const [url, composer] of [
      ['https://web.facebook.com/', opener],
      ['https://m.facebook.com/', 'form textarea[name="xc_message"]'],
    ] as const) {
      const fixture = await openPage(browser.context, url);
      await fixture.page.locator(composer).waitFor();
      expectCleanPage(fixture);
      await fixture.page.close();
    }
  });
});

test('requests to any other host are aborted, not sent', async () => {
  const fixture = await openPage(browser.context, FIXTURE_URLS.x);
  const outcome = await fixture.page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'sent',
      () => 'failed',
    ),
  );
  expect(outcome).toBe('failed');
  expect(routes.blocked).toEqual(['https://example.com/']);
  await fixture.page.close();
});
