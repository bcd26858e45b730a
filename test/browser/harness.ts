// Drives a real Chromium for the browser tests: launches it (with the built extension or without), serves the
// fixture pages at the real sites' URLs, and keeps every other request on the machine.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { assertFixturesBuilt, fixtureResponse, isWebRequest } from './fixture-server';
import type { FixtureWindow } from './fixtures/fixture-api';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where `npm run build` puts the unpacked extension. */
export const EXTENSION_DIR = join(REPO_ROOT, 'dist');

/** The page each site's composer is tested on, and the other pages the fixtures serve. */
export const FIXTURE_URLS = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  /** The Post dialog, over the home timeline. */
  xCompose: 'https://x.com/compose/post',
  /** The Post dialog quoting a post. */
  xQuote: 'https://x.com/compose/post?quote=1',
  /** A post's page, with the inline reply composer. */
  xStatus: 'https://x.com/example/status/1',
  /** The home timeline in X's narrow layout: the composer is a textarea. */
  xNarrow: 'https://x.com/home?layout=narrow',
  /** The Post dialog in the narrow layout, as mobile.x.com serves it. */
  xMobileCompose: 'https://mobile.x.com/compose/post',
  facebookGroup: 'https://www.facebook.com/groups/1234',
  facebookProfile: 'https://www.facebook.com/profile.php?id=4',
  /** m.facebook.com's feed: plain textareas in forms. */
  mobileFacebook: 'https://m.facebook.com/',
} as const;

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id, from its service worker URL; set when the extension is loaded. */
  extensionId?: string;
  /** The extension's background service worker; set when the extension is loaded. */
  worker?: Worker;
  /** Closes Chromium and deletes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension from dist/ (default true). */
  extension?: boolean;
  /** Run without a window (default true). Chromium's current headless mode loads extensions. */
  headless?: boolean;
  /** The unpacked extension to load (default EXTENSION_DIR, the repo's dist/). */
  extensionDir?: string;
}

/** Browser contexts launched with the extension loaded, and the URL patterns its content script runs on there. */
const withExtension = new WeakMap<BrowserContext, RegExp[]>();

/** The built extension's content-script match patterns (https://host/* only, as manifest.json holds), as tests. */
function contentScriptPages(extensionDir: string): RegExp[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
  };
  return (manifest.content_scripts ?? [])
    .flatMap((script) => script.matches ?? [])
    .map((pattern) => new RegExp(`^${pattern.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
}

/** Launches Chromium with a fresh temporary profile, loading the built extension unless `extension` is false. */
export async function launchBrowser({
  extension = true,
  headless = true,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (extension) assertExtensionBuilt(extensionDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'second-thought-chromium-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless,
      // Playwright's default --disable-extensions stays: --disable-extensions-except overrides it for ours.
      args: chromiumArgs(extension ? extensionDir : undefined),
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  const close = async () => {
    await context.close();
    await removeProfile();
  };
  if (!extension) return { context, close };

  try {
    const worker = await extensionWorker(context, extensionDir);
    withExtension.set(context, contentScriptPages(extensionDir));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, worker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Throws unless `extensionDir` (default dist/) holds a built extension. */
export function assertExtensionBuilt(extensionDir = EXTENSION_DIR): void {
  const manifest = join(extensionDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No built extension: ${manifest} is missing. Run \`npm run build\` before the browser tests.`);
  }
}

async function extensionWorker(context: BrowserContext, extensionDir: string): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error(
      `The extension in ${extensionDir} started no service worker within 15 s. ` +
        `Check that ${join(extensionDir, 'manifest.json')} declares background.service_worker and that the build succeeded.`,
    );
  }
}

export interface FixtureRoutes {
  /** External URLs the pages or the extension tried to reach; the harness aborted each one. */
  blocked: string[];
}

/**
 * Serves the built fixtures at the real sites' URLs in `context` (see fixture-server.ts, which Firefox's harness uses
 * too), and aborts every other http(s) request so nothing leaves the machine.
 */
