// @vitest-environment happy-dom
/**
 * The settings page's line about the keyboard shortcut to the note (src/pages/options/NoteShortcut.tsx): the keys the
 * browser has now, or that none is set, read again when the user comes back to the page; and the button that opens
 * the browser's own shortcuts page (chrome://extensions/shortcuts in Chromium, Firefox's "Manage Extension Shortcuts").
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { BrowserCommand } from '../../../src/shortcut';

const fake = vi.hoisted(() => ({
  commands: [] as BrowserCommand[],
  origin: 'chrome-extension://abcdefghijklmnop/',
  opened: [] as string[],
  browser: {
    commands: {
      getAll: () => Promise.resolve(fake.commands),
      openShortcutSettings: undefined as (() => Promise<void>) | undefined,
    },
    runtime: { getURL: (path: string) => `${fake.origin}${path}` },
    tabs: {
      create: ({ url }: { url: string }) => {
        fake.opened.push(url);
        return Promise.resolve({});
      },
    },
  },
}));

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
const { NoteShortcut } = await import('../../../src/pages/options/NoteShortcut');

const withKeys = (shortcut: string): BrowserCommand[] => [
  { name: '_execute_action', shortcut: 'Ctrl+Shift+S' },
  { name: 'focus-nudge', shortcut },
];

/** Lets the page's reading of the commands answer. */
const settle = () => act(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
});

async function shown(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<NoteShortcut />, host));
  await settle();
  return host;
}

const button = (host: HTMLElement) => host.querySelector('button');

beforeEach(() => {
  document.body.replaceChildren();
  fake.commands = [];
  fake.origin = 'chrome-extension://abcdefghijklmnop/';
  fake.opened = [];
  fake.browser.commands.openShortcutSettings = undefined;
});

describe('the keyboard shortcut to the note, on the settings page', () => {
  it('names the keys the browser has, and offers to change them', async () => {
    fake.commands = withKeys('Alt+Shift+N');
    const host = await shown();
    expect(host.querySelector('#note-shortcut')?.textContent).toBe('Keyboard shortcut to move between your post and its note: Alt+Shift+N');
    expect(button(host)?.textContent).toBe('Change shortcut');
    expect(button(host)?.getAttribute('aria-describedby')).toBe('note-shortcut');
  });

  it.each([
    ['removed by the user, or held by another extension (Chrome reports it empty)', [{ name: 'focus-nudge', shortcut: '' }]],
    ['missing from the list', [{ name: '_execute_action', shortcut: 'Alt+Shift+N' }]],
  ])('says none is set when it is %s, and offers to set one', async (_, commands) => {
    fake.commands = commands;
    const host = await shown();
    expect(host.querySelector('#note-shortcut')?.textContent).toBe('No keyboard shortcut is set to move between your post and its note.');
    expect(host.textContent).not.toContain('Alt+Shift+N');
    expect(button(host)?.textContent).toBe('Set a shortcut');
  });

  it("opens Chromium's shortcuts page in a tab from the button", async () => {
    const host = await shown();
    act(() => button(host)?.click());
    expect(fake.opened).toEqual(['chrome://extensions/shortcuts']);
  });

  it("opens Firefox's Manage Extension Shortcuts from the button, where the browser has it", async () => {
    fake.origin = 'moz-extension://0f1e2d3c/';
    const openShortcutSettings = vi.fn(() => Promise.resolve());
    fake.browser.commands.openShortcutSettings = openShortcutSettings;
    const host = await shown();
    act(() => button(host)?.click());
    expect(openShortcutSettings).toHaveBeenCalledOnce();
    expect(fake.opened).toEqual([]);
  });

  it('says in words where to set it in a browser whose shortcuts page it cannot open', async () => {
    fake.origin = 'moz-extension://0f1e2d3c/';
    const host = await shown();
    expect(button(host)).toBeNull();
    expect(host.querySelector('#note-shortcut')?.textContent).toBe(
      'No keyboard shortcut is set to move between your post and its note. To set or change it in Firefox, open about:addons, then the gear menu, then Manage Extension Shortcuts.',
    );
  });

  it('names the new keys when the user comes back to the page after changing them', async () => {
    const host = await shown();
    fake.commands = withKeys('Ctrl+Shift+Y');
    // Still what the browser had when the page last looked.
    expect(host.querySelector('#note-shortcut')?.textContent).toContain('No keyboard shortcut');
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await settle();
    expect(host.querySelector('#note-shortcut')?.textContent).toBe('Keyboard shortcut to move between your post and its note: Ctrl+Shift+Y');
    expect(button(host)?.textContent).toBe('Change shortcut');
  });
});
