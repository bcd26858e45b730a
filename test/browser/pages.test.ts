// The extension's own pages in Chromium: the practice composer shows the same nudge as the sites, and a school
// chosen in the settings reaches the nudge straight away, without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, watchPageErrors, type LaunchedBrowser } from './harness';

const COMPLAINT = 'Really disappointed in the school. The head ignores every email and the office staff are useless.';
const FRIENDLY = 'Thank you to Mrs Shah and the whole Year 2 team for a lovely nativity!';
/** Long enough that the card is taller than the room left below the draft on a phone. */
const LONG_THREAT =
  'I have had enough. '.repeat(3) +
  "The head is a liar and a bully and I'll be waiting for her at the gate, " +
  'and I will keep going on about this because nobody listens. '.repeat(20);

type Box = { x: number; y: number; width: number; height: number };
/** The area two boxes share, in square pixels: 0 when one does not cover the other at all. */
function overlap(a: Box | null, b: Box | null): number {
  if (!a || !b) throw new Error('a box to compare is not on screen');
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

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

  /** Opens an extension page in a window of `size`, types `text` into the box labelled `label`, and waits for the card. */
  async function cardFor(path: string, size: { width: number; height: number }, label: string, text: string) {
    const page = await browser.context.newPage();
    const pageErrors = watchPageErrors(page);
    await page.setViewportSize(size);
    await page.goto(url(path));
    const draft = page.getByLabel(label);
    await draft.fill(text);
    const card = page.locator('second-thought-nudge .card');
    await card.waitFor({ state: 'visible' });
    return { page, pageErrors, draft, card };
  }

  it('at phone width the practice card never covers the draft being typed', async () => {
    const { page, pageErrors, draft, card } = await cardFor('src/pages/practice/index.html', { width: 360, height: 740 }, 'Your draft', LONG_THREAT);
    // The user scrolls to read the card; wherever the page is, the card and the draft never share a pixel.
    for (const target of [draft, card]) {
      await target.scrollIntoViewIfNeeded();
      expect(overlap(await card.boundingBox(), await draft.boundingBox())).toBe(0);
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("onboarding's try-it card leaves the line under it, and its link to the settings, uncovered", async () => {
    const { page, pageErrors, draft, card } = await cardFor('src/pages/onboarding/index.html', { width: 1280, height: 800 }, 'Try a draft', COMPLAINT);
    const later = page.getByText('You can change any of this later', { exact: false });
    await later.scrollIntoViewIfNeeded();
    expect(overlap(await card.boundingBox(), await later.boundingBox())).toBe(0);
    expect(overlap(await card.boundingBox(), await draft.boundingBox())).toBe(0);
    // The link is the topmost thing where it is drawn, so a click lands on it.
    const link = page.getByRole('link', { name: 'settings' });
    const box = await link.boundingBox();
    if (!box) throw new Error('the link to the settings is not on screen');
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? null, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe('settings');
    expect(pageErrors).toEqual([]);
    await page.close();
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
