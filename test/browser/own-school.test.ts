// "Your own school" in Chromium: a parent whose school is not listed describes it in onboarding or the settings;
// mistakes are shown next to their field; the school is saved like an added pack, chosen, named by the nudge, and
// can be edited, exported as a pack file and removed. Onboarding asks for a route for any school that has none.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPackJson } from '../../src/packs/locate';
import { axeViolations } from './axe';
import { launchBrowser, watchPageErrors, type LaunchedBrowser } from './harness';

const COMPLAINT = 'Ashdown never answer emails and the office staff are useless.';
const NUDGE = 'second-thought-nudge';
const ID = 'own-ashdown-primary-school';

function storage(page: Page, area: 'sync' | 'local', key: string): Promise<unknown> {
  return page.evaluate(
    ([where, name]) => {
      const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(key: string): Promise<Record<string, unknown>> }> } }).chrome;
      return api.storage[where as string]?.get(name as string).then((items) => items[name as string]);
    },
    [area, key] as const,
  );
}

/** The text of the elements that describe a field (aria-describedby), which is where its error is said. */
function description(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function tryDraft(page: Page, text: string): Promise<string | null> {
  await page.getByLabel('Try a draft').fill(text);
  await page.locator(`${NUDGE}[data-state="nudging"][data-draft-length="${text.length}"]`).waitFor({ state: 'attached' });
  return page.locator(`${NUDGE} .card`).getByRole('button', { name: /^Raise it with / }).textContent();
}

describe('describing your own school', () => {
  let browser: LaunchedBrowser;
  let onboarding: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const url = `chrome-extension://${browser.extensionId}/src/pages/onboarding/index.html`;
    onboarding =
      browser.context.pages().find((page) => page.url() === url) ??
      (await browser.context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: 15_000 }));
    errors = watchPageErrors(onboarding);
    await onboarding.getByRole('heading', { name: 'Welcome to Second Thought' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('onboarding asks for a route for a chosen school that has none, until one is added', async () => {
    const step = onboarding.getByRole('region', { name: '3. Where concerns go' });
    await onboarding.getByLabel('Bexton Primary School').check();
    await step.getByText('Add a complaints e-mail or web page for Bexton below if you can').waitFor();
    const route = onboarding.getByRole('group', { name: 'Bexton Primary School' });
    await route.getByLabel("Bexton's e-mail for concerns").fill('office@bexton.example');
    await route.getByRole('button', { name: "Save Bexton's route" }).click();
    await route.getByText('E-mail: office@bexton.example.').waitFor();
    await expect(step.getByText('Add a complaints e-mail or web page').count()).resolves.toBe(0);
    await onboarding.getByLabel('Bexton Primary School').uncheck();
    expect(errors).toEqual([]);
  });

  it('shows each mistake next to its field, saves nothing, and passes axe', async () => {
    await onboarding.getByText('My school is not listed').click();
    await onboarding.getByLabel('Complaints e-mail').fill('office at ashdown');
    await onboarding.getByLabel('Complaints web page').fill('http://ashdown.example/complaints');
    await onboarding.getByRole('button', { name: 'Add my school' }).click();
    await expect.poll(() => description(onboarding, 'School name')).toBe("Enter the school's name.");
    await expect(description(onboarding, 'Complaints e-mail')).resolves.toBe('Enter an e-mail address, like office@school.org.uk');
    await expect(description(onboarding, 'Complaints web page')).resolves.toBe('Enter a web address starting with https://');
    await expect(onboarding.getByLabel('School name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(onboarding.getByLabel('Other names people use for it').getAttribute('aria-invalid')).resolves.toBe('false');
    // The first field to put right has the focus.
    await expect(onboarding.getByLabel('School name').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await expect(storage(onboarding, 'local', 'packs')).resolves.toBeUndefined();
    await expect(axeViolations(onboarding, '#own-school')).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a corrected school is saved like an added pack, chosen, and named by the nudge', async () => {
    await onboarding.getByLabel('School name').fill('Ashdown Primary School');
    await onboarding.getByLabel('Other names people use for it').fill('Ashdown, Ashdown Primary, @AshdownPrimary');
    await onboarding.getByLabel('Complaints e-mail').fill('office@ashdown-primary.example');
    await onboarding.getByLabel('Complaints web page').fill('');
    await onboarding.getByLabel('Staff names the school publishes (optional)').fill('Mrs Okafor, Mr Patel');
    await onboarding.getByRole('button', { name: 'Add my school' }).click();
    await onboarding.getByText('Added Ashdown Primary School. Your posts are now checked against it.').waitFor();
    await expect(onboarding.getByLabel('Ashdown Primary School (added by you)').isChecked()).resolves.toBe(true);
    await expect(onboarding.getByLabel('School name').inputValue()).resolves.toBe('');
    await expect(storage(onboarding, 'sync', 'settings')).resolves.toMatchObject({ schools: [ID] });
    const packs = (await storage(onboarding, 'local', 'packs')) as { id: string; shortName: string; staff: string[] }[];
    expect(packs).toMatchObject([{ id: ID, name: 'Ashdown Primary School', shortName: 'Ashdown', staff: ['Mrs Okafor', 'Mr Patel'] }]);
    // Its route is known, so onboarding does not ask for one.
    await onboarding.getByRole('group', { name: 'Ashdown Primary School' }).getByText('E-mail: office@ashdown-primary.example.').waitFor();
    await expect(onboarding.getByText('Add a complaints e-mail or web page').count()).resolves.toBe(0);
    await expect(tryDraft(onboarding, COMPLAINT)).resolves.toBe('Raise it with Ashdown');
    expect(errors).toEqual([]);
  });

  it('in the settings it can be edited, exported as a pack file and removed', async () => {
    const options = await browser.context.newPage();
    const optionErrors = watchPageErrors(options);
    await options.goto(`chrome-extension://${browser.extensionId}/src/pages/options/index.html`);
    const list = options.getByRole('list', { name: 'Schools you described' });
    await list.getByText('Ashdown Primary School').waitFor();
    // Listed once, with the schools the user described, not again with the packs they added.
    await expect(options.getByRole('list', { name: 'Schools you added' }).count()).resolves.toBe(0);

    await list.getByRole('button', { name: 'Edit Ashdown' }).click();
    await options.getByRole('group', { name: 'Edit Ashdown Primary School' }).waitFor();
    await expect(options.getByLabel('Other names people use for it').inputValue()).resolves.toBe('Ashdown, Ashdown Primary, @AshdownPrimary');
    await options.getByLabel('Other names people use for it').fill('Ashdown Juniors, Ashdown');
    await options.getByLabel('Complaints e-mail').fill('not an address');
    await options.getByRole('button', { name: 'Save changes to Ashdown' }).click();
    await expect.poll(() => description(options, 'Complaints e-mail')).toBe('Enter an e-mail address, like office@school.org.uk');
    await options.getByLabel('Complaints e-mail').fill('head@ashdown-primary.example');
    await options.getByRole('button', { name: 'Save changes to Ashdown' }).click();
    await options.getByText('Saved the changes to Ashdown Primary School.').waitFor();
    await expect.poll(() => storage(options, 'local', 'packs')).toMatchObject([
      { id: ID, shortName: 'Ashdown Juniors', routes: { parent: { email: 'head@ashdown-primary.example' } } },
    ]);
    await expect(storage(options, 'sync', 'settings')).resolves.toMatchObject({ schools: [ID] });
    await expect(tryDraft(onboarding, `${COMPLAINT}!`)).resolves.toBe('Raise it with Ashdown Juniors');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      list.getByRole('link', { name: 'Export Ashdown Juniors as a pack' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${ID}.json`);
    const file = readPackJson(await readFile(await download.path(), 'utf8'));
    const [stored] = (await storage(options, 'local', 'packs')) as unknown[];
    expect(file).toEqual({ ok: true, pack: stored });

    await list.getByRole('button', { name: 'Remove Ashdown Juniors' }).click();
    await options.getByText('Removed Ashdown Primary School.').waitFor();
    await options.getByRole('list', { name: 'Schools you described' }).waitFor({ state: 'detached' });
    await expect(options.getByLabel('Ashdown Primary School (added by you)').count()).resolves.toBe(0);
    await expect(storage(options, 'local', 'packs')).resolves.toEqual([]);
    await expect(storage(options, 'sync', 'settings')).resolves.toMatchObject({ schools: [] });
    await expect(axeViolations(options)).resolves.toEqual([]);
    expect(optionErrors).toEqual([]);
  });
});
