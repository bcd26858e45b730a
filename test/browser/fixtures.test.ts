// The fixture pages hold real editors: typed text reaches Draft.js's and Lexical's own state (or the textarea's
// owner), and every submit path posts exactly that text. Runs without the extension, so a failure here is the
// fixture's, not the extension's.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURE_URLS,
  editorText,
  launchBrowser,
  openPage,
  postedTexts,
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

/** Runs `body` on a fresh tab at `url`, then checks the page logged no errors and reached no other host. */
async function onPage(url: string, body: (page: Page) => Promise<void>): Promise<void> {
  const fixture = await openPage(browser.context, url);
  try {
    await body(fixture.page);
    expectCleanPage(fixture);
  } finally {
    await fixture.page.close();
  }
}

/** Marks the document, so a later expectNoReload proves navigation happened in the page, not by loading a new one. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __fixtureMarker?: string }).__fixtureMarker = 'same document';
  });
}

async function expectNoReload(page: Page): Promise<void> {
  await expect(
    page.evaluate(() => (window as unknown as { __fixtureMarker?: string }).__fixtureMarker),
  ).resolves.toBe('same document');
}

function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** A DOM `.click()`: an untrusted click, as the extension sends when it replays a paused post. */
function untrustedClick(page: Page, selector: string): Promise<void> {
  return page.locator(selector).evaluate((element) => (element as HTMLElement).click());
}

/** The parts of KeyboardEventInit the tests use (the DOM type's `view: Window` is too deep for evaluate's types). */
interface KeyInit {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
}

/** Dispatches a synthetic (untrusted) keydown on the element and returns the posted texts right after it. */
function untrustedKeydown(page: Page, selector: string, init: KeyInit): Promise<string[]> {
  return page.locator(selector).evaluate((element, eventInit) => {
    element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...eventInit }));
    return [...(window as unknown as { __posted: string[] }).__posted];
  }, init);
}

const POST_SHORTCUT = 'ControlOrMeta+Enter';

