// The composer contract's driver for Chromium (playwright-core), on top of the Chromium harness.
import type { Page } from 'playwright-core';
import { NUDGE, type ContractBrowser, type ContractTab } from './composer-contract';
import {
  launchBrowser,
  openPage,
  postedTexts,
  routeFixtures,
  typeInto,
  waitForEditorText,
  waitForPosted,
  watchPageErrors,
} from './harness';

function chromiumTab(page: Page, errors: string[], blocked: string[]): ContractTab {
  // Playwright's CSS locators look inside open shadow roots, so the card is found from the page.
  const card = (selector: string) => page.locator(`${NUDGE} ${selector}`);
  const cardButton = (name: string, selector: string) => card(selector).getByRole('button', { name });
  return {
    errors,
    blocked,
    url: async () => page.url(),
    click: (selector) => page.locator(selector).click(),
    waitForSelector: (selector) => page.locator(selector).first().waitFor({ state: 'attached' }),
    waitForNone: (selector) => page.locator(selector).first().waitFor({ state: 'detached' }),
    count: (selector) => page.locator(selector).count(),
    waitForFocus: async (selector) => {
      await page.waitForFunction((sel) => {
        const element = document.querySelector(sel);
        return element !== null && element === document.activeElement;
      }, selector);
    },
    type: (selector, text) => typeInto(page, selector, text),
    press: async (selector, key) => {
      await page.locator(selector).focus();
      await page.keyboard.press(key);
    },
    selectAllAndDelete: async (selector) => {
      await page.locator(selector).focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
    },
    cardVisible: (selector = '.card') => card(selector).isVisible(),
    waitForCard: (visible, selector = '.card') => card(selector).waitFor({ state: visible ? 'visible' : 'hidden' }),
    cardButtonVisible: (name, selector = '.card') => cardButton(name, selector).isVisible(),
    clickCardButton: (name, selector = '.card') => cardButton(name, selector).click(),
    labelledVisible: (label) =>
      page
        .getByLabel(label, { exact: true })
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 })
        .then(
          () => true,
          () => false,
        ),
    waitForEditorText: (text, selector) => waitForEditorText(page, text, selector),
    postedTexts: () => postedTexts(page),
    waitForPosted: (texts) => waitForPosted(page, texts),
    close: () => page.close(),
  };
}

/** Chromium with the built extension from dist/ and the fixture sites routed, as the composer contract needs. */
export async function launchChromiumContract(): Promise<ContractBrowser> {
  const browser = await launchBrowser();
  const routes = await routeFixtures(browser.context);
  return {
    async open(url) {
      const { page, errors } = await openPage(browser.context, url);
      return chromiumTab(page, errors, routes.blocked);
    },
    async followNewTab(action) {
      const [page] = await Promise.all([browser.context.waitForEvent('page'), action()]);
      const errors = watchPageErrors(page);
      await page.waitForLoadState();
      return chromiumTab(page, errors, routes.blocked);
    },
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    close: () => browser.close(),
  };
}
