// The extension's own pages in Chromium: the practice composer shows the same nudge as the sites, and a school
// chosen in the settings reaches the nudge straight away, without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
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

/** A highlighted range of the practice draft: its words, their offsets, and where they are drawn. */
interface Marked {
  text: string;
  start: number;
  end: number;
  rects: Box[];
}

/** The ranges the page highlights as the words behind the note (the CSS Custom Highlight API's registry). */
function highlighted(page: Page): Promise<Marked[]> {
  return page.evaluate(() => {
    const ranges = [...((CSS.highlights.get('second-thought') as Iterable<AbstractRange> | undefined) ?? [])] as Range[];
    return ranges.map((range) => ({
      text: range.toString(),
      start: range.startOffset,
      end: range.endOffset,
      rects: [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height })),
    }));
  });
}

/** The pixels of the page inside `clip`, RGBA row by row, decoded by the browser itself. */
async function pixels(page: Page, clip: Box): Promise<{ width: number; data: number[] }> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0);
    return { width: image.width, data: [...context.getImageData(0, 0, image.width, image.height).data] };
  }, png.toString('base64'));
}

/** The box around the pixels that differ between two pictures of the same clip, in page coordinates. */
function changedBox(before: { width: number; data: number[] }, after: { width: number; data: number[] }, clip: Box): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < before.data.length; i += 4) {
    const differs = [0, 1, 2].some((channel) => Math.abs((before.data[i + channel] ?? 0) - (after.data[i + channel] ?? 0)) > 24);
    if (!differs) continue;
    const x = (i / 4) % before.width;
    const y = Math.floor(i / 4 / before.width);
    left = Math.min(left, x);
    right = Math.max(right, x + 1);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y + 1);
  }
  return left === Infinity ? null : { x: clip.x + left, y: clip.y + top, width: right - left, height: bottom - top };
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

  it("the practice textarea highlights the words behind the note where they are drawn, and typing on still works", async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchPageErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url('src/pages/practice/index.html'));
    const draft = page.getByLabel('Your draft');
    await draft.fill(COMPLAINT);
    await page.locator('second-thought-nudge .card').waitFor({ state: 'visible' });

    const marks = await highlighted(page);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.text.trim()).not.toBe('');
      expect(mark.text).toBe(COMPLAINT.slice(mark.start, mark.end));
    }
    const mark = marks.find((each) => each.rects.length === 1);
    const rect = mark?.rects[0];
    if (!mark || !rect) throw new Error('no highlight on one line');

    // Where the textarea itself draws those words: the pixels its own selection of them changes.
    const outer = await draft.boundingBox();
    if (!outer) throw new Error('the draft is not on screen');
    // Inside the border, where the focus ring is not.
    const box = { x: outer.x + 6, y: outer.y + 6, width: outer.width - 12, height: outer.height - 12 };
    await draft.evaluate((element) => {
      (element as HTMLTextAreaElement).style.caretColor = 'transparent';
      element.focus();
    });
    const select = (start: number, end: number) =>
      draft.evaluate((element, [from, to]) => (element as HTMLTextAreaElement).setSelectionRange(from as number, to as number), [start, end]);
    await select(COMPLAINT.length, COMPLAINT.length);
    const unselected = await pixels(page, box);
    await select(mark.start, mark.end);
    const words = changedBox(unselected, await pixels(page, box), box);
    if (!words) throw new Error('selecting the words changed nothing on screen');
    expect(Math.abs(words.x - rect.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(words.x + words.width - (rect.x + rect.width))).toBeLessThanOrEqual(3);
    expect(Math.abs(words.y + words.height / 2 - (rect.y + rect.height / 2))).toBeLessThanOrEqual(4);

    // The highlight is drawn there: the underline's orange (#c2410c) is among the words' pixels.
    const under = { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) + 4 };
    const { data } = await pixels(page, under);
    let orange = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) - (data[i + 2] ?? 0) > 90) orange++;
    expect(orange).toBeGreaterThan(under.width / 2);

    // The copy of the text is hidden from assistive technology, which reads the textarea.
    await expect(axeViolations(page)).resolves.toEqual([]);

    // The highlight takes no clicks: a click on the words lands in the textarea, and what is typed goes in.
    const target = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    await expect(page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, target)).resolves.toBe('TEXTAREA');
    await page.mouse.click(target.x, target.y);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Honestly!');
    const typed = `${COMPLAINT} Honestly!`;
    await expect(draft.inputValue()).resolves.toBe(typed);
    await page.locator(`second-thought-nudge[data-state="nudging"][data-draft-length="${typed.length}"]`).waitFor({ state: 'attached' });
    await expect.poll(async () => (await highlighted(page)).every((each) => each.text === typed.slice(each.start, each.end) && each.text !== '')).toBe(true);
    await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
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