describe('X fixture', () => {
  const editor = '[data-testid="tweetTextarea_0"]';
  const post = 'button[data-testid="tweetButtonInline"]';
  const dialog = 'div[role="dialog"][aria-modal="true"]';
  const dialogEditor = `${dialog} [data-testid="tweetTextarea_0"]`;
  const dialogPost = `${dialog} button[data-testid="tweetButton"]`;
  const homeEditor = `main [data-testid="tweetTextarea_0"]`;

  test('is a Draft.js editor with the attributes x.com gives it', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      const textbox = page.locator(`[data-testid="tweetTextarea_0RichTextInputContainer"] ${editor}`);
      await expect.poll(() => textbox.getAttribute('role')).toBe('textbox');
      expect(await textbox.getAttribute('contenteditable')).toBe('true');
      expect(await textbox.evaluate((el) => el.closest('.DraftEditor-root') !== null)).toBe(true);
      await expect
        .poll(() => page.locator('.public-DraftEditorPlaceholder-inner').textContent())
        .toBe('What is happening?!');
      expect(await page.locator(post).getAttribute('role')).toBe('button');
      expect(await editorText(page)).toBe('');
    });
  });

  test('typing reaches the editor state, and Post sends and clears it', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await typeInto(page, editor, 'Hello there');
      await waitForEditorText(page, 'Hello there');
      await page.locator(post).click();
      await waitForPosted(page, ['Hello there']);
      await waitForEditorText(page, '');
      expect(await page.locator(editor).textContent()).toBe('');
    });
  });

  test('select-all and Backspace empty the editor state', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await typeInto(page, editor, 'Typed then deleted');
      await waitForEditorText(page, 'Typed then deleted');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await waitForEditorText(page, '');
    });
  });

  test('Ctrl+Enter posts from the editor', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await typeInto(page, editor, 'Sent by keyboard');
      await waitForEditorText(page, 'Sent by keyboard');
      await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Enter' : 'Control+Enter');
      await waitForPosted(page, ['Sent by keyboard']);
      await waitForEditorText(page, '');
    });
  });

  test('Post answers an untrusted .click(), and Ctrl+Enter an untrusted keydown', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await typeInto(page, editor, 'Clicked by script');
      await waitForEditorText(page, 'Clicked by script');
      await untrustedClick(page, post);
      await waitForPosted(page, ['Clicked by script']);
      await waitForEditorText(page, '');

      await typeInto(page, editor, 'Keyed by script');
      await waitForEditorText(page, 'Keyed by script');
      expect(await untrustedKeydown(page, editor, { key: 'Enter', code: 'Enter', ctrlKey: true })).toEqual([
        'Clicked by script',
        'Keyed by script',
      ]);
      await waitForEditorText(page, '');
    });
  });

  test('every route loads directly by URL, on every X host', async () => {
    for (const host of ['x.com', 'twitter.com', 'mobile.x.com']) {
      await onPage(`https://${host}/home`, async (page) => {
        await page.locator(`${homeEditor}[contenteditable="true"]`).waitFor();
        expect(await page.locator(dialog).count()).toBe(0);
      });
      await onPage(`https://${host}/example/status/1`, async (page) => {
        await page.locator(`${homeEditor}[contenteditable="true"]`).waitFor();
        expect(await page.locator('main article[data-testid="tweet"]').count()).toBe(1);
      });
      await onPage(`https://${host}/compose/post?quote=1`, async (page) => {
        await page.locator(`${dialog} div[role="link"] [data-testid="tweetText"]`).waitFor();
        // The dialog is drawn over the home timeline, whose composer stays.
        expect(await page.locator(homeEditor).count()).toBe(1);
      });
    }
  });

  test('"Add post" builds a thread of Draft.js boxes, and one Post posts every box in order', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      const add = '[data-testid="addButton"]';
      await typeInto(page, editor, 'First of three');
      await page.locator(add).click();
      const second = '[data-testid="tweetTextarea_1"]';
      await expect.poll(() => page.locator(second).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Second of three');
      await page.locator(add).click();
      const third = '[data-testid="tweetTextarea_2"]';
      await typeInto(page, third, 'Third of three');

      for (const box of [editor, second, third]) {
        expect(await page.locator(box).getAttribute('role')).toBe('textbox');
        expect(await page.locator(box).getAttribute('contenteditable')).toBe('true');
      }
      // One region: the Post button and every box share the toolbar's parent.
      const region = page.locator(`[data-testid="inline_reply_offscreen_wrapper"]`);
      expect(await region.locator('[contenteditable="true"]').count()).toBe(3);
      expect(await region.locator(post).count()).toBe(1);
      await waitForEditorText(page, 'First of three', editor);
      await waitForEditorText(page, 'Second of three', second);
      await waitForEditorText(page, 'Third of three', third);

      await page.locator(post).click();
      await waitForPosted(page, ['First of three', 'Second of three', 'Third of three']);
      await page.locator(second).waitFor({ state: 'detached' });
      expect(await page.locator(third).count()).toBe(0);
      await waitForEditorText(page, '', editor);
    });
  });

  test('the Post button in the side bar opens /compose/post over the timeline, without a reload', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await page.locator(homeEditor).waitFor();
      await markDocument(page);
      const sideButton = page.locator('a[data-testid="SideNav_NewTweet_Button"][href="/compose/post"]');
      await sideButton.click();
      await page.locator(dialogEditor).waitFor();
      expect(pathOf(page)).toBe('/compose/post');
      await expectNoReload(page);
      // Two composers now: the home one under the dialog, and the dialog's, which has focus.
      expect(await page.locator(editor).count()).toBe(2);
      await expect.poll(() => page.locator(dialogEditor).evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.locator(`${dialog} [data-testid="app-bar-close"]`).count()).toBe(1);

      await page.keyboard.type('From the dialog');
      // The default composer is the dialog's; the home one is still there, empty.
      await waitForEditorText(page, 'From the dialog');
      await waitForEditorText(page, 'From the dialog', dialogEditor);
      await waitForEditorText(page, '', homeEditor);
      await page.locator(dialogPost).click();
      await waitForPosted(page, ['From the dialog']);
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(pathOf(page)).toBe('/home');
      await expectNoReload(page);
    });
  });

  test('the dialog closes with its close button and with Back; loaded directly, close goes to /home', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await page.locator(homeEditor).waitFor();
      await markDocument(page);
      await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
      await page.locator(dialogEditor).waitFor();
      await page.locator('[data-testid="app-bar-close"]').click();
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(pathOf(page)).toBe('/home');

      await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
      await page.locator(dialogEditor).waitFor();
      await page.goBack();
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(pathOf(page)).toBe('/home');
      await page.goForward();
      await page.locator(dialogEditor).waitFor();
      expect(pathOf(page)).toBe('/compose/post');
      await expectNoReload(page);
    });
    await onPage(FIXTURE_URLS.xCompose, async (page) => {
      await markDocument(page);
      await page.locator('[data-testid="app-bar-close"]').click();
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(pathOf(page)).toBe('/home');
      await page.locator(homeEditor).waitFor();
      await expectNoReload(page);
    });
  });

  test('/compose/post posts by Ctrl+Enter, and by an untrusted click on its Post button', async () => {
    await onPage(FIXTURE_URLS.xCompose, async (page) => {
      await typeInto(page, dialogEditor, 'Dialog by keyboard');
      await waitForEditorText(page, 'Dialog by keyboard', dialogEditor);
      await page.keyboard.press(POST_SHORTCUT);
      await waitForPosted(page, ['Dialog by keyboard']);
      await page.locator(dialog).waitFor({ state: 'detached' });
    });
    await onPage(FIXTURE_URLS.xCompose, async (page) => {
      await typeInto(page, dialogEditor, 'Dialog by script');
      await waitForEditorText(page, 'Dialog by script', dialogEditor);
      await untrustedClick(page, dialogPost);
      await waitForPosted(page, ['Dialog by script']);
      await page.locator(dialog).waitFor({ state: 'detached' });
    });
  });

  test('Reply on a timeline post opens the reply dialog and leaves the home composer as it was', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await typeInto(page, homeEditor, 'A draft at home');
      await waitForEditorText(page, 'A draft at home', homeEditor);
      const homeNode = await page.locator(homeEditor).elementHandle();
      await markDocument(page);

      await page.locator('main article[data-testid="tweet"] [data-testid="reply"]').click();
      await page.locator(dialogEditor).waitFor();
      await expect.poll(() => page.locator(dialog).textContent()).toContain('Replying to @example');
      expect(await page.locator(dialogPost).textContent()).toBe('Reply');
      await expect
        .poll(() => page.locator(`${dialog} .public-DraftEditorPlaceholder-inner`).textContent())
        .toBe('Post your reply');
      expect(await page.locator(editor).count()).toBe(2);

      await typeInto(page, dialogEditor, 'My reply');
      await waitForEditorText(page, 'My reply');
      await waitForEditorText(page, 'A draft at home', homeEditor);
      await untrustedClick(page, dialogPost);
      await waitForPosted(page, ['My reply']);
      await page.locator(dialog).waitFor({ state: 'detached' });
      await waitForEditorText(page, 'A draft at home');
      expect(await homeNode?.evaluate((node) => node.isConnected)).toBe(true);
      await expectNoReload(page);
    });
  });

  test('Repost > Quote opens /compose/post?quote=1 in the page, with the quoted post, and posts the text', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await page.locator(homeEditor).waitFor();
      await markDocument(page);
      await page.locator('main article[data-testid="tweet"] [data-testid="retweet"]').click();
      const quote = page.locator('[role="menu"] [role="menuitem"]', { hasText: 'Quote' });
      expect(await quote.getAttribute('href')).toBe('/compose/post?quote=1');
      await quote.click();
      await page.locator(dialogEditor).waitFor();
      expect(pathOf(page)).toBe('/compose/post?quote=1');
      await expectNoReload(page);
      await expect
        .poll(() => page.locator(`${dialog} div[role="link"] [data-testid="tweetText"]`).textContent())
        .toContain('A post already in the timeline');

      await typeInto(page, dialogEditor, 'Quoting this');
      await waitForEditorText(page, 'Quoting this');
      await page.locator(dialogPost).click();
      await waitForPosted(page, ['Quoting this']);
      await page.locator(dialog).waitFor({ state: 'detached' });
    });
  });

  test("a post's page has an inline reply composer, reached by a link without a reload", async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      await page.locator(homeEditor).waitFor();
      await markDocument(page);
      await page.locator('main article[data-testid="tweet"] a[href="/example/status/1"]').click();
      await page.locator('main section[aria-label="Conversation"]').waitFor();
      expect(pathOf(page)).toBe('/example/status/1');
      await expectNoReload(page);

      const replyEditor = 'main [data-testid="tweetTextarea_0"]';
      const replyButton = 'main button[data-testid="tweetButtonInline"]';
      await expect.poll(() => page.locator('main .public-DraftEditorPlaceholder-inner').textContent()).toBe(
        'Post your reply',
      );
      expect(await page.locator(replyButton).textContent()).toBe('Reply');
      // The post comes first, then the composer.
      expect(
        await page
          .locator('main article[data-testid="tweet"]')
          .evaluate((article, sel) => {
            const box = document.querySelector(sel);
            return box !== null && (article.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          }, replyEditor),
      ).toBe(true);

      await typeInto(page, replyEditor, 'Inline reply');
      await waitForEditorText(page, 'Inline reply');
      await page.locator(replyButton).click();
      await waitForPosted(page, ['Inline reply']);
      await waitForEditorText(page, '');
      await typeInto(page, replyEditor, 'Inline reply by keyboard');
      await page.keyboard.press(POST_SHORTCUT);
      await waitForPosted(page, ['Inline reply', 'Inline reply by keyboard']);
    });
  });

  test('an @-mention opens the typeahead and re-mounts the editor, keeping the text and the caret', async () => {
    await onPage(FIXTURE_URLS.x, async (page) => {
      const listbox = 'div[data-testid="typeaheadDropdown-1"][role="listbox"]';
      await typeInto(page, editor, 'Thanks @');
      await waitForEditorText(page, 'Thanks @');
      expect(await page.locator(listbox).count()).toBe(0);
      const before = await page.locator(editor).elementHandle();

      await page.keyboard.type('e');
      await page.locator(listbox).waitFor();
      // A new contenteditable replaced the old one; the model is unchanged by it.
      expect(await before?.evaluate((node) => node.isConnected)).toBe(false);
      const after = await page.locator(editor).elementHandle();
      expect(await after?.evaluate((node, old) => node !== old, before)).toBe(true);
      expect(await editorText(page)).toBe('Thanks @e');
      expect(await page.locator(editor).evaluate((el) => el === document.activeElement)).toBe(true);

      // Typing carries on at the caret, in the new element; a space closes the typeahead (another re-mount).
      await page.keyboard.type('xample for today');
      await waitForEditorText(page, 'Thanks @example for today');
      await page.locator(listbox).waitFor({ state: 'detached' });
      expect(await after?.evaluate((node) => node.isConnected)).toBe(false);
      expect(await page.locator(editor).textContent()).toBe('Thanks @example for today');
      await page.keyboard.press(POST_SHORTCUT);
      await waitForPosted(page, ['Thanks @example for today']);
    });
  });

  describe('narrow layout', () => {
    const wrapper = '[data-testid="tweetTextarea_0"]';
    const textarea = `${wrapper} > textarea`;

    test('?layout=narrow renders a React-controlled textarea that posts by button and by Ctrl+Enter', async () => {
      await onPage(FIXTURE_URLS.xNarrow, async (page) => {
        const box = page.locator(textarea);
        expect(await box.getAttribute('aria-label')).toBe('Post text');
        expect(await box.getAttribute('placeholder')).toBe('What is happening?!');
        expect(await page.locator('[contenteditable="true"]').count()).toBe(0);
        expect(await editorText(page)).toBe('');

        await typeInto(page, textarea, 'Narrow post');
        await waitForEditorText(page, 'Narrow post', wrapper);
        await waitForEditorText(page, 'Narrow post', textarea);
        await page.locator(post).click();
        await waitForPosted(page, ['Narrow post']);
        await waitForEditorText(page, '');
        expect(await box.inputValue()).toBe('');

        await typeInto(page, textarea, 'Narrow by keyboard');
        await page.keyboard.press(POST_SHORTCUT);
        await waitForPosted(page, ['Narrow post', 'Narrow by keyboard']);

        await typeInto(page, textarea, 'Narrow by script');
        await waitForEditorText(page, 'Narrow by script');
        expect(await untrustedKeydown(page, textarea, { key: 'Enter', ctrlKey: true })).toEqual([
          'Narrow post',
          'Narrow by keyboard',
          'Narrow by script',
        ]);
        await typeInto(page, textarea, 'Narrow clicked by script');
        await waitForEditorText(page, 'Narrow clicked by script');
        await untrustedClick(page, post);
        await waitForPosted(page, [
          'Narrow post',
          'Narrow by keyboard',
          'Narrow by script',
          'Narrow clicked by script',
        ]);
      });
    });

    test('the narrow layout holds across in-app navigation, for dialogs and threads too', async () => {
      await onPage(FIXTURE_URLS.xNarrow, async (page) => {
        await page.locator(textarea).waitFor();
        await markDocument(page);
        await page.locator('[data-testid="addButton"]').click();
        await typeInto(page, '[data-testid="tweetTextarea_1"] > textarea', 'Second box');
        await typeInto(page, textarea, 'First box');
        await page.locator(post).click();
        await waitForPosted(page, ['First box', 'Second box']);

        await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
        await page.locator(`${dialog} ${textarea}`).waitFor();
        await page.keyboard.type('Narrow dialog');
        await waitForEditorText(page, 'Narrow dialog');
        await page.locator(dialogPost).click();
        await waitForPosted(page, ['First box', 'Second box', 'Narrow dialog']);
        await page.locator(dialog).waitFor({ state: 'detached' });
        await expectNoReload(page);
      });
    });

    test('mobile.x.com/compose/post is the narrow layout', async () => {
      await onPage(FIXTURE_URLS.xMobileCompose, async (page) => {
        const box = `${dialog} ${textarea}`;
        await expect.poll(() => page.locator(box).evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await page.locator(box).getAttribute('placeholder')).toBe('What is happening?!');
        await page.keyboard.type('From a phone');
        await waitForEditorText(page, 'From a phone', box);
        await page.locator(dialogPost).click();
        await waitForPosted(page, ['From a phone']);
      });
    });
  });
});

