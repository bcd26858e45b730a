// The settings page in Chromium with the built extension names the keys the browser has for the shortcut to the note
// (or none: Chromium leaves the suggested Alt+Shift+N unset in the tests' fresh profile, as when another extension
// holds it), and its button opens chrome://extensions/shortcuts. The user sets the keys there and comes back: the page
// names them. Fails when the page names the manifest's suggested keys rather than the browser's, or none after a set.
import { describe, expect, it } from 'vitest';
import messages from '../../src/_locales/en_GB/messages.json';
import { fixtureBrowser, noteShortcutKeys, watchPageErrors } from './harness';
import { axeViolations } from './axe';

/** Chromium's page of extension shortcuts, which the settings page's button opens. */
const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** What the settings page says for these keys ('' for none). */
const saying = (keys: string): string =>
  keys ? messages.optionsShortcutKeys.message.replace('$KEYS$', keys) : messages.optionsShortcutNone.message;

describe('the settings page names the shortcut to the note the browser has', () => {
  const launched = fixtureBrowser();

  it('from the start, and again after the user sets it on the shortcuts page its button opens', async () => {
    const browser = launched();
    const options = await browser.context.newPage();
    const errors = watchPageErrors(options);
    await options.goto(`chrome-extension://${browser.extensionId}/src/pages/options/index.html`);
    const line = options.locator('#note-shortcut');

    const initial = await noteShortcutKeys(browser);
    await expect.poll(() => line.textContent()).toBe(saying(initial));
    await expect(axeViolations(options)).resolves.toEqual([]);

    const button = options.getByRole('button', { name: initial ? messages.optionsShortcutChange.message : messages.optionsShortcutSet.message });
    await button.click();
    // Found by its address: the welcome page opened on install may be another new tab.
    const shortcutsPage = () => browser.context.pages().find((page) => page.url() === SHORTCUTS_PAGE);
    await expect.poll(() => shortcutsPage()?.url()).toBe(SHORTCUTS_PAGE);
    const shortcuts = shortcutsPage();
    if (!shortcuts) throw new Error(`no ${SHORTCUTS_PAGE} tab`);

    // Set as a user does: Edit beside the command's description, then the keys.
    await shortcuts
      .getByRole('button', { name: `Edit shortcut ${messages.commandFocusNudge.message} for Second Thought` })
      .click();
    await shortcuts.keyboard.press('Control+Shift+Y');
    await expect.poll(() => noteShortcutKeys(browser)).not.toBe(initial);
    const set = await noteShortcutKeys(browser);
    expect(set).toMatch(/Y$/);

    // The user comes back to the settings. Headless Chromium keeps every tab visible and focused, so it sends no
    // focus event on the way back: the test sends the one a browser with windows sends.
    await options.bringToFront();
    await options.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
    await expect.poll(() => line.textContent()).toBe(saying(set));
    await expect(options.getByRole('button', { name: messages.optionsShortcutChange.message }).count()).resolves.toBe(1);

    // And opened afresh, the page names them too.
    await options.reload();
    await expect.poll(() => line.textContent()).toBe(saying(set));
    expect(errors).toEqual([]);
    await shortcuts.close();
    await options.close();
  });
});
