// Deployment by enterprise policy, for real: a Chromium policy file gives the extension its managed storage (role,
// schools, a whole pack, a route, a site switch and locks), and the settings page, the popup and the nudge follow it.
//
// Chromium reads policy files for every profile on the machine, so the test keeps to an extension id of its own:
// it loads a copy of dist/ with a test-only manifest key, and its policy file names only that id. A file left behind
// by a crashed run therefore changes nothing for the real extension or any other test.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findChromium } from '../../scripts/chromium';
import { extensionIdForKey } from '../../scripts/extension';
import {
  EXTENSION_DIR,
  FIXTURE_URLS,
  launchBrowser,
  openPage,
  REPO_ROOT,
  routeFixtures,
  typeInto,
  watchPageErrors,
  type LaunchedBrowser,
} from './harness';
import { NUDGE, X_HOME_EDITOR } from './composer-contract';

/** A public key made for this test alone (no private key exists); its id is not the real extension's. */
const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAiSLpKunWlvY+DN0C5PsRM3SZCEn0T+65txMCfmnBETA0vEEon5RspUl8+PvmaVViowtAz8wiH+nnzABBOB8QmvtIgg1X4DK6TpK23eB3qTLkWp2i02inMaHCxKl4iti1zZGcduZEeI4rnrB2KXNcvlrguHUeAARuFd3Ox8+Saea6HfwwbBXChAKAkjbpruIwPVi++YF/67Oke6AQVLfz8FMHQHjtqhdor2uJrG5/VnCbREx+fGcCTUVUymxgY8Uvh3KJIOplwzW2REGY06g1o2XH4QnMwSPVmZD5vKxWNoWNTamYXyNzNABgJKUvoE441EafhR0MweYlr339WoObZwIDAQAB';
const TEST_ID = extensionIdForKey(TEST_KEY);
const POLICY_PREFIX = 'second-thought-test-managed-';

const ASHDOWN = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/examples/ashdown.json'), 'utf8')) as unknown;
const COMPLAINT = 'The head at this school never answers emails and the office staff are useless.';
const COMPLAINT_AT_BEXTON = 'The head at Bexton never answers emails and the office staff are useless.';
const LOCKED = 'Set by your school or trust';

/** What a trust would put in its policy for Second Thought (docs/deploying.md). */
const POLICY = {
  role: 'parent',
  schools: ['bexton', 'ashdown'],
  packs: [ASHDOWN],
  routes: { bexton: { email: 'complaints@bexton.example' } },
  sites: { facebook: false },
  lock: ['categories', 'pause'],
};

/** Where the Chromium under test reads machine policy on Linux (Debian's chromium, Google Chrome, Chrome for Testing). */
function policyDir(executable: string): string {
  if (process.platform !== 'linux') {
    throw new Error(`This test writes a Linux policy file; on ${process.platform} Chromium reads policy elsewhere (see docs/deploying.md).`);
  }
  if (executable.includes('chrome_for_testing') || executable.includes('chrome-for-testing')) return '/etc/opt/chrome_for_testing/policies/managed';
  if (executable.includes('google') || executable.includes('/opt/')) return '/etc/opt/chrome/policies/managed';
  return '/etc/chromium/policies/managed';
}

/** Removes policy files left by earlier runs whose process has gone (a run's own file is removed in afterAll). */
function removeStalePolicies(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(new RegExp(`^${POLICY_PREFIX}(\\d+)\\.json$`).exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(dir, name), { force: true });
    }
  }
}

