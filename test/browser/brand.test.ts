// The brand on every extension page, in Chromium with the built extension: the mark and the name "Second Thought"
// at the top of the popup, the settings, the welcome page and the practice page, passing axe (WCAG 2.2 AA, contrast
// included) in the light and dark themes.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, watchPageErrors, type LaunchedBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['popup', 'options', 'onboarding', 'practice'] as const;

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  // Extension pages allow no inline script, so axe is evaluated as the devtools would, outside the page's CSP.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (target) => {
    const element = document.querySelector(target);
    if (!element) throw new Error(`no ${target}`);
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
  }, selector);
}

describe('the brand on the extension pages', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
    it.each(PAGES)('%s shows the mark and the name first, and passes axe', async (name) => {
      const page = await browser.context.newPage();
      const errors = watchPageErrors(page);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`chrome-extension://${browser.extensionId}/src/pages/${name}/index.html`);
      const brand = page.locator('main > .brand');
      await brand.waitFor({ state: 'visible' });
      // First on the page, the name as text, the mark beside it and hidden from screen readers.
      await expect(page.locator('main > :first-child').evaluate((el) => el.classList.contains('brand'))).resolves.toBe(true);
      await expect(brand.innerText()).resolves.toBe('Second Thought');
      const mark = brand.locator('svg.brand-mark');
      await expect(mark.getAttribute('aria-hidden')).resolves.toBe('true');
      const box = await mark.boundingBox();
      expect(box && [Math.round(box.width), Math.round(box.height)]).toEqual([28, 28]);
      // The popup's heading is the brand; each other page keeps its own heading under it.
      const headings = await page.locator('h1').allInnerTexts();
      expect(headings).toHaveLength(1);
      if (name === 'popup') expect(headings[0]).toBe('Second Thought');
      else expect(headings[0]).not.toBe('Second Thought');
      await expect(axeViolations(page, 'main > .brand')).resolves.toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
