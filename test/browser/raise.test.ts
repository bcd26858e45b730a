// "Raise it with <school>" in Chromium: every note's main button opens the private-message page with the draft
// exactly as typed (never through an address, never kept afterwards), with Copy, "Send by e-mail" where the school's
// e-mail is known, its web page where known, and where nothing is known, a link straight to the form that adds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { editorText, FIXTURE_URLS, launchBrowser, openPage, routeFixtures, typeInto, watchPageErrors, type LaunchedBrowser } from './harness';

const X_EDITOR = '[data-testid="tweetTextarea_0"]';
const NUDGE = 'second-thought-nudge';
/** A complaint with the characters a mailto: link or an address could mangle. */
const DRAFT = 'Honestly the school is a joke & the head never answers emails? 100% useless #BextonFail "again"';
const RAISE_PAGE = 'src/pages/raise/index.html';

type Area = 'sync' | 'local' | 'session';

function storageItems(page: Page, area: Area): Promise<Record<string, unknown>> {
  return page.evaluate((where) => {
    const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> }> } }).chrome;
    return (api.storage[where] as { get(keys: null): Promise<Record<string, unknown>> }).get(null);
  }, area);
}

async function writeSettings(page: Page, settings: object): Promise<void> {
  await page.evaluate((value) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
    return api.storage.sync.set({ settings: value });
  }, settings);
}

/** The message the page starts from (note.ts): the draft, word for word, between a greeting and a close. */
const message = (greeting: string, why: string, draft: string): string =>
  [greeting, why, draft, 'What I would like to happen: ', 'Thank you.'].join('\n\n');
const NO_SCHOOL = ['Hello,', 'I would like to raise this privately rather than on social media.'] as const;
const BEXTON = ['Dear Bexton Primary School,', "I would like to raise this privately, through the School's formal complaints process, rather than on social media."] as const;
const STAFF = ['Hello,', 'I would like to raise this with you privately rather than on social media.'] as const;

const SETTINGS = { version: 2, role: 'parent', schools: [], routes: {}, sites: { x: true, facebook: true }, optOuts: [], snoozes: {}, pause: null };