export async function routeFixtures(context: BrowserContext): Promise<FixtureRoutes> {
  assertFixturesBuilt();
  const routes: FixtureRoutes = { blocked: [] };
  await context.route(
    (url) => isWebRequest(url.href),
    (route) => serveFixture(route, routes),
  );
  return routes;
}

async function serveFixture(route: Route, routes: FixtureRoutes): Promise<void> {
  const href = route.request().url();
  const response = await fixtureResponse(href);
  if (!response) {
    routes.blocked.push(href);
    await route.abort('blockedbyclient');
    return;
  }
  await route.fulfill(response);
}

/**
 * Collects the page's console errors and uncaught exceptions, so a test can assert the list is empty.
 * Attach before navigating.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  return errors;
}

export interface FixturePage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
}

/**
 * Opens a new tab on `url` with error watching attached from the first request. On a page the extension's content
 * script runs on, it resolves once the script is watching the page: the script starts after the page's load
 * event (document_idle, then an import), 50–120 ms later on a busy machine, and a paste posted before then would
 * meet no pre-send check at all. The script adopts the composers already there, then adds its live region
 * (`second-thought-announcer`, nudge/announce.ts); that region is the sign.
 */
export async function openPage(context: BrowserContext, url: string): Promise<FixturePage> {
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(url);
  if (withExtension.get(context)?.some((pattern) => pattern.test(page.url()))) {
    await page.locator('second-thought-announcer').waitFor({ state: 'attached' });
  }
  return { page, errors };
}

/**
 * Focuses the element and types `text` as key presses, the way a person would: Draft.js and Lexical both build
 * their state from the key and beforeinput events, so fill()-style DOM writes would bypass them.
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.type(text, { delay: 0 });
}

/**
 * The text in a fixture editor's own model (not the DOM); null when no editor is open. Without `selector`, the
 * composer in an open dialog, else the first on the page; with it, the composer whose editable element matches it
 * or sits inside a match (see FixtureApi.__editorText).
 */
export function editorText(page: Page, selector?: string): Promise<string | null> {
  return page.evaluate((sel) => (window as unknown as FixtureWindow).__editorText(sel), selector);
}

/** Waits until the fixture editor's own model holds exactly `expected` (`selector` as for editorText). */
export async function waitForEditorText(page: Page, expected: string | null, selector?: string): Promise<void> {
  await page.waitForFunction(
    ([text, sel]) => (window as unknown as FixtureWindow).__editorText(sel) === text,
    [expected, selector] as const,
  );
}

/**
 * The keys the browser has now for the extension's shortcut to the note ('' for none), read as the worker reads
 * them (commands.getAll): what a note's announcement should name. The worker must be running (it just answered).
 */
export async function noteShortcutKeys(launched: LaunchedBrowser): Promise<string> {
  const worker = launched.context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${launched.extensionId}/`));
  if (!worker) throw new Error('the extension has no running service worker');
  return worker.evaluate(async () => {
    // The worker has Chromium's `chrome` namespace; the tests' TypeScript has no types for it.
    const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } };
    return (await chrome.commands.getAll()).find((command) => command.name === 'focus-nudge')?.shortcut ?? '';
  });
}

/** What the page's live region says now (nudge/announce.ts): the last announcement. */
export function announced(page: Page): Promise<string> {
  return page.locator('second-thought-announcer').evaluate((host) => host.shadowRoot?.textContent ?? '');
}

/** Texts the fixture page has posted, oldest first. */
export function postedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as FixtureWindow).__posted]);
}

/** Waits until the fixture page has posted exactly `expected`, in order. */
export async function waitForPosted(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (texts) => JSON.stringify((window as unknown as FixtureWindow).__posted) === JSON.stringify(texts),
    expected,
  );
}

/**
 * One browser with the extension for a describe block, its fixture sites routed: launched before the block's tests,
 * closed after them. Call inside `describe`; the returned function gives the browser to the tests.
 */
export function fixtureBrowser(): () => LaunchedBrowser {
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    await routeFixtures(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('fixtureBrowser: the browser is not launched yet (use it inside a test)');
    return browser;
  };
}
