// Onboarding, the settings page and the toolbar popup in Chromium with the built extension: what a new user sees on
// install, and that every choice reaches the nudge (on the practice composer and on an open X tab) without a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  FIXTURE_URLS,
  launchBrowser,
  openPage,
  REPO_ROOT,
  routeFixtures,
  typeInto,
  waitForEditorText,
  watchPageErrors,
  type LaunchedBrowser,
} from './harness';
import { axeViolations } from './axe';

const COMPLAINT = 'The head at this school never answers emails and the office staff are useless.';
/** Breaks Bexton's photo rule; Ashdown's pack (docs/examples) does not check photos. */
const PHOTOS = 'I took loads of photos of the kids at the Bexton disco, will post them all here tonight';
const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const NUDGE = 'second-thought-nudge';
const ASHDOWN = readFileSync(join(REPO_ROOT, 'docs/examples/ashdown.json'), 'utf8');

const PAGES = {
  onboarding: 'src/pages/onboarding/index.html',
  options: 'src/pages/options/index.html',
  popup: 'src/pages/popup/index.html',
  practice: 'src/pages/practice/index.html',
};

interface Opened {
  page: Page;
  errors: string[];
}

async function openExtensionPage(browser: LaunchedBrowser, path: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors = watchPageErrors(page);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return { page, errors };
}

/** The settings page, loaded: its heading is rendered once the settings have been read. */
async function openOptions(browser: LaunchedBrowser): Promise<Opened> {
  const opened = await openExtensionPage(browser, PAGES.options);
  await opened.page.getByRole('heading', { name: 'Second Thought settings' }).waitFor();
  return opened;
}

/** Writes straight into the extension's storage, as another browser (sync) or an older version would have. */
async function writeStorage(page: Page, area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ([where, what]) => {
      const api = (globalThis as unknown as { chrome: { storage: Record<string, { set(items: object): Promise<void> }> } }).chrome;
      return api.storage[where as string]?.set(what as object);
    },
    [area, items] as const,
  );
}

async function readSync(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.sync.get('settings').then((items) => items.settings);
  });
}

/** The nudge host once it has answered for a draft of `length` characters with `state`. */
function settled(page: Page, state: 'quiet' | 'nudging', length: number) {
  return page.locator(`${NUDGE}[data-state="${state}"][data-draft-length="${length}"]`);
}

/** Types `text` into a practice composer (replacing what was there) and waits for the nudge's answer. */
async function tryDraft(page: Page, label: string, text: string, state: 'quiet' | 'nudging'): Promise<void> {
  await page.getByLabel(label).fill(text);
  await settled(page, state, text.length).waitFor({ state: 'attached' });
}

function raiseButton(page: Page) {
  return page.locator(`${NUDGE} .card`).getByRole('button', { name: /^Raise it with / });
}

async function clearEditor(page: Page, editor: string): Promise<void> {
  await page.locator(editor).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await waitForEditorText(page, '');
}

/** Replaces the X composer's text by typing, and waits for the nudge's answer to exactly that draft. */
async function typeOnX(page: Page, text: string, state: 'quiet' | 'nudging'): Promise<void> {
  await clearEditor(page, X_EDITOR);
  await typeInto(page, X_EDITOR, text);
  await settled(page, state, text.length).waitFor({ state: 'attached' });
}

function onboardingPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/${PAGES.onboarding}`;
  const open = context.pages().find((page) => page.url() === url);
  return open ? Promise.resolve(open) : context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: 15_000 });
}

describe('a new user', () => {
  let browser: LaunchedBrowser;
  let onboarding: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    onboarding = await onboardingPage(browser.context, browser.extensionId as string);
    errors = watchPageErrors(onboarding);
    await onboarding.getByRole('heading', { name: 'Welcome to Second Thought' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gets onboarding on install: role, school, privacy in two sentences, and a try-it box that nudges for the school chosen', async () => {
    await expect(onboarding.getByLabel('A parent or carer').isChecked()).resolves.toBe(true);
    await onboarding.getByLabel('A member of school staff').check();
    await onboarding.getByText('Saved. Open tabs use it straight away.').waitFor();
    await onboarding.getByLabel('A parent or carer').check();
    await onboarding.getByLabel('Bexton Primary School').check();
    // The route step now shows Bexton's own instruction.
    await onboarding.getByRole('group', { name: 'Bexton Primary School' }).getByText('Please contact the school to discuss any concerns').waitFor();
    const privacy = await onboarding.getByRole('region', { name: 'Your privacy' }).locator('p').textContent();
    expect(privacy?.match(/[.!?](\s|$)/g)).toHaveLength(2);
    expect(privacy).toContain('nothing you type is sent anywhere');

    await tryDraft(onboarding, 'Try a draft', COMPLAINT, 'nudging');
    await expect(raiseButton(onboarding).textContent()).resolves.toBe('Raise it with Bexton');
    await tryDraft(onboarding, 'Try a draft', 'Thank you Mrs Shah for a lovely nativity!', 'quiet');
    await expect(onboarding.locator(`${NUDGE} .card`).isVisible()).resolves.toBe(false);
    await expect(readSync(onboarding)).resolves.toMatchObject({ version: 2, role: 'parent', schools: ['bexton'] });
    expect(errors).toEqual([]);
  });

  it('checks the complaints route typed for a school, and saves a good one', async () => {
    const route = onboarding.getByRole('group', { name: 'Bexton Primary School' });
    await route.getByLabel("Bexton's web address for concerns").fill('http://bexton.example/complaints');
    await route.getByLabel("Bexton's e-mail for concerns").fill('office at bexton');
    await route.getByRole('button', { name: "Save Bexton's route" }).click();
    await route.getByText('Enter a web address starting with https://').waitFor();
    await route.getByText('Enter an e-mail address, like office@school.org.uk').waitFor();
    await expect(route.getByLabel("Bexton's web address for concerns").getAttribute('aria-invalid')).resolves.toBe('true');
    expect(((await readSync(onboarding)) as { routes: object }).routes).toEqual({});

    await route.getByLabel("Bexton's web address for concerns").fill('');
    await route.getByLabel("Bexton's e-mail for concerns").fill('office@bexton.example');
    await route.getByRole('button', { name: "Save Bexton's route" }).click();
    await onboarding.getByRole('group', { name: 'Bexton Primary School' }).getByText('E-mail: office@bexton.example.').waitFor();
    await expect.poll(() => readSync(onboarding)).toMatchObject({ routes: { bexton: { email: 'office@bexton.example' } } });
    expect(errors).toEqual([]);
  });

  it('refuses a pasted pack with a mistake, saying where it is; the corrected pack is added, chosen and named by the nudge', async () => {
    await onboarding.getByText('My school is not listed').click();
    const broken = ASHDOWN.replace('"shortName": "Ashdown"', '"shortName": 7');
    await onboarding.getByLabel('Or paste the pack').fill(broken);
    await onboarding.getByRole('button', { name: 'Add this school' }).click();
    const line = broken.slice(0, broken.indexOf('"shortName"')).split('\n').length;
    await onboarding.getByRole('alert').getByText(`line ${line}, column 3: shortName must be a string`).waitFor();
    await expect(onboarding.getByLabel('Ashdown Primary School (added by you)').count()).resolves.toBe(0);

    await onboarding.getByLabel('Or paste the pack').fill(ASHDOWN);
    await onboarding.getByRole('button', { name: 'Add this school' }).click();
    await onboarding.getByText('Added Ashdown Primary School. Your posts are now checked against it.').waitFor();
    // The pack and the choice are two storage writes; the page follows each as it lands.
    await expect.poll(() => onboarding.getByLabel('Ashdown Primary School (added by you)').isChecked()).toBe(true);
    await expect(onboarding.getByRole('alert').count()).resolves.toBe(0);
    // Ashdown's route comes from its pack, with a web address.
    await onboarding.getByRole('group', { name: 'Ashdown Primary School' }).getByText('https://www.ashdown-primary.example/concerns').waitFor();

    await onboarding.getByLabel('Bexton Primary School').uncheck();
    await tryDraft(onboarding, 'Try a draft', 'Ashdown never answer emails and the office staff are useless.', 'nudging');
    await expect(raiseButton(onboarding).textContent()).resolves.toBe('Raise it with Ashdown');
    expect(errors).toEqual([]);
  });

  it('a pack file chosen from disk is checked the same way', async () => {
    await onboarding.getByLabel('Pack file').setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]') });
    await onboarding.getByRole('alert').getByText('pack must be an object, not a list').waitFor();
    expect(errors).toEqual([]);
  });

  it('"Finish" says what to do next, with the practice page and the settings, and the user closes the tab', async () => {
    await onboarding.getByRole('button', { name: 'Finish' }).click();
    const heading = onboarding.getByRole('heading', { name: "You're set" });
    await heading.waitFor();
    expect(onboarding.isClosed()).toBe(false);
    await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await onboarding
      .getByText('Write a post on X or Facebook as usual; Second Thought will speak up only if something might be better raised privately.')
      .waitFor();
    await expect(axeViolations(onboarding)).resolves.toEqual([]);
    const practice = onboarding.getByRole('link', { name: 'Try a draft on the practice page' });
    await expect(practice.getAttribute('href')).resolves.toBe(`chrome-extension://${browser.extensionId}/${PAGES.practice}`);
    const [settings] = await Promise.all([
      browser.context.waitForEvent('page'),
      onboarding.getByRole('link', { name: 'Open the settings' }).click(),
    ]);
    await settings.getByRole('heading', { name: 'Second Thought settings' }).waitFor();
    await settings.close();
    await Promise.all([onboarding.waitForEvent('close'), onboarding.getByRole('button', { name: 'Close this tab' }).click()]);
    expect(onboarding.isClosed()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the settings page', () => {
  let browser: LaunchedBrowser;
  let options: Opened;
  let practice: Opened;
  let x: Opened;

  beforeAll(async () => {
    browser = await launchBrowser();
    await routeFixtures(browser.context);
    options = await openOptions(browser);
    practice = await openExtensionPage(browser, PAGES.practice);
    x = await openPage(browser.context, FIXTURE_URLS.x);
    await x.page.locator(X_EDITOR).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switching X off quietens an open X tab without a reload, and switching it back on nudges again', async () => {
    await typeOnX(x.page, COMPLAINT, 'nudging');
    await options.page.getByLabel('Check my posts on X').uncheck();
    await options.page.getByText('Saved.').waitFor();
    await typeOnX(x.page, `${COMPLAINT} Again.`, 'quiet');
    await expect(x.page.locator(`${NUDGE} .card`).isVisible()).resolves.toBe(false);
    await options.page.getByLabel('Check my posts on X').check();
    await typeOnX(x.page, `${COMPLAINT} Once more.`, 'nudging');
    await waitForEditorText(x.page, `${COMPLAINT} Once more.`);
    expect(x.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });

  it('with two schools the nudge names the school concerned, and on a tie the one chosen first', async () => {
    await options.page.getByLabel('Or paste the pack').fill(ASHDOWN);
    await options.page.getByRole('button', { name: 'Add this school' }).click();
    await options.page.getByText('Added Ashdown Primary School.').waitFor();
    await options.page.getByLabel('Bexton Primary School').check();
    await expect.poll(() => readSync(options.page)).toMatchObject({ schools: ['ashdown', 'bexton'] });

    await practice.page.bringToFront();
    await tryDraft(practice.page, 'Your draft', PHOTOS, 'nudging');
    // A photo note has nothing to raise with a school, so no route: it names its school under "Why am I seeing this?".
    const card = practice.page.locator(`${NUDGE} .card`);
    await card.getByText('Why am I seeing this?').click();
    await expect(card.locator('cite').textContent()).resolves.toMatch(/^Bexton Primary School, /);
    await expect(raiseButton(practice.page).count()).resolves.toBe(0);
    await tryDraft(practice.page, 'Your draft', COMPLAINT, 'nudging');
    await expect(raiseButton(practice.page).textContent()).resolves.toBe('Raise it with Ashdown');
    expect(practice.errors).toEqual([]);
  });

  it('refuses hostile packs with located errors, without freezing or throwing, and takes a file with a byte-order mark', async () => {
    const { page } = options;
    const paste = async (text: string): Promise<void> => {
      await page.getByLabel('Or paste the pack').fill(text);
      await page.getByRole('button', { name: 'Add this school' }).click();
    };
    const problems = page.getByRole('alert').getByRole('listitem');

    // Nested 20,000 deep: one located error, not an uncaught RangeError.
    await paste(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    await problems.getByText('line 1, column 17: This is not a pack: lists and objects nest more than 16 deep (a pack needs 4)').waitFor();

    // 30,000 names that are not strings, and more of them than a pack may list: the first 50 problems, located, and
    // a count of the rest.
    const many = JSON.parse(ASHDOWN) as Record<string, unknown>;
    many.staff = Array.from({ length: 30_000 }, () => 0);
    await paste(JSON.stringify(many));
    await problems.getByText('and 29,951 more problems').waitFor();
    await expect(problems.count()).resolves.toBe(51);

    // Misspelt fields at three levels: all of them at once, top to bottom, each at its line.
    const misspelt = ASHDOWN.replace('"shortName"', '"shortname"').replace('"email": "head@', '"emial": "head@').replace('"quote": "Threatening', '"qoute": "Threatening');
    await paste(misspelt);
    const at = (needle: string): string => {
      const before = misspelt.slice(0, misspelt.indexOf(needle));
      return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
    };
    await problems.getByText(`${at('"shortname"')}: shortname is not a known field: did you mean shortName?`).waitFor();
    await expect(problems.allTextContents()).resolves.toEqual([
      `${at('"shortname"')}: shortname is not a known field: did you mean shortName?`,
      `${at('"emial"')}: routes.staff.emial is not a known field: did you mean email?`,
      `${at('"qoute"')}: rules.threat.clause.qoute is not a known field: did you mean quote?`,
    ]);

    // "Raise it with " and nothing a reader can see.
    const invisible = ASHDOWN.replace('"shortName": "Ashdown"', '"shortName": "\u200b"');
    await paste(invisible);
    const line = invisible.slice(0, invisible.indexOf('"shortName"')).split('\n').length;
    await problems.getByText(`line ${line}, column 3: shortName must have some visible text`).waitFor();

    // A copy of a bundled school's pack under its id would never be used: refused, saying why.
    const bexton = readFileSync(join(REPO_ROOT, 'src/packs/bexton.json'), 'utf8');
    await paste(bexton.replace('"shortName": "Bexton"', '"shortName": "My Bexton"'));
    const idLine = bexton.slice(0, bexton.indexOf('"id"')).split('\n').length;
    await problems
      .getByText(`line ${idLine}, column 3: id "bexton" is already used by Bexton Primary School, which comes with Second Thought: give this pack an id of its own`)
      .waitFor();
    // With a mistake as well: both at once, not the taken id only once the mistake is put right.
    const misspeltCopy = bexton.replace('"shortName": "Bexton"', '"shortname": "My Bexton"');
    const typoLine = misspeltCopy.slice(0, misspeltCopy.indexOf('"shortname"')).split('\n').length;
    await paste(misspeltCopy);
    await problems.getByText(`line ${typoLine}, column 3: shortname is not a known field: did you mean shortName?`).waitFor();
    await expect(problems.allTextContents()).resolves.toEqual([
      `line ${idLine}, column 3: id "bexton" is already used by Bexton Primary School, which comes with Second Thought: give this pack an id of its own`,
      `line ${typoLine}, column 3: shortname is not a known field: did you mean shortName?`,
    ]);
    await expect(page.getByRole('list', { name: 'Schools you added' }).getByText('Bexton').count()).resolves.toBe(0);

    // Saved by an editor that starts UTF-8 files with a byte-order mark.
    const ravenhill = ASHDOWN.replace('"id": "ashdown"', '"id": "ravenhill"')
      .replace('"name": "Ashdown Primary School"', '"name": "Ravenhill School"')
      .replace('"shortName": "Ashdown"', '"shortName": "Ravenhill"');
    await page.getByLabel('Pack file').setInputFiles({ name: 'ravenhill.json', mimeType: 'application/json', buffer: Buffer.from(`\uFEFF${ravenhill}`) });
    await page.getByText('Added Ravenhill School.', { exact: false }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.getByRole('list', { name: 'Schools you added' }).getByRole('button', { name: 'Remove Ravenhill' }).click();
    await page.getByText('Removed Ravenhill School.').waitFor();
    expect(options.errors).toEqual([]);
  });

  it('unticking a category stops that nudge until it is ticked again', async () => {
    await options.page.getByLabel('Photos or video of pupils or staff').uncheck();
    await options.page.getByText('Saved.').waitFor();
    await tryDraft(practice.page, 'Your draft', PHOTOS, 'quiet');
    await options.page.getByLabel('Photos or video of pupils or staff').check();
    await tryDraft(practice.page, 'Your draft', `${PHOTOS}!`, 'nudging');
    expect(options.errors).toEqual([]);
  });

  it('pausing until turned back on quietens X; the practice page still checks', async () => {
    await options.page.getByRole('button', { name: 'Pause until I turn it back on' }).click();
    await options.page.getByText('Paused until you turn it back on.').first().waitFor();
    await typeOnX(x.page, COMPLAINT, 'quiet');
    await tryDraft(practice.page, 'Your draft', COMPLAINT, 'nudging');
    await options.page.getByRole('button', { name: 'Turn back on' }).click();
    await options.page.getByText('Second Thought is on.').waitFor();
    await typeOnX(x.page, `${COMPLAINT}!`, 'nudging');
    expect(x.errors).toEqual([]);
  });

  it('"Reset settings" fits its button on one line', async () => {
    const button = options.page.getByRole('button', { name: 'Reset settings' });
    const { height, lineHeight, padding } = await button.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        height: element.getBoundingClientRect().height,
        lineHeight: parseFloat(style.lineHeight),
        padding: parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth),
      };
    });
    expect(lineHeight).toBeGreaterThan(0);
    // One line of text: less than two lines' height inside the padding and border.
    expect(height - padding).toBeLessThan(1.5 * lineHeight);
  });

  it('reset puts the defaults back and leaves added schools in the list', async () => {
    await options.page.getByLabel('A member of school staff').check();
    await options.page.getByRole('button', { name: 'Reset settings' }).click();
    await options.page.getByText('Settings reset.').waitFor();
    await expect(options.page.getByLabel('A parent or carer').isChecked()).resolves.toBe(true);
    await expect(options.page.getByLabel('Bexton Primary School').isChecked()).resolves.toBe(false);
    await expect(options.page.getByLabel('Ashdown Primary School (added by you)').isChecked()).resolves.toBe(false);
    await expect(readSync(options.page)).resolves.toEqual({
      version: 2,
      role: 'parent',
      schools: [],
      routes: {},
      sites: { x: true, facebook: true },
      optOuts: [],
      snoozes: {},
      pause: null,
    });
    await tryDraft(practice.page, 'Your draft', `${COMPLAINT}?`, 'nudging');
    await expect(raiseButton(practice.page).textContent()).resolves.toBe('Raise it with your school');
    expect(options.errors).toEqual([]);
  });

  it('replaces unreadable settings with the defaults and says so, without breaking', async () => {
    await writeStorage(options.page, 'sync', { settings: { version: 2, role: 'governor', schools: 'all of them' } });
    await options.page.reload();
    const notice = options.page.getByRole('alert');
    await notice.getByText('Your settings could not be read and were reset.').waitFor();
    await expect(options.page.getByLabel('A parent or carer').isChecked()).resolves.toBe(true);
    await expect(readSync(options.page)).resolves.toMatchObject({ version: 2, role: 'parent', schools: [] });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => options.page.getByRole('alert').count()).toBe(0);
    // A damaged pack among the added schools is removed; the others stay.
    await writeStorage(options.page, 'local', { packs: [JSON.parse(ASHDOWN) as unknown, { id: 'half-a-pack' }] });
    await options.page.getByRole('alert').getByText('A school pack you added could not be read and was removed (half-a-pack).').waitFor();
    await expect(options.page.getByLabel('Ashdown Primary School (added by you)').count()).resolves.toBe(1);
    await options.page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => options.page.getByRole('alert').count()).toBe(0);
    expect(options.errors).toEqual([]);
  });

  it('migrates settings saved by the previous version, keeping the role and school', async () => {
    await writeStorage(options.page, 'sync', { settings: { version: 1, role: 'staff', schools: ['stoc'] } });
    await options.page.reload();
    await options.page.getByRole('heading', { name: 'Second Thought settings' }).waitFor();
    await expect(options.page.getByLabel('A member of school staff').isChecked()).resolves.toBe(true);
    await expect(options.page.getByLabel('STOC Trust').isChecked()).resolves.toBe(true);
    await expect.poll(() => readSync(options.page)).toMatchObject({ version: 2, role: 'staff', schools: ['stoc'], optOuts: [] });
    await expect(options.page.getByRole('alert').count()).resolves.toBe(0);
    expect(options.errors).toEqual([]);
  });

  it('never writes over settings saved by a newer version: changes, "Turn off notes about …" and reset are refused, saying why', async () => {
    const newer = { version: 3, role: 'staff', schools: ['stoc'], optOuts: [], theme: 'dark' };
    const refused = 'Your settings were saved by a newer version of Second Thought, so this browser leaves them as they are';
    await writeStorage(options.page, 'sync', { settings: newer });
    await options.page.reload();
    await options.page.getByRole('alert').getByText('Your settings were saved by a newer version of Second Thought, so the defaults apply').waitFor();

    const status = options.page.getByRole('status');
    await options.page.getByLabel('Check my posts on X').click();
    await status.getByText(refused, { exact: false }).waitFor();
    // The box goes back to what storage holds once the change is refused.
    await expect.poll(() => options.page.getByLabel('Check my posts on X').isChecked()).toBe(true);
    await options.page.reload();
    await options.page.getByRole('button', { name: 'Reset settings' }).click();
    await status.getByText(refused, { exact: false }).waitFor();
    await expect(readSync(options.page)).resolves.toEqual(newer);

    // What "Turn off notes about public complaints" on a nudge asks the worker.
    const reply = await practice.page.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ kind: 'muteCategory', category: 'complaint' });
    });
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringContaining(refused) });
    await expect(readSync(options.page)).resolves.toEqual(newer);
    expect(options.errors).toEqual([]);
  });
});