describe('raising it privately', () => {
  let browser: LaunchedBrowser;
  let x: { page: Page; errors: string[] };
  const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

  /** Types `text` on X, waits for the note, clicks its main button and returns the page it opened. */
  async function raiseFromX(text: string, button: string): Promise<{ page: Page; errors: string[] }> {
    await x.page.bringToFront();
    await x.page.locator(X_EDITOR).focus();
    await x.page.keyboard.press('ControlOrMeta+A');
    await x.page.keyboard.press('Backspace');
    await typeInto(x.page, X_EDITOR, text);
    await x.page.locator(`${NUDGE}[data-state="nudging"][data-draft-length="${text.length}"]`).waitFor({ state: 'attached' });
    const [page] = await Promise.all([
      browser.context.waitForEvent('page'),
      x.page.locator(`${NUDGE} .card`).getByRole('button', { name: button }).click(),
    ]);
    const errors = watchPageErrors(page);
    await page.getByLabel('Message to the school').waitFor();
    return { page, errors };
  }

  /** Writes `settings` as the user's from the settings page, and returns that page. */
  async function settingsPageWith(settings: object): Promise<Page> {
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('src/pages/options/index.html'));
    await writeSettings(options, settings);
    return options;
  }

  /** Types `text` on the practice page, clicks its note's main button and returns the page it opened. */
  async function raiseFromPractice(practice: Page, text: string, button: string): Promise<Page> {
    await practice.getByLabel('Your draft').fill(text);
    const [page] = await Promise.all([
      browser.context.waitForEvent('page'),
      practice.locator(`${NUDGE} .card`).getByRole('button', { name: button }).click(),
    ]);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    await routeFixtures(browser.context);
    x = await openPage(browser.context, FIXTURE_URLS.x);
    await x.page.locator(X_EDITOR).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with no school chosen: the draft, unchanged, in a message, and a link straight to describing the school, which the page then follows', async () => {
    const raise = await raiseFromX(DRAFT, 'Raise it with your school');
    expect(raise.page.url()).toMatch(new RegExp(`^${extensionUrl(RAISE_PAGE)}#[0-9a-f-]{36}$`));
    expect(raise.page.url()).not.toContain('joke');
    await raise.page.getByRole('heading', { name: 'Raise it privately', exact: true }).waitFor();
    await expect(raise.page.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...NO_SCHOOL, DRAFT));
    await expect(editorText(x.page)).resolves.toBe(DRAFT);
    await expect(raise.page.getByRole('link', { name: 'Send by e-mail' }).count()).resolves.toBe(0);
    await expect(axeViolations(raise.page)).resolves.toEqual([]);

    const [options] = await Promise.all([
      browser.context.waitForEvent('page'),
      raise.page.getByRole('link', { name: 'Describe your school' }).click(),
    ]);
    expect(options.url()).toBe(extensionUrl('src/pages/options/index.html#own-school'));
    // The user lands in the form, ready to type.
    await options.waitForFunction(() => document.activeElement?.id === 'own-name');
    await options.keyboard.type('Bexton Village School');
    await options.getByLabel('Complaints e-mail').fill('office@bexton-village.example');
    await options.getByRole('button', { name: 'Add my school' }).click();
    await options.getByText('Added Bexton Village School.').waitFor();

    // The page, still open with the draft, now knows where it goes.
    await raise.page.getByRole('heading', { name: 'Raise it privately with Bexton Village School' }).waitFor();
    const mail = new URL((await raise.page.getByRole('link', { name: 'Send by e-mail' }).getAttribute('href')) ?? '');
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('office@bexton-village.example');
    // The message now greets the school, as the user has not changed it.
    const described = message('Dear Bexton Village School,', "I would like to raise this privately, through the school's complaints procedure, rather than on social media.", DRAFT);
    // Line breaks in a mailto: body are CRLF (RFC 6068).
    expect(mail.searchParams.get('body')).toBe(described.replace(/\n/g, '\r\n'));
    await expect(raise.page.getByLabel('Message to the school').inputValue()).resolves.toBe(described);
    await options.close();
    await raise.page.close();
    expect(raise.errors).toEqual([]);
  });

  it('with an e-mail known: Copy copies the message, Send by e-mail carries it, and nothing of the draft is kept', async () => {
    await (await settingsPageWith({ ...SETTINGS, schools: ['bexton'], routes: { bexton: { email: 'office@bexton.example' } } })).close();
    const draft = `${DRAFT} Bexton again.`;
    const raise = await raiseFromX(draft, 'Raise it with Bexton');
    await raise.page.getByRole('heading', { name: 'Raise it privately with Bexton Primary School' }).waitFor();
    await raise.page.getByText('E-mail: office@bexton.example.').waitFor();
    await expect(raise.page.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...BEXTON, draft));

    await raise.page.getByRole('button', { name: 'Copy' }).click();
    await raise.page.getByRole('status').getByText('Copied.').waitFor();
    // Pasted back, as the user would into an e-mail: the clipboard holds the message exactly.
    const box = raise.page.getByLabel('Message to the school');
    await box.fill('');
    await box.focus();
    await raise.page.keyboard.press('ControlOrMeta+V');
    await expect(box.inputValue()).resolves.toBe(message(...BEXTON, draft));

    const mail = new URL((await raise.page.getByRole('link', { name: 'Send by e-mail' }).getAttribute('href')) ?? '');
    expect(mail.pathname).toBe('office@bexton.example');
    expect(mail.searchParams.get('subject')).toBe('A concern for Bexton Primary School');
    expect(mail.searchParams.get('body')).toBe(message(...BEXTON, draft).replace(/\n/g, '\r\n'));
    // What the user changes goes into the e-mail, not back into their post.
    await raise.page.getByLabel('Message to the school').fill('Dear Bexton, could we talk?');
    await expect
      .poll(async () => new URL((await raise.page.getByRole('link', { name: 'Send by e-mail' }).getAttribute('href')) ?? '').searchParams.get('body'))
      .toBe('Dear Bexton, could we talk?');
    await expect(editorText(x.page)).resolves.toBe(draft);

    // Nothing of the draft is stored anywhere once the page has it.
    await expect(storageItems(raise.page, 'session')).resolves.toEqual({});
    for (const area of ['sync', 'local'] as const) expect(JSON.stringify(await storageItems(raise.page, area))).not.toContain('joke');
    // So a reload finds no draft, and says where it still is.
    await raise.page.reload();
    await raise.page.getByText('There is no draft here').waitFor();
    await expect(raise.page.getByLabel('Message to the school').inputValue()).resolves.toBe('');
    await raise.page.close();
    expect(raise.errors).toEqual([]);
  });

  it('with no route known for the school: a link straight to its route in the settings, never a dead end', async () => {
    await settingsPageWith({ ...SETTINGS, schools: ['bexton'] });
    // From the practice page too: the same button, from an extension page rather than a site.
    const practice = await browser.context.newPage();
    await practice.goto(extensionUrl('src/pages/practice/index.html'));
    const page = await raiseFromPractice(practice, DRAFT, 'Raise it with Bexton');
    const errors = watchPageErrors(page);
    await page.getByText("Second Thought does not know Bexton's complaints e-mail or web page yet.").waitFor();
    await expect(page.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...BEXTON, DRAFT));
    await expect(page.getByRole('link', { name: 'Send by e-mail' }).count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);

    const [settings] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('link', { name: 'Add it in the settings' }).click()]);
    await settings.waitForFunction(() => document.activeElement?.id === 'route-bexton-url');
    await settings.keyboard.type('https://bexton.example/concerns');
    await settings.getByRole('button', { name: "Save Bexton's route" }).click();
    const link = page.getByRole('link', { name: "Open Bexton's page for concerns" });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe('https://bexton.example/concerns');
    await expect(page.getByText('does not know').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('as staff: the pack’s staff route, never the complaints address a parent gave, and nothing to add', async () => {
    const options = await settingsPageWith({ ...SETTINGS, role: 'staff', schools: ['bexton'], routes: { bexton: { email: 'office@bexton.example' } } });
    const practice = await browser.context.newPage();
    await practice.goto(extensionUrl('src/pages/practice/index.html'));
    const page = await raiseFromPractice(practice, DRAFT, 'Raise it with Bexton');
    const errors = watchPageErrors(page);
    await page.getByText('Raise it with your line manager or the headteacher, not on social media.').waitFor();
    await page.getByText('Take it to them in person, or copy your message into an e-mail to them.').waitFor();
    await page.getByText('Put it as you would raise it at work: what happened and what you would like done.', { exact: false }).waitFor();
    await expect(page.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...STAFF, DRAFT));
    await expect(page.getByText('office@bexton.example').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Send by e-mail' }).count()).resolves.toBe(0);
    await expect(page.getByText('does not know').count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);

    // The settings show the same route, with no complaints address to fill in.
    await options.reload();
    const route = options.locator('fieldset.school-route[data-school="bexton"]');
    await route.getByText('As staff, you raise a concern about Bexton this way').waitFor();
    await expect(route.getByText('Raise it with your line manager or the headteacher, not on social media.').count()).resolves.toBe(1);
    await expect(route.locator('input').count()).resolves.toBe(0);
    expect(errors).toEqual([]);

    // With no school chosen yet, the general guidance's staff route, not a hunt for a complaints address.
    await writeSettings(options, { ...SETTINGS, role: 'staff' });
    await practice.reload();
    const general = await raiseFromPractice(practice, DRAFT, 'Raise it with your school');
    await general.getByText('Raise it with your line manager or headteacher, not on social media.').waitFor();
    await expect(general.getByText('does not know your school').count()).resolves.toBe(0);
    await expect(general.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...STAFF, DRAFT));
  });

  it("as STOC staff: a child's welfare goes to the Designated Safeguarding Lead, a school matter or complaint to SLT", async () => {
    const options = await settingsPageWith({ ...SETTINGS, role: 'staff', schools: ['stoc'] });
    const practice = await browser.context.newPage();
    await practice.goto(extensionUrl('src/pages/practice/index.html'));
    const DSL = "Report a concern about a child's welfare, and any communication from children, to the Designated Safeguarding Lead, not on social media.";
    const SLT = 'Raise school matters with a member of SLT, not on social media.';

    const welfare = 'Worried about one of my Year 5s, she has come in hungry every day this week and has bruises on her arms.';
    const toDsl = await raiseFromPractice(practice, welfare, 'Raise it with STOC');
    const errors = watchPageErrors(toDsl);
    await expect(practice.locator(`${NUDGE} .card .route`).textContent()).resolves.toBe(DSL);
    await toDsl.getByText(DSL).waitFor();
    await expect(toDsl.getByText(SLT).count()).resolves.toBe(0);
    await expect(toDsl.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...STAFF, welfare));
    await expect(axeViolations(toDsl)).resolves.toEqual([]);

    const colleague = 'Mr Jones in the maths department is the laziest teacher I have ever worked with.';
    await practice.reload();
    const toSlt = await raiseFromPractice(practice, colleague, 'Raise it with STOC');
    await expect(practice.locator(`${NUDGE} .card .route`).textContent()).resolves.toBe(SLT);
    await toSlt.getByText(SLT).waitFor();
    await expect(toSlt.getByText('Designated Safeguarding Lead', { exact: false }).count()).resolves.toBe(0);

    // A public complaint about their own school, found as staff conduct alone (STOC's pack does not check
    // complaints), is a concern to raise with SLT too.
    const complaint = "Honestly the way our school is run is a joke. SLT have no idea what they're doing.";
    await practice.reload();
    const grievance = await raiseFromPractice(practice, complaint, 'Raise it with STOC');
    await expect(practice.locator(`${NUDGE} .card .route`).textContent()).resolves.toBe(SLT);
    await grievance.getByText(SLT).waitFor();
    await expect(grievance.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...STAFF, complaint));

    // The settings show both, each for what it takes.
    await options.reload();
    const route = options.locator('fieldset.school-route[data-school="stoc"]');
    await route.getByText(SLT).waitFor();
    await expect(route.getByText(DSL).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('with a threat in the draft: the message starts without that line, and says so above the box', async () => {
    await (await settingsPageWith({ ...SETTINGS, schools: ['bexton'] })).close();
    const draft = "The head is a disgrace. I'll be waiting for him at the gate tomorrow. Sort it out.";
    const raise = await raiseFromX(draft, 'Raise it with Bexton');
    await raise.page.getByText('We left out the line that could read as a threat.').waitFor();
    await raise.page.getByText('Your draft is below, in your own words but for the line that could read as a threat', { exact: false }).waitFor();
    await expect(raise.page.getByText('exactly as you wrote it').count()).resolves.toBe(0);
    await expect(raise.page.getByLabel('Message to the school').inputValue()).resolves.toBe(message(...BEXTON, 'The head is a disgrace. Sort it out.'));
    await expect(axeViolations(raise.page)).resolves.toEqual([]);
    // The post itself is untouched.
    await expect(editorText(x.page)).resolves.toBe(draft);
    await raise.page.close();
    expect(raise.errors).toEqual([]);
  });
});
