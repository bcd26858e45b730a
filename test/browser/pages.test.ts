// The extension's own pages in Chromium: the practice composer shows the same nudge as the sites, and a school
// chosen in the settings reaches the nudge straight away, without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, watchPageErrors, type LaunchedBrowser } from './harness';

const COMPLAINT = 'Really disappointed in the school. The head ignores every email and the office staff are useless.';
const FRIENDLY = 'Thank you to Mrs Shah and the whole Year 2 team for a lovely nativity!';

describe('extension pages', () => {
  let browser: LaunchedBrowser;
  let practice: Page;
  let errors: string[];
  const url = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    practice = await browser.context.newPage();
    errors = watchPageErrors(practice);
    await practice.goto(url('src/pages/practice/index.html'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the practice page nudges on a complaint and stays quiet on thanks', async () => {
    const draft = practice.getByLabel('Your draft');
    // The link appears once the settings are read (so it never flashes up for a user who has chosen).
    await practice.getByRole('link', { name: 'Choose your school' }).waitFor({ state: 'visible' });
    await draft.fill(COMPLAINT);
    const card = practice.locator('second-thought-nudge .card');
    await card.waitFor({ state: 'visible' });
    await expect(card.getByRole('button', { name: 'Raise it with your school' }).isVisible()).resolves.toBe(true);
    await draft.fill(FRIENDLY);
    await practice
      .locator(`second-thought-nudge[data-state="quiet"][data-draft-length="${FRIENDLY.length}"]`)
      .waitFor({ state: 'attached' });
    await expect(card.isVisible()).resolves.toBe(false);
    await expect(draft.inputValue()).resolves.toBe(FRIENDLY);
    expect(errors).toEqual([]);
  });

  it('a school chosen in the settings names that school in the nudge, without a reload', async () => {
    const options = await browser.context.newPage();
    const optionErrors = watchPageErrors(options);
    await options.goto(url('src/pages/options/index.html'));
    await options.getByLabel('Bexton Primary School').check();
    await options.getByText('Saved.').waitFor();
    await options.close();

    await practice.bringToFront();
    await practice.getByLabel('Your draft').fill(COMPLAINT);
    const raise = practice.locator('second-thought-nudge .card').getByRole('button', { name: 'Raise it with Bexton' });
    await raise.waitFor({ state: 'visible' });
    await expect(practice.locator('second-thought-nudge .card').textContent()).resolves.toContain(
      'contact the school to discuss any concerns',
    );
    // Once a school is chosen the page says which, and offers to change it rather than to choose one.
    await practice.getByText('Checking against: Bexton.').waitFor();
    await expect(practice.getByRole('link', { name: 'Change your school' }).isVisible()).resolves.toBe(true);
    await expect(practice.getByText('Choose your school').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    expect(optionErrors).toEqual([]);
  });
});
