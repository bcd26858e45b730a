// PRODUCT.md §2.1 and §9: the extension makes no network request of its own. Every request made during a full
// session (both sites, every nudge flow, every extension page) is recorded, in the pages and in the worker, and
// the test fails on any that is not the fixture sites loading themselves or the extension loading its own files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { FIXTURE_URLS, launchBrowser, openPage, routeFixtures, typeInto, waitForPosted, type LaunchedBrowser } from './harness';

const COMPLAINT = 'The school is a shambles and the head is useless.';
const NUDGE = 'second-thought-nudge';
/** What the fixture sites themselves load: their pages and their bundled assets. */
const FIXTURE_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'www.facebook.com', 'web.facebook.com', 'm.facebook.com']);

describe('privacy', () => {
  let browser: LaunchedBrowser;
  const requests: Request[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.context.on('request', (request) => requests.push(request));
    await routeFixtures(browser.context);
    // The worker's own network functions, recorded for the whole session (it is not stopped in this test).
    await browser.worker?.evaluate(() => {
      const calls: string[] = [];
      Object.assign(globalThis, { __networkCalls: calls });
      const record = (name: string) => (...args: unknown[]) => {
        calls.push(`${name} ${String(args[0])}`);
        throw new Error(`${name} is not allowed`);
      };
      globalThis.fetch = record('fetch') as typeof fetch;
      Object.assign(globalThis, { XMLHttpRequest: record('XMLHttpRequest'), WebSocket: record('WebSocket'), EventSource: record('EventSource') });
      navigator.sendBeacon = record('sendBeacon') as typeof navigator.sendBeacon;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes no request of its own through a full session', async () => {
    const ownFiles = `chrome-extension://${browser.extensionId}/`;

    // X: a nudge, the pre-send pause and Post anyway, then "Raise it" opening the private-message page.
    const x = await openPage(browser.context, FIXTURE_URLS.x);
    await typeInto(x.page, '[data-testid="tweetTextarea_0"]', COMPLAINT);
    await x.page.locator(`${NUDGE} .card`).waitFor({ state: 'visible' });
    await x.page.locator('[data-testid="tweetButtonInline"]').click();
    await x.page.locator(`${NUDGE} .card[data-mode="presend"]`).getByRole('button', { name: 'Post anyway' }).click();
    await waitForPosted(x.page, [COMPLAINT]);
    await typeInto(x.page, '[data-testid="tweetTextarea_0"]', COMPLAINT);
    const raise = x.page.locator(`${NUDGE} .card`).getByRole('button', { name: 'Raise it with your school' });
    const [message] = await Promise.all([browser.context.waitForEvent('page'), raise.click()]);
    await message.getByLabel('Message to the school').waitFor();

    // Facebook: a nudge and "Pause notes about … for a day" (the draft's lead concern is the insult; the complaint
    // remains on the note, under the line saying what was paused).
    const facebook = await openPage(browser.context, FIXTURE_URLS.facebook);
    await facebook.page.locator('.composer-button').first().click();
    await typeInto(facebook.page, 'div[role="dialog"] div[role="textbox"]', COMPLAINT);
    await facebook.page.locator(`${NUDGE} .card`).getByRole('button', { name: 'Pause notes about personal attacks for a day' }).click();
    await facebook.page.locator(`${NUDGE} .card .turned-off`).waitFor({ state: 'visible' });

    // Every page of the extension's own.
    for (const path of ['src/pages/practice/index.html', 'src/pages/popup/index.html', 'src/pages/onboarding/index.html']) {
      const page = await browser.context.newPage();
      await page.goto(ownFiles + path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }

    const foreign = requests
      .map((request) => ({ url: new URL(request.url()), navigation: request.isNavigationRequest(), type: request.resourceType() }))
      .filter(({ url, navigation }) => {
        if (url.href.startsWith(ownFiles) || url.protocol === 'data:') return false;
        // The fixture sites loading their own page and bundle, as the real sites would.
        if (FIXTURE_HOSTS.has(url.hostname) && (navigation || url.pathname.startsWith('/__second-thought-fixtures__/'))) return false;
        return true;
      })
      .map(({ url, type }) => `${type} ${url.href}`);
    expect(foreign).toEqual([]);
    await expect(browser.worker?.evaluate(() => (globalThis as unknown as { __networkCalls: string[] }).__networkCalls)).resolves.toEqual([]);
    expect(x.errors).toEqual([]);
    expect(facebook.errors).toEqual([]);
  });
});
