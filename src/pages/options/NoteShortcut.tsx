/**
 * The keyboard shortcut to the note, as the browser has it now, and a way to set or change it. The manifest only
 * suggests Alt+Shift+N: the browser leaves it unset when another extension holds it, and the user may change it.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { noteShortcutIn } from '../../shortcut';

/** Opens the browser's own page for extension shortcuts; null when this browser has none an extension may open. */
export function shortcutSettingsOpener(): (() => Promise<unknown>) | null {
  const { commands } = browser;
  // Firefox 137 and later: about:addons, "Manage Extension Shortcuts".
  if (typeof commands.openShortcutSettings === 'function') return () => commands.openShortcutSettings();
  // Chromium's extension pages are chrome-extension://; its shortcuts page opens from tabs.create only (a link is blocked).
  if (browser.runtime.getURL('').startsWith('chrome-extension:')) return () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return null;
}

export function NoteShortcut() {
  // undefined until the browser has answered; null when it has no keys for the shortcut.
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let asked = 0;
    const read = (): void => {
      const ask = ++asked;
      void browser.commands.getAll().then(noteShortcutIn, () => null).then((found) => {
        if (ask === asked) setKeys(found);
      });
    };
    // No event tells a page the keys changed: read them again when the user comes back (from the shortcuts page).
    const readIfShown = (): void => {
      if (document.visibilityState === 'visible') read();
    };
    read();
    window.addEventListener('focus', read);
    document.addEventListener('visibilitychange', readIfShown);
    return () => {
      asked = -1;
      window.removeEventListener('focus', read);
      document.removeEventListener('visibilitychange', readIfShown);
    };
  }, []);
  if (keys === undefined) return null;
  const open = shortcutSettingsOpener();
  return (
    <div class="row">
      <span class="hint" id="note-shortcut">
        {keys ? t('optionsShortcutKeys', keys) : t('optionsShortcutNone')}
        {!open && ` ${t('optionsShortcutWhere')}`}
      </span>
      {open && (
        <button type="button" class="secondary" aria-describedby="note-shortcut" onClick={() => void open()}>
          {keys ? t('optionsShortcutChange') : t('optionsShortcutSet')}
        </button>
      )}
    </div>
  );
}