describe('a school or trust deploying Second Thought by policy', () => {
  let browser: LaunchedBrowser;
  let extensionDir: string;
  let policyFile: string;
  const url = (path: string) => `chrome-extension://${TEST_ID}/${path}`;

  beforeAll(async () => {
    const dir = policyDir(findChromium());
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new Error(`This test writes a Chromium policy file in ${dir}, which needs root (${String(error)}).`);
    }
    removeStalePolicies(dir);
    // One file per run, so two runs at once never take each other's policy away.
    policyFile = join(dir, `${POLICY_PREFIX}${process.pid}.json`);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [TEST_ID]: POLICY } } }, null, 2));

    extensionDir = mkdtempSync(join(tmpdir(), 'second-thought-managed-'));
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const manifestFile = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(existsSync(join(extensionDir, 'managed-schema.json'))).toBe(true);
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, key: TEST_KEY }));

    browser = await launchBrowser({ extensionDir });
    expect(browser.extensionId).toBe(TEST_ID);
    await routeFixtures(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    if (policyFile) rmSync(policyFile, { force: true });
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(url(path));
    return { page, errors };
  }

  it('the settings page shows what the trust set, locked, and leaves the rest to the user', async () => {
    // The user had chosen otherwise before the policy arrived (or chooses otherwise later): the policy wins.
    const { page, errors } = await open('src/pages/options/index.html');
    await page.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
      return api.storage.sync.set({
        settings: {
          version: 2,
          role: 'staff',
          schools: ['ogat'],
          routes: {},
          sites: { x: false, facebook: true },
          optOuts: ['complaint'],
          snoozes: {},
          pause: { until: null },
        },
      });
    });
    // Chromium loads machine policy as it starts; the page shows it once managed storage has it.
    const bexton = page.getByLabel('Bexton Primary School');
    await expect.poll(() => bexton.isChecked(), { timeout: 15_000 }).toBe(true);
    await expect(bexton.isDisabled()).resolves.toBe(true);
    const ashdown = page.getByLabel('Ashdown Primary School (from your school or trust)');
    await expect(ashdown.isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Outwood Grange Academies Trust').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Outwood Grange Academies Trust').isDisabled()).resolves.toBe(true);

    await expect(page.getByLabel('A parent or carer').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('A parent or carer').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'I am' }).getByText(LOCKED).isVisible()).resolves.toBe(true);

    const route = page.getByRole('group', { name: 'Bexton Primary School' });
    await expect(route.getByText('E-mail: complaints@bexton.example.').isVisible()).resolves.toBe(true);
    await expect(route.getByLabel("Bexton's e-mail for concerns").isDisabled()).resolves.toBe(true);
    await expect(route.getByText(LOCKED).isVisible()).resolves.toBe(true);
    // Ashdown's route is not set by the policy: the user may still add one.
    await expect(page.getByRole('group', { name: 'Ashdown Primary School' }).getByLabel("Ashdown's e-mail for concerns").isDisabled()).resolves.toBe(false);

    await expect(page.getByLabel('Check my posts on Facebook').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Check my posts on Facebook').isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('Check my posts on X').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Check my posts on X').isDisabled()).resolves.toBe(false);

    await expect(page.getByLabel('Public complaints about the school').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Public complaints about the school').isDisabled()).resolves.toBe(true);
    await expect(page.getByText('Second Thought is on.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Pause for an hour' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the nudge names the school the trust chose and takes concerns to its route, whatever the user had chosen', async () => {
    const { page, errors } = await open('src/pages/practice/index.html');
    await page.getByLabel('Your draft').fill(COMPLAINT);
    const card = page.locator('second-thought-nudge .card');
    await card.getByRole('button', { name: 'Raise it with Bexton' }).waitFor();
    // The button's destination: the worker's reply for this draft carries the route the trust set.
    const reply = await page.evaluate((text) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ kind: 'analyze', text, site: 'practice' });
    }, COMPLAINT);
    expect(reply).toMatchObject({ school: { packId: 'bexton', chosen: true, route: { email: 'complaints@bexton.example' } } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a note offers no link to turn its kind off or pause it, since the trust sets which notes are shown', async () => {
    // On X, where the link is offered without a lock (the practice pages never offer it). The user had switched X
    // off (the first test); the policy leaves that switch to them, so they switch it back on.
    const options = await open('src/pages/options/index.html');
    await options.page.getByLabel('Check my posts on X').check();
    await options.page.getByText('Saved.').waitFor();
    await options.page.close();
    const { page, errors } = await openPage(browser.context, FIXTURE_URLS.x);
    await typeInto(page, X_HOME_EDITOR, COMPLAINT_AT_BEXTON);
    const card = page.locator(`${NUDGE} .card`);
    await card.getByRole('button', { name: 'Raise it with Bexton' }).waitFor();
    await expect(card.getByRole('button', { name: 'Not now' }).isVisible()).resolves.toBe(true);
    await expect(card.getByRole('button', { name: /^(Turn off|Pause) notes about/ }).count()).resolves.toBe(0);
    await expect(card.locator('button.link').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a copy of the trust's school imported earlier with the same id changes nothing, and can be removed", async () => {
    // The user had imported a copy of Bexton's pack that checks nothing (before the policy, or by pasting it in).
    const bexton = JSON.parse(readFileSync(join(REPO_ROOT, 'src/packs/bexton.json'), 'utf8')) as Record<string, unknown>;
    const copy = { ...bexton, name: 'Bexton (my copy)', shortName: 'My Bexton', rules: {} };
    const { page, errors } = await open('src/pages/options/index.html');
    await expect.poll(() => page.getByLabel('Bexton Primary School').isDisabled(), { timeout: 15_000 }).toBe(true);
    await page.evaluate((packs) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      return api.storage.local.set({ packs });
    }, [copy]);
    const notice = 'The school pack you added for Bexton (my copy) is not used';
    await page.getByRole('list', { name: 'Schools you added' }).getByText('Bexton (my copy)').waitFor();

    // The nudge still checks against the trust's Bexton, not the copy that checks nothing.
    const practice = await open('src/pages/practice/index.html');
    await practice.page.getByLabel('Your draft').fill(COMPLAINT);
    await practice.page.locator('second-thought-nudge .card').getByRole('button', { name: 'Raise it with Bexton' }).waitFor();
    expect(practice.errors).toEqual([]);
    await practice.page.close();
    await page.getByRole('alert').getByText(notice, { exact: false }).waitFor();
    // The school listed is the bundled one, not the copy.
    await expect(page.getByLabel('Bexton Primary School', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Bexton Primary School (added by you)').count()).resolves.toBe(0);

    // Adding schools is locked by the policy; removing the copy is not.
    await expect(page.getByLabel('Or paste the pack').isDisabled()).resolves.toBe(true);
    const remove = page.getByRole('list', { name: 'Schools you added' }).getByRole('button', { name: 'Remove My Bexton' });
    await expect(remove.isDisabled()).resolves.toBe(false);
    await remove.click();
    await page.getByText('Removed Bexton (my copy).').waitFor();
    await expect.poll(() => page.getByText(notice, { exact: false }).count()).toBe(0);
    await expect(page.getByLabel('Bexton Primary School').isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the popup says Facebook is off by policy, and offers no pause', async () => {
    const facebook = await openPage(browser.context, FIXTURE_URLS.facebook);
    const { page, errors } = await open('src/pages/popup/index.html');
    await facebook.page.bringToFront();
    await page.reload();
    await expect(page.locator('.tab-status').innerText()).resolves.toBe(`Off for Facebook: ${LOCKED.toLowerCase()}.`);
    // Nothing is checked on this page, so there is nothing to pause (and no note about pausing being locked).
    await expect(page.getByText(`Pausing: ${LOCKED.toLowerCase()}.`).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Pause for an hour' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    expect(facebook.errors).toEqual([]);
  });
});
