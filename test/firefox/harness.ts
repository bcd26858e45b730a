// Drives a real Firefox for the browser tests, over WebDriver BiDi with puppeteer-core: installs the built Firefox
// package (dist-firefox/) as a temporary add-on, serves the fixture pages at the real sites' URLs by request
// interception, and keeps every other request on the machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type KeyInput, type Page, type Target } from 'puppeteer-core';
import { assertFirefoxAtLeast, findFirefox, firefoxPrefs } from '../../scripts/firefox';
import { NUDGE, type ContractBrowser, type ContractTab } from '../browser/composer-contract';
import { firefoxWithPolicies } from './policy-install';
import { assertFixturesBuilt, fixtureResponse, isWebRequest } from '../browser/fixture-server';
import type { FixtureWindow } from '../browser/fixtures/fixture-api';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where `npm run build:firefox` puts the unpacked Firefox package. */
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, 'dist-firefox');
/** The moz-extension:// host the tests pin for the add-on (see firefoxPrefs). */
const EXTENSION_UUID = '5e3c0d1a-7b2f-4c6e-9a8d-2f1b3c4d5e6f';
/** How long any one wait may take before the step fails, in milliseconds. */
const WAIT_MS = 15_000;
/** How often a condition is checked again, in milliseconds. */
const POLL_MS = 50;
const POLLING = { polling: POLL_MS, timeout: WAIT_MS };

/** Throws unless `extensionDir` (default dist-firefox/) holds a built Firefox package. */
export function assertFirefoxExtensionBuilt(extensionDir = FIREFOX_EXTENSION_DIR): void {
  const manifest = join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(
      `No built Firefox extension: ${manifest} is missing. Run \`npm run build:firefox\` before the Firefox tests.`,
    );
  }
}

export function geckoId(extensionDir: string): string {
  const id = geckoOf(extensionDir).id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function geckoOf(extensionDir: string): { id?: string; strict_min_version?: string } {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  };
  return manifest.browser_specific_settings?.gecko ?? {};
}

/** Resolves once `condition` holds, checking every POLL_MS; a check that throws counts as not yet. */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Collects the page's console errors and uncaught exceptions. Attach before navigating. */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.stack : String(error)}`));
  return errors;
}

/** Answers the page's web requests from the fixtures and refuses the rest, recording them in `blocked`. */
async function routeFixtures(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    void answer(request, blocked).catch((error: unknown) => {
      blocked.push(`${request.url()} (the harness failed to answer: ${String(error)})`);
    });
  });
}

async function answer(request: HTTPRequest, blocked: string[]): Promise<void> {
  const href = request.url();
  if (!isWebRequest(href)) return request.continue();
  const response = await fixtureResponse(href);
  if (!response) {
    blocked.push(href);
    return request.abort('blockedbyclient');
  }
  return request.respond(response);
}

const selectAllModifier = process.platform === 'darwin' ? 'Meta' : 'Control';

function firefoxTab(page: Page, errors: string[], blocked: string[]): ContractTab {
  const card = (selector: string) => `${NUDGE} >>> ${selector}`;
  const cardButton = async (name: string, selector: string) => {
    const cardHandle = await page.$(card(selector));
    return cardHandle?.$(`::-p-aria([name=${JSON.stringify(name)}][role="button"])`);
  };
  return {
    errors,
    blocked,
    // Firefox reports no navigation event for an extension page opened by the extension, so page.url() can
    // still say about:blank; the document knows where it is.
    url: () => page.evaluate(() => location.href),
    click: (selector) => page.click(selector),
    waitForSelector: async (selector) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
    },
    waitForNone: async (selector) => {
      await page.waitForFunction((sel) => document.querySelector(sel) === null, POLLING, selector);
    },
    count: async (selector) => (await page.$$(selector)).length,
    waitForFocus: async (selector) => {
      await page.waitForFunction(
        (sel) => document.activeElement !== null && document.activeElement === document.querySelector(sel),
        POLLING,
        selector,
      );
    },
    type: async (selector, text) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    press: async (selector, key) => {
      await page.focus(selector);
      const keys = key.split('+') as KeyInput[];
      const last = keys.pop() as KeyInput;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(last);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    selectAllAndDelete: async (selector) => {
      await page.focus(selector);
      await page.keyboard.down(selectAllModifier);
      await page.keyboard.press('a');
      await page.keyboard.up(selectAllModifier);
      await page.keyboard.press('Backspace');
    },
    cardVisible: async (selector = '.card') => (await (await page.$(card(selector)))?.isVisible()) ?? false,
    waitForCard: async (visible, selector = '.card') => {
      await page.waitForSelector(card(selector), { [visible ? 'visible' : 'hidden']: true, timeout: WAIT_MS });
    },
    cardButtonVisible: async (name, selector = '.card') =>
      (await (await cardButton(name, selector))?.isVisible()) ?? false,
    clickCardButton: async (name, selector = '.card') => {
      const button = await cardButton(name, selector);
      if (!button) throw new Error(`No button named "${name}" in the nudge's ${selector}`);
      await button.click();
    },
    labelledVisible: (label) =>
      until(async () => {
        for (const named of await page.$$(`::-p-aria([name=${JSON.stringify(label)}])`)) {
          const isLabelText = await named.evaluate((el) => el.matches('label, legend'));
          if (!isLabelText && (await named.isVisible())) return true;
        }
        return false;
      }, `something labelled "${label}"`).then(
        () => true,
        () => false,
      ),
    // The fixture's test API lives in the page's own world; evaluate runs there, not in a content script's.
    waitForEditorText: async (text, selector) => {
      await page.waitForFunction(
        (expected, within) => (window as unknown as FixtureWindow).__editorText(within) === expected,
        POLLING,
        text,
        selector,
      );
    },
    postedTexts: () => page.evaluate(() => [...(window as unknown as FixtureWindow).__posted]),
    waitForPosted: async (texts) => {
      await page.waitForFunction(
        (expected) => JSON.stringify((window as unknown as FixtureWindow).__posted) === expected,
        POLLING,
        JSON.stringify(texts),
      );
    },
    close: () => page.close(),
  };
}

