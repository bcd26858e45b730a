// Deployment by enterprise policy in Firefox, for real: a policies.json in Firefox's distribution folder gives the
// add-on its managed storage under "3rdparty" → "Extensions" → its gecko id (docs/deploying.md), choosing a school,
// setting its route and locking the categories, and the settings page and the nudge follow it over what the user
// had chosen. Firefox runs from a temporary install of its own (policy-install.ts), so no file outside it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { NUDGE, OPTIONS_PAGE, type ContractBrowser } from '../browser/composer-contract';
import { FIREFOX_EXTENSION_DIR, geckoId, launchFirefox } from './harness';

const PRACTICE_PAGE = 'src/pages/practice/index.html';
const COMPLAINT = 'The head at this school never answers emails and the office staff are useless.';
const LOCKED = 'Set by your school or trust';

/** What a trust would put under the add-on's id in policies.json (docs/deploying.md). */
const POLICY = {
  role: 'parent',
  schools: ['bexton'],
  routes: { bexton: { email: 'complaints@bexton.example' } },
  lock: ['categories'],
};

/** What the user had chosen for themselves: another school, and no checks for public complaints. */
const OWN_SETTINGS = {
  version: 2,
  role: 'staff',
  schools: ['ogat'],
  routes: {},
  sites: { x: false, facebook: true },
  optOuts: ['complaint'],
  snoozes: {},
  pause: { until: null },
};

type Launched = ContractBrowser & { browser: import('puppeteer-core').Browser };

/** The form control or group whose accessible name is `name` (its label text itself does not count). */
async function labelled(page: Page, name: string, role: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`);
  if (!handle) throw new Error(`No ${role} named "${name}"`);
  return handle;
}

const isChecked = (handle: ElementHandle<Element>) => handle.evaluate((el) => (el as HTMLInputElement).checked);
const isDisabled = (handle: ElementHandle<Element>) => handle.evaluate((el) => el.matches(':disabled'));

describe('a school or trust deploying Second Thought by policies.json in Firefox', () => {
  let firefox: Launched;

  beforeAll(async () => {
    const id = geckoId(FIREFOX_EXTENSION_DIR);
    firefox = await launchFirefox({ policies: { '3rdparty': { Extensions: { [id]: POLICY } } } });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** The open tab showing the extension's page at `path`. */
  async function pageAt(path: string): Promise<Page> {
    for (const page of await firefox.browser.pages()) {
      // A tab closed a moment ago may still be listed, and can no longer answer.
      const href = await page.evaluate(() => location.href).catch(() => undefined);
      if (href === firefox.extensionUrl(path)) return page;
    }
    throw new Error(`No tab shows ${path}`);
  }

  it('the settings page shows the school and the categories the policy set, locked, over the user\'s own choice', async () => {
    const tab = await firefox.open(firefox.extensionUrl(OPTIONS_PAGE));
    const page = await pageAt(OPTIONS_PAGE);
    await page.waitForSelector('fieldset[aria-busy="false"]');
    await page.evaluate(
      (settings) =>
        (globalThis as unknown as { browser: { storage: { sync: { set(items: object): Promise<void> } } } }).browser
          .storage.sync.set({ settings }),
      OWN_SETTINGS,
    );
    // The page follows the change without a reload: the user's own switch for X, which no policy sets, goes off.
    const x = await labelled(page, 'Check my posts on X', 'checkbox');
    await page.waitForFunction((el) => !(el as HTMLInputElement).checked, { polling: 50 }, x);
    await expect(isDisabled(x)).resolves.toBe(false);

    const bexton = await labelled(page, 'Bexton Primary School', 'checkbox');
    await expect(isChecked(bexton)).resolves.toBe(true);
    await expect(isDisabled(bexton)).resolves.toBe(true);
    const ogat = await labelled(page, 'Outwood Grange Academies Trust', 'checkbox');
    await expect(isChecked(ogat)).resolves.toBe(false);
    await expect(isDisabled(ogat)).resolves.toBe(true);

    const complaints = await labelled(page, 'Public complaints about the school', 'checkbox');
    await expect(isChecked(complaints)).resolves.toBe(true);
    await expect(isDisabled(complaints)).resolves.toBe(true);

    const parent = await labelled(page, 'A parent or carer', 'radio');
    await expect(isChecked(parent)).resolves.toBe(true);
    await expect(isDisabled(parent)).resolves.toBe(true);

    await expect(page.$$eval(`::-p-text(${LOCKED})`, (found) => found.length)).resolves.toBeGreaterThan(0);
    await expect(page.$$eval('[role="alert"]', (found) => found.length)).resolves.toBe(0);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('a draft is judged with the school the policy chose, and its concerns go to the route the policy set', async () => {
    const tab = await firefox.open(firefox.extensionUrl(PRACTICE_PAGE));
    await tab.type('#practice-draft', COMPLAINT);
    await tab.waitForCard(true);
    await expect(tab.count(`${NUDGE}[data-state="nudging"][data-draft-length="${COMPLAINT.length}"]`)).resolves.toBe(1);
    await expect(tab.cardButtonVisible('Raise it with Bexton')).resolves.toBe(true);
    // The button's destination: the worker's reply for this draft carries the school and route the policy set.
    const page = await pageAt(PRACTICE_PAGE);
    const reply = await page.evaluate(
      (text) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(message: object): Promise<unknown> } } }
        ).browser.runtime.sendMessage({ kind: 'analyze', text, site: 'practice' }),
      COMPLAINT,
    );
    expect(reply).toMatchObject({
      school: { packId: 'bexton', chosen: true, route: { email: 'complaints@bexton.example' } },
    });
    expect(tab.errors).toEqual([]);
    await tab.close();
  });
});