describe('the toolbar popup', () => {
  let browser: LaunchedBrowser;
  let x: Opened;
  let popup: Opened;

  /** Shows the popup for `tab`: the popup reads the active tab of its window when it opens. */
  async function popupFor(tab: Page): Promise<string> {
    await tab.bringToFront();
    await popup.page.reload();
    return popup.page.locator('.tab-status').innerText();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    await routeFixtures(browser.context);
    x = await openPage(browser.context, FIXTURE_URLS.x);
    await x.page.locator(X_EDITOR).waitFor();
    popup = await openExtensionPage(browser, PAGES.popup);
    await popup.page.locator('.tab-status').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says when the tab is not a supported site, and offers no pause there, where nothing is checked', async () => {
    const other = await openPage(browser.context, 'about:blank');
    await expect(popupFor(other.page)).resolves.toBe(
      'Second Thought works on X and Facebook. This page is neither, so nothing here is checked.',
    );
    await expect(popup.page.getByRole('button', { name: 'Pause for an hour' }).count()).resolves.toBe(0);
    await expect(popup.page.getByRole('link', { name: 'Settings' }).isVisible()).resolves.toBe(true);
    // Who the drafts are checked for (a review: the popup did not say).
    await expect(popup.page.locator('.hint').first().innerText()).resolves.toBe('No school chosen yet: general guidance. As a parent or carer.');
    await other.page.close();
  });

  it('on an X tab says it is on; "Pause for an hour" quietens X until "Turn back on"', async () => {
    await expect(popupFor(x.page)).resolves.toBe('On: your posts on X get a second thought.');
    await typeOnX(x.page, COMPLAINT, 'nudging');
    await popup.page.getByRole('button', { name: 'Pause for an hour' }).click();
    await popup.page.getByRole('button', { name: 'Turn back on' }).waitFor();
    const status = await popup.page.locator('.tab-status').innerText();
    // "Paused until 14:05.", with the day too when an hour from now is tomorrow.
    const until = /^Paused until (?:\w{3} \d{1,2} \w{3}, )?(\d\d):(\d\d)\.$/.exec(status);
    expect(until, status).not.toBeNull();
    const shown = Number(until?.[1]) * 60 + Number(until?.[2]);
    const inAnHour = new Date(Date.now() + 60 * 60_000);
    // Within a minute of an hour from now (the clock may tick over between the click and this line).
    const apart = Math.abs(shown - (inAnHour.getHours() * 60 + inAnHour.getMinutes()));
    expect(Math.min(apart, 24 * 60 - apart)).toBeLessThanOrEqual(1);
    await typeOnX(x.page, `${COMPLAINT} Again.`, 'quiet');
    await popup.page.getByRole('button', { name: 'Turn back on' }).click();
    await popup.page.getByRole('button', { name: 'Pause for an hour' }).waitFor();
    await typeOnX(x.page, `${COMPLAINT} Once more.`, 'nudging');
    expect(x.errors).toEqual([]);
    expect(popup.errors).toEqual([]);
  });

  it('says when Facebook is switched off in the settings', async () => {
    const options = await openOptions(browser);
    await options.page.getByLabel('Check my posts on Facebook').uncheck();
    await options.page.getByText('Saved.').waitFor();
    const facebook = await openPage(browser.context, FIXTURE_URLS.facebook);
    await expect(popupFor(facebook.page)).resolves.toBe('Off for Facebook. You can switch it back on in the settings.');
    await expect(popup.page.getByRole('button', { name: 'Pause for an hour' }).count()).resolves.toBe(0);
    await expect(popupFor(x.page)).resolves.toBe('On: your posts on X get a second thought.');
    await facebook.page.close();
    await options.page.close();
    expect(options.errors).toEqual([]);
  });

  it('while paused, offers "Turn back on" on any page, saying it is paused', async () => {
    await popupFor(x.page);
    await popup.page.getByRole('button', { name: 'Pause for an hour' }).click();
    await popup.page.getByRole('button', { name: 'Turn back on' }).waitFor();
    const other = await openPage(browser.context, 'about:blank');
    await popupFor(other.page);
    await popup.page.getByText(/^Paused until /).waitFor();
    await popup.page.getByRole('button', { name: 'Turn back on' }).click();
    await popup.page.getByText('Turned back on.').waitFor();
    await expect(popup.page.getByRole('button', { name: 'Turn back on' }).count()).resolves.toBe(0);
    await other.page.close();
    expect(popup.errors).toEqual([]);
  });

  it('opens the settings', async () => {
    const url = `chrome-extension://${browser.extensionId}/${PAGES.options}`;
    const [options] = await Promise.all([
      browser.context.waitForEvent('page', { predicate: (page) => page.url() === url }),
      popup.page.getByRole('link', { name: 'Settings' }).click(),
    ]);
    await options.getByRole('heading', { name: 'Second Thought settings' }).waitFor();
    expect(popup.errors).toEqual([]);
  });
});