/**
 * Loads one of the extension's own pages in `page`. Firefox sends no navigation events for moz-extension:// pages,
 * so page.goto would wait for ever: this asks for the page over WebDriver BiDi's own navigate command, which answers
 * once the document has loaded, then checks the document is the one asked for.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  const { browsingContext } = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
  };
  await browsingContext.navigate(url, 'complete');
  await until(
    () => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url),
    `${url} to load`,
  );
}

/**
 * Waits until the freshly installed extension's background page answers a message, as the first draft's check
 * needs: until then Firefox fails every message ("Receiving end does not exist"), and on a busy machine that lasted
 * longer than the content script's retries. Asked from one of the extension's own pages, closed afterwards.
 */
async function backgroundListening(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  try {
    await openExtensionPage(page, `moz-extension://${EXTENSION_UUID}/src/pages/practice/index.html`);
    await until(
      () =>
        page.evaluate(async () => {
          const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser;
          const reply = (await api.runtime.sendMessage({ kind: 'analyze', text: 'hello', site: 'x' })) as { kind?: string } | undefined;
          return reply?.kind === 'verdict';
        }),
      "the extension's background page to answer",
    );
  } finally {
    await page.close();
  }
}

export interface LaunchOptions {
  /** The unpacked Firefox package to install (default dist-firefox/). */
  extensionDir?: string;
  /** Run without a window (default true). */
  headless?: boolean;
  /**
   * An enterprise policy (what goes under "policies" in policies.json): Firefox then runs from a temporary install
   * whose distribution/policies.json holds it (see policy-install.ts), removed again on close.
   */
  policies?: Record<string, unknown>;
}

/**
 * Launches Firefox with a fresh temporary profile (puppeteer deletes it on close) and installs the built Firefox
 * package as a temporary add-on, the way about:debugging's "Load Temporary Add-on" does.
 */
export async function launchFirefox({
  extensionDir = FIREFOX_EXTENSION_DIR,
  headless = true,
  policies,
}: LaunchOptions = {}): Promise<ContractBrowser & { browser: Browser }> {
  assertFirefoxExtensionBuilt(extensionDir);
  assertFixturesBuilt();
  const id = geckoId(extensionDir);
  const minimum = geckoOf(extensionDir).strict_min_version;
  if (minimum) assertFirefoxAtLeast(findFirefox(), minimum);
  const install = policies ? firefoxWithPolicies(findFirefox(), policies) : undefined;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: install?.executable ?? findFirefox(),
      headless,
      // The Chromium harness's window size: the nudge is placed against the viewport.
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: firefoxPrefs({ [id]: EXTENSION_UUID }),
      // Firefox 153 and later let WebDriver open moz-extension:// pages (the extension's settings, say, as a user
      // opens them from the toolbar) only with this flag.
      args: ['--remote-allow-system-access'],
    });
  } catch (error) {
    install?.remove();
    throw error;
  }
  const close = async () => {
    try {
      await browser.close();
    } finally {
      install?.remove();
    }
  };
  try {
    await browser.installExtension(extensionDir);
    await backgroundListening(browser);
  } catch (error) {
    await close();
    throw error;
  }
  const blocked: string[] = [];
  return {
    browser,
    async open(url) {
      const page = await browser.newPage();
      const errors = watchPageErrors(page);
      await routeFixtures(page, blocked);
      if (url.startsWith('moz-extension:')) await openExtensionPage(page, url);
      else await page.goto(url);
      return firefoxTab(page, errors, blocked);
    },
    async followNewTab(action) {
      const before = new Set<Target>(browser.targets());
      const opened = browser.waitForTarget((target) => target.type() === 'page' && !before.has(target), {
        timeout: WAIT_MS,
      });
      await action();
      const page = await (await opened).page();
      if (!page) throw new Error('The new tab has no page');
      const errors = watchPageErrors(page);
      // The tab starts on about:blank and then loads its page without telling the BiDi session, so wait on the
      // document itself.
      await until(
        () => page.evaluate(() => location.protocol !== 'about:' && document.readyState === 'complete'),
        'the new tab to load its page',
      );
      return firefoxTab(page, errors, blocked);
    },
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    close,
  };
}