describe('Facebook fixture', () => {
  const opener = 'div[role="button"]:has-text("What\'s on your mind?")';
  const dialog = 'div[role="dialog"][aria-label="Create post"]';
  const lexical = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
  const editor = `${dialog} ${lexical}`;
  const post = `${dialog} div[aria-label="Post"][role="button"]`;
  const close = `${dialog} div[aria-label="Close"][role="button"]`;
  const commentEditor = `${lexical}[aria-label="Write a comment\u2026"]`;
  const replyEditor = `${lexical}[aria-label="Write a reply\u2026"]`;

  test('opens a Create post dialog holding a Lexical editor only on click', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      await page.locator(opener).waitFor();
      expect(await page.locator(dialog).count()).toBe(0);
      expect(await editorText(page, dialog)).toBeNull();

      await page.locator(opener).click();
      await expect.poll(() => page.locator(editor).getAttribute('aria-label')).toBe("What's on your mind?");
      // With the dialog open, its editor is the default one.
      expect(await editorText(page)).toBe('');
      expect(await editorText(page, dialog)).toBe('');

      await page.locator(close).click();
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(await editorText(page, dialog)).toBeNull();
    });
  });

  test('typing reaches the editor state, and Post sends it and closes the dialog', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      await page.locator(opener).click();
      await typeInto(page, editor, 'Hello there');
      await waitForEditorText(page, 'Hello there');
      await page.locator(post).click();
      await waitForPosted(page, ['Hello there']);
      await page.locator(dialog).waitFor({ state: 'detached' });
      expect(await editorText(page, dialog)).toBeNull();
    });
  });

  test('Post answers an untrusted .click()', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      await page.locator(opener).click();
      await typeInto(page, editor, 'Posted by script');
      await waitForEditorText(page, 'Posted by script');
      await untrustedClick(page, post);
      await waitForPosted(page, ['Posted by script']);
      await page.locator(dialog).waitFor({ state: 'detached' });
    });
  });

  test('select-all and Backspace empty the editor state', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      await page.locator(opener).click();
      await typeInto(page, editor, 'Typed then deleted');
      await waitForEditorText(page, 'Typed then deleted');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await waitForEditorText(page, '');
    });
  });

  test('is also served on web.facebook.com, and every route loads directly by URL', async () => {
    for (const url of [
      'https://web.facebook.com/',
      FIXTURE_URLS.facebookGroup,
      'https://web.facebook.com/profile.php?id=4',
    ]) {
      await onPage(url, async (page) => {
        await page.locator('.composer-button').waitFor();
      });
    }
  });

  test('a post has a Lexical comment box outside any dialog: Enter comments, Shift+Enter breaks the line', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      const box = page.locator(`div[role="article"] ${commentEditor}`);
      expect(await box.count()).toBe(1);
      expect(await box.evaluate((el) => el.closest('[role="dialog"]'))).toBeNull();
      await expect.poll(() => box.getAttribute('aria-label')).toBe('Write a comment…');

      await typeInto(page, commentEditor, 'Line one');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('line two');
      await waitForEditorText(page, 'Line one\nline two', commentEditor);
      expect(await postedTexts(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await waitForPosted(page, ['Line one\nline two']);
      await waitForEditorText(page, '', commentEditor);
      // The comment shows under the post, and the box keeps focus for the next one.
      await expect.poll(() => page.locator('[role="article"][aria-label="Comment by Sam Example"]').count()).toBe(1);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });

  test('an untrusted Enter keydown submits a comment; an IME Enter (isComposing) does not', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      await typeInto(page, commentEditor, 'こんにちは');
      await waitForEditorText(page, 'こんにちは', commentEditor);
      // Lexical handles keydown synchronously, so the posted list right after dispatch is the outcome.
      expect(await untrustedKeydown(page, commentEditor, { key: 'Enter', code: 'Enter', isComposing: true })).toEqual(
        [],
      );
      expect(await editorText(page, commentEditor)).toBe('こんにちは');
      expect(await untrustedKeydown(page, commentEditor, { key: 'Enter', code: 'Enter' })).toEqual(['こんにちは']);
      await waitForEditorText(page, '', commentEditor);
    });
  });

  test('Reply under a comment opens a "Write a reply…" Lexical box, and Enter submits it', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      const comment = page.locator('div[role="article"][aria-label="Comment by Alex Example"]');
      expect(await page.locator(replyEditor).count()).toBe(0);
      await comment.locator('div[role="button"]', { hasText: 'Reply' }).click();
      const box = page.locator(replyEditor);
      await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await comment.locator(replyEditor).count()).toBe(1);

      await page.keyboard.type('A reply');
      await waitForEditorText(page, 'A reply', replyEditor);
      await waitForEditorText(page, '', commentEditor);
      await page.keyboard.press('Enter');
      await waitForPosted(page, ['A reply']);
      await waitForEditorText(page, '', replyEditor);
      expect(await untrustedKeydown(page, replyEditor, { key: 'Enter' })).toEqual(['A reply']);
    });
  });

  test('group and profile pages, reached by links without a reload, open the same Create post dialog', async () => {
    await onPage(FIXTURE_URLS.facebook, async (page) => {
      await page.locator(opener).waitFor();
      await markDocument(page);

      await page.locator('a[href="/groups/1234"]').click();
      const groupOpener = page.locator('.composer-button', { hasText: 'Write something...' });
      await groupOpener.click();
      expect(pathOf(page)).toBe('/groups/1234');
      await typeInto(page, editor, 'To the group');
      await waitForEditorText(page, 'To the group');
      await untrustedClick(page, post);
      await waitForPosted(page, ['To the group']);
      await page.locator(dialog).waitFor({ state: 'detached' });

      await page.locator('a[href="/profile.php?id=4"]').click();
      await page.locator('h1', { hasText: 'Sam Example' }).waitFor();
      expect(pathOf(page)).toBe('/profile.php?id=4');
      await page.locator(opener).click();
      await typeInto(page, editor, 'On my profile');
      await page.locator(post).click();
      await waitForPosted(page, ['To the group', 'On my profile']);

      await page.goBack();
      await groupOpener.waitFor();
      expect(pathOf(page)).toBe('/groups/1234');
      await page.goBack();
      await page.locator(commentEditor).waitFor();
      expect(pathOf(page)).toBe('/');
      await expectNoReload(page);
    });
  });

  describe('m.facebook.com', () => {
    const composer = 'form textarea[name="xc_message"]';
    const composerPost = 'form button[type="submit"][name="view_post"]';
    const comment = 'form textarea[name="comment_text"]';
    const commentButton = 'form:has(textarea[name="comment_text"]) button[type="submit"]';

    test('the composer is a textarea in a form: Enter breaks the line, Post submits without navigating', async () => {
      await onPage(FIXTURE_URLS.mobileFacebook, async (page) => {
        expect(await page.locator(composer).getAttribute('placeholder')).toBe("What's on your mind?");
        expect(await page.locator(composerPost).textContent()).toBe('Post');
        expect(await page.locator('[contenteditable]').count()).toBe(0);
        await markDocument(page);

        await typeInto(page, composer, 'First line');
        await page.keyboard.press('Enter');
        await page.keyboard.type('second line');
        await waitForEditorText(page, 'First line\nsecond line', composer);
        expect(await postedTexts(page)).toEqual([]);
        await page.locator(composerPost).click();
        await waitForPosted(page, ['First line\nsecond line']);
        expect(await page.locator(composer).inputValue()).toBe('');

        await typeInto(page, composer, 'Clicked by script');
        await untrustedClick(page, composerPost);
        await waitForPosted(page, ['First line\nsecond line', 'Clicked by script']);
        await typeInto(page, composer, 'Submitted by script');
        await page.locator(composer).evaluate((el) => (el as HTMLTextAreaElement).form?.requestSubmit());
        await waitForPosted(page, ['First line\nsecond line', 'Clicked by script', 'Submitted by script']);
        expect(pathOf(page)).toBe('/');
        await expectNoReload(page);
      });
    });

    test('the comment textarea submits on Enter and by its button; Shift+Enter and IME Enter do not', async () => {
      await onPage(FIXTURE_URLS.mobileFacebook, async (page) => {
        expect(await page.locator(comment).getAttribute('placeholder')).toBe('Write a comment…');
        expect(await page.locator(commentButton).textContent()).toBe('Comment');
        await markDocument(page);

        await typeInto(page, comment, 'One');
        await page.keyboard.press('Shift+Enter');
        await page.keyboard.type('two');
        await waitForEditorText(page, 'One\ntwo', comment);
        expect(await untrustedKeydown(page, comment, { key: 'Enter', isComposing: true })).toEqual([]);
        await page.keyboard.press('Enter');
        await waitForPosted(page, ['One\ntwo']);
        await waitForEditorText(page, '', comment);

        await typeInto(page, comment, 'By button');
        await page.locator(commentButton).click();
        await waitForPosted(page, ['One\ntwo', 'By button']);
        await typeInto(page, comment, 'By script');
        expect(await untrustedKeydown(page, comment, { key: 'Enter' })).toEqual(['One\ntwo', 'By button', 'By script']);
        expect(pathOf(page)).toBe('/');
        await expectNoReload(page);
      });
    });

    test('group and profile pages have the composer form, by link and by URL', async () => {
      await onPage(FIXTURE_URLS.mobileFacebook, async (page) => {
        await page.locator(composer).waitFor();
        await markDocument(page);
        await page.locator('a[href="/groups/1234"]').click();
        await expect.poll(() => page.locator(composer).getAttribute('placeholder')).toBe('Write something...');
        await typeInto(page, composer, 'Group post');
        await page.locator(composerPost).click();
        await waitForPosted(page, ['Group post']);
        await page.locator('a[href="/profile.php?id=4"]').click();
        await page.locator('h1', { hasText: 'Sam Example' }).waitFor();
        expect(await page.locator(comment).count()).toBe(0);
        await expectNoReload(page);
      });
      await onPage('https://m.facebook.com/profile.php?id=4', async (page) => {
        await typeInto(page, composer, 'Profile post');
        await page.locator(composerPost).click();
        await waitForPosted(page, ['Profile post']);
      });
    });
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
