// The note beside a site's composer, by keyboard, in Chromium with the built extension: from the post, Tab reaches
// the note's controls in the order they read, then goes on to what follows the post (its Post button), and Shift+Tab
// retraces the same steps back into the post; Escape on the note, and "Not now" pressed with a key, put the user
// back in the post. The dialogs (X's Post dialog, Facebook's Create post) keep Tab inside themselves as the sites do
// (fixtures/focus-trap.ts), which must not swallow the note.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FB_DIALOG_EDITOR, NUDGE, X_DIALOG_EDITOR } from './composer-contract';
import { FIXTURE_URLS, fixtureBrowser, openPage, typeInto } from './harness';

const DRAFT = 'The head never answers a single email, what a shambles this school is.';

interface Site {
  name: string;
  url: string;
  open?: string;
  editor: string;
  /** What Tab reaches from the post with the note not there: the composer's next control. */
  after: string;
}

const SITES: Site[] = [
  {
    name: 'X home composer (Draft.js)',
    url: FIXTURE_URLS.x,
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    // "Add post", which starts a thread; Post follows it.
    after: '[data-testid="primaryColumn"] [data-testid="addButton"]',
  },
  {
    name: 'X narrow layout textarea',
    url: FIXTURE_URLS.xNarrow,
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] textarea',
    after: '[data-testid="primaryColumn"] [data-testid="addButton"]',
  },
  {
    name: 'X Post dialog',
    url: FIXTURE_URLS.xCompose,
    editor: X_DIALOG_EDITOR,
    after: 'div[role="dialog"] [data-testid="addButton"]',
  },
  {
    name: 'Facebook Create post dialog (Lexical)',
    url: FIXTURE_URLS.facebook,
    open: '.composer-button',
    editor: FB_DIALOG_EDITOR,
    after: 'div[role="dialog"] div[aria-label="Post"][role="button"]',
  },
];

/**
 * Where focus is, in words: `post` inside the editor, `after` on the composer's next control, `note:<label>`
 * on a control of a note, else the focused element's tag.
 */
function focusIs(page: Page, site: Site): Promise<string> {
  return page.evaluate(
    ([editor, after, tag]) => {
      const active = document.activeElement;
      if (!active) return 'nothing';
      if (document.querySelector(editor)?.contains(active)) return 'post';
      if (active === document.querySelector(after)) return 'after';
      const inner = active.tagName.toLowerCase() === tag ? active.shadowRoot?.activeElement : null;
      if (inner) return `note:${inner.textContent ?? ''}`;
      return active.tagName.toLowerCase();
    },
    [site.editor, site.after, NUDGE] as const,
  );
}

/** The note's controls in the order they read: each as focusIs names it. */
function noteControls(page: Page): Promise<string[]> {
  return page
    .locator(`${NUDGE}[data-state="nudging"]`)
    .evaluate((host) => [...(host.shadowRoot?.querySelectorAll('summary, button, a[href]') ?? [])].map((control) => `note:${control.textContent ?? ''}`));
}

describe.each(SITES)('the note beside $name, by keyboard', (site) => {
  const launched = fixtureBrowser();

  async function noteOpen(): Promise<Page> {
    const { page } = await openPage(launched().context, site.url);
    if (site.open) await page.locator(site.open).click();
    await typeInto(page, site.editor, DRAFT);
    await page.locator(`${NUDGE}[data-state="nudging"][data-draft-length="${DRAFT.length}"]`).waitFor({ state: 'attached' });
    await expect(focusIs(page, site)).resolves.toBe('post');
    return page;
  }

  it("Tab goes from the post through the note in reading order, then on to the composer's next control; Shift+Tab goes back the same way", async () => {
    const page = await noteOpen();
    const controls = await noteControls(page);
    expect(controls).toContain('note:Not now');
    const forward: string[] = [];
    for (let step = 0; step <= controls.length; step++) {
      await page.keyboard.press('Tab');
      forward.push(await focusIs(page, site));
    }
    expect(forward).toEqual([...controls, 'after']);
    const back: string[] = [];
    for (let step = 0; step <= controls.length; step++) {
      await page.keyboard.press('Shift+Tab');
      back.push(await focusIs(page, site));
    }
    expect(back).toEqual([...controls.reverse(), 'post']);
    // Back in the post with the caret where it was: the next words go at the end.
    await page.keyboard.type(' Honestly.');
    await expect(page.locator(site.editor).evaluate((editor) => (editor instanceof HTMLTextAreaElement ? editor.value : editor.textContent))).resolves.toBe(`${DRAFT} Honestly.`);
    await page.close();
  });

  it('Escape on the note, and "Not now" pressed with Enter, go back to the post', async () => {
    const page = await noteOpen();
    await page.keyboard.press('Tab');
    await expect(focusIs(page, site)).resolves.toMatch(/^note:/);
    await page.keyboard.press('Escape');
    await expect(focusIs(page, site)).resolves.toBe('post');
    await page.keyboard.press('Tab');
    while ((await focusIs(page, site)) !== 'note:Not now') {
      expect(await focusIs(page, site)).toMatch(/^note:/);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.locator(`${NUDGE}[data-state="dismissed"]`).waitFor({ state: 'attached' });
    await expect(focusIs(page, site)).resolves.toBe('post');
    await page.close();
  });
});
