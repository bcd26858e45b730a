// Where the note and the "Post anyway?" question sit beside each site's composer, in Chromium with the built
// extension, at the window sizes parents use (a small laptop at 1280×900 and 1366×768, a desktop at 1920×1080, a
// window narrowed to 800): every card is whole on screen and covers none of the text, the post button or the
// composer's other buttons. Boxes are read as the browser lays them out, with motion reduced so none is mid-animation.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FB_DIALOG_EDITOR, NUDGE, X_DIALOG_EDITOR } from './composer-contract';
import { FIXTURE_URLS, fixtureBrowser, openPage, typeInto } from './harness';

const DRAFT = 'Honestly the school is a joke. Mr Hayes is useless and the head never answers a single email.';

interface Site {
  name: string;
  url: string;
  open?: string;
  editor: string;
  /** What must stay in sight: the composer's own buttons (Post among them). */
  buttons: string;
  post: { click: string } | { key: string };
}

const SITES: Site[] = [
  {
    name: 'X home composer (Draft.js)',
    url: FIXTURE_URLS.x,
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    buttons: '[data-testid="primaryColumn"] [data-testid="toolBar"] button',
    post: { click: '[data-testid="tweetButtonInline"]' },
  },
  {
    name: 'X narrow layout textarea',
    url: FIXTURE_URLS.xNarrow,
    editor: '[data-testid="tweetTextarea_0"] textarea',
    buttons: '[data-testid="primaryColumn"] [data-testid="toolBar"] button',
    post: { click: '[data-testid="tweetButtonInline"]' },
  },
  {
    name: 'X Post dialog',
    url: FIXTURE_URLS.xCompose,
    editor: X_DIALOG_EDITOR,
    buttons: 'div[role="dialog"] [data-testid="toolBar"] button, div[role="dialog"] [data-testid="app-bar-close"]',
    post: { click: 'div[role="dialog"] [data-testid="tweetButton"]' },
  },
  {
    name: 'Facebook Create post dialog (Lexical)',
    url: FIXTURE_URLS.facebook,
    open: '.composer-button',
    editor: FB_DIALOG_EDITOR,
    buttons: 'div[role="dialog"] div[role="button"]',
    post: { click: 'div[role="dialog"] div[aria-label="Post"]' },
  },
  {
    name: 'Facebook comment',
    url: FIXTURE_URLS.facebook,
    editor: 'div[role="textbox"][data-lexical-editor="true"][aria-label="Write a comment…"]',
    // Enter posts: the box has no buttons of its own.
    buttons: 'div[role="textbox"][data-lexical-editor="true"][aria-label="Write a comment…"]',
    post: { key: 'Enter' },
  },
];

const SIZES = [
  { width: 1280, height: 900 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 800, height: 900 },
];

type Rect = { x: number; y: number; width: number; height: number };

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

/** Waits for two frames: the card is placed when shown and again, in the same frame, when it changes size. */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** What the card covers, and whether it or one of its buttons leaves the window, in words a failure can show. */
async function problems(page: Page, card: string, site: Site, size: { width: number; height: number }): Promise<string[]> {
  await settle(page);
  const found: string[] = [];
  const box = await page.locator(`${NUDGE} ${card}`).boundingBox();
  if (!box) return ['no card'];
  const onScreen = (rect: Rect) => rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= size.width && rect.y + rect.height <= size.height;
  if (!onScreen(box)) found.push(`card off screen: ${JSON.stringify(box)}`);
  for (const button of await page.locator(`${NUDGE} ${card} button`).all()) {
    const rect = await button.boundingBox();
    if (rect && !onScreen(rect)) found.push(`"${await button.innerText()}" off screen`);
  }
  const editor = await page.locator(site.editor).boundingBox();
  if (editor && intersects(box, editor)) found.push('covers the text');
  for (const button of await page.locator(site.buttons).all()) {
    const rect = await button.boundingBox();
    if (rect && intersects(box, rect)) found.push(`covers the composer's "${(await button.getAttribute('aria-label')) ?? (await button.innerText())}"`);
  }
  return found;
}

describe.each(SITES)('the cards beside $name', (site) => {
  const launched = fixtureBrowser();

  it.each(SIZES)('cover nothing the user needs at $width×$height', async (size) => {
    const { page, errors } = await openPage(launched().context, site.url);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(size);
    if (site.open) await page.locator(site.open).click();
    await typeInto(page, site.editor, DRAFT);
    await page.locator(`${NUDGE}[data-state="nudging"] .card`).waitFor({ state: 'visible' });
    expect(await problems(page, '.card[data-mode="nudge"]', site, size), 'the note').toEqual([]);
    if ('click' in site.post) await page.locator(site.post.click).click();
    else await page.keyboard.press(site.post.key);
    await page.locator(`${NUDGE} .card[data-mode="presend"]`).waitFor({ state: 'visible' });
    expect(await problems(page, '.card[data-mode="presend"]', site, size), 'the question').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
