/**
 * `npm start`: opens Chromium with the freshly built extension on its practice page.
 * `npm start -- --screenshot FILE`: no window; types a sample draft headlessly and saves a PNG of the nudge.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';
import { assertBuilt, DIST, extensionId, PRACTICE_PATH } from './extension';

const SAMPLE_DRAFT =
  "Absolutely fuming with the school again. The head has ignored three of my emails and the new Year 4 teacher is a total joke. Who else is sick of it?";

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && !screenshot) fail('--screenshot needs a file name, e.g. `npm start -- --screenshot practice.png`.');

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!screenshot && !hasDisplay) {
  fail(
    'there is no display here (DISPLAY is not set), so Chromium cannot open a window.\n' +
      'The extension is built in dist/. To see the practice page without a display, run:\n' +
      '  npm start -- --screenshot practice.png',
  );
}

let executablePath: string;
try {
  assertBuilt();
  executablePath = findChromium();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const profile = mkdtempSync(join(tmpdir(), 'second-thought-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: Boolean(screenshot),
  args: chromiumArgs(DIST),
  viewport: screenshot ? { width: 900, height: 720 } : null,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId()}/${PRACTICE_PATH}`);
  // A fresh profile is a first install, so the welcome page opens too. Headless, only the tab in front is drawn,
  // so for the picture it is closed; with a window, the practice page is brought in front of it.
  if (screenshot) {
    const others = (other: Page) => other !== page && void other.close();
    context.pages().forEach(others);
    context.on('page', others);
  }
  await page.bringToFront();
  if (screenshot) {
    await page.locator('#practice-draft').pressSequentially(SAMPLE_DRAFT);
    const card = page.locator('second-thought-nudge .card');
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    // The card fades in; the picture is taken once it has.
    await card.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    await page.screenshot({ path: resolve(screenshot) });
    console.log(`Saved ${resolve(screenshot)}: the practice page showing the nudge for a sample draft.`);
  } else {
    console.log('Chromium is open on the practice page with Second Thought loaded. Close the window to finish.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
} finally {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}
