// @vitest-environment happy-dom
// What a screen-reader user hears as a note appears on a site: its headline, and the keys of the browser's shortcut
// to the note as the worker reads them at that moment (commands.getAll). The user may change or remove the shortcut
// while the page is open; when the worker names none, or does not answer, no keys are named at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS } from '../../../src/content/composer';
import { watchComposers } from '../../../src/content/watch';
import { facebookAdapter } from '../../../src/content/sites/facebook';
import { ProtocolClient, SHORTCUT_WAIT_MS } from '../../../src/protocol';
import type { Reply, Request } from '../../../src/protocol';

const ATTACK = 'Second Thought: This could come across as a personal attack';

function verdictFor(text: string): Reply {
  const found = /useless/.exec(text);
  const findings = found ? [{ ruleId: 'abuse.test', category: 'abuse' as const, span: { start: found.index, end: found.index + 7 }, message: 'abuse', source: '§1' }] : [];
  return {
    kind: 'verdict',
    verdict: { nudge: findings.length > 0, severity: findings.length > 0 ? 'medium' : 'none', categories: findings.length > 0 ? ['abuse'] : [], findings, packId: 'generic' },
    school: { packId: 'generic', name: 'Your school', shortName: 'your school', route: { label: 'the school', instruction: 'Contact the school.' }, chosen: false, role: 'parent' },
    clauses: {},
    categoriesLocked: false,
  };
}

/** How the stand-in worker answers `noteShortcut`: with these keys (null: none set), an error, or not at all. */
let shortcut: { keys: string | null } | 'error' | 'silent';
let askedForShortcut: number;
let editor: HTMLElement;
let watching: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  // happy-dom has no popovers; the card's state is read from its host element, shown or not.
  HTMLElement.prototype.showPopover ??= () => undefined;
  HTMLElement.prototype.hidePopover ??= () => undefined;
  shortcut = { keys: 'Alt+Shift+N' };
  askedForShortcut = 0;
  const client = new ProtocolClient((request: Request) => {
    if (request.kind === 'analyze') return Promise.resolve(verdictFor(request.text));
    if (request.kind !== 'noteShortcut') return Promise.resolve({ kind: 'done' });
    askedForShortcut++;
    if (shortcut === 'silent') return new Promise(() => undefined);
    if (shortcut === 'error') return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    return Promise.resolve({ kind: 'shortcut', keys: shortcut.keys });
  });
  // Facebook's Create post dialog: its Lexical editor and Post button.
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  editor = document.createElement('div');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('data-lexical-editor', 'true');
  const post = document.createElement('div');
  post.setAttribute('role', 'button');
  post.setAttribute('aria-label', 'Post');
  dialog.append(editor, post);
  document.body.append(dialog);
  watching = new AbortController();
  watchComposers(facebookAdapter, client, watching.signal);
});

afterEach(() => {
  watching.abort();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** Puts `text` in the editor, as typing does, and waits out the pause, the answers and the next frame. */
async function typeAndPause(text: string): Promise<void> {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  editor.replaceChildren(paragraph);
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 50);
}

/** What the page's live region says now. */
function announced(): string {
  return document.querySelector('second-thought-announcer')?.shadowRoot?.textContent ?? '';
}

describe('the announcement of a note', () => {
  it('names the keys the browser has for the shortcut to the note', async () => {
    await typeAndPause('The head is useless.');
    expect(announced()).toBe(`${ATTACK}. Press Alt+Shift+N to go to the note.`);
    expect(askedForShortcut).toBe(1);
  });

  it('names the new keys at the next note after the user changes the shortcut, without a reload', async () => {
    await typeAndPause('The head is useless.');
    expect(announced()).toBe(`${ATTACK}. Press Alt+Shift+N to go to the note.`);
    shortcut = { keys: 'Ctrl+Shift+Y' };
    await typeAndPause('');
    await typeAndPause('The office is useless.');
    expect(announced()).toBe(`${ATTACK}. Press Ctrl+Shift+Y to go to the note.`);
    expect(askedForShortcut).toBe(2);
  });

  it('names no keys when the browser has no shortcut for it (removed, or held by another extension)', async () => {
    shortcut = { keys: null };
    await typeAndPause('The head is useless.');
    expect(announced()).toBe(`${ATTACK}.`);
  });

  it('names no keys when the worker cannot be reached, and still says the headline', async () => {
    shortcut = 'error';
    await typeAndPause('The head is useless.');
    expect(announced()).toBe(`${ATTACK}.`);
  });

  it('says the headline without keys once the worker has not named them in time', async () => {
    shortcut = 'silent';
    await typeAndPause('The head is useless.');
    expect(announced()).toBe('');
    await vi.advanceTimersByTimeAsync(SHORTCUT_WAIT_MS + 50);
    expect(announced()).toBe(`${ATTACK}.`);
  });

  it('says nothing about a note that went away while the keys were asked for', async () => {
    shortcut = 'silent';
    await typeAndPause('The head is useless.');
    await typeAndPause('');
    await vi.advanceTimersByTimeAsync(SHORTCUT_WAIT_MS + 50);
    expect(announced()).toBe('');
  });
});
