// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS } from '../../../src/content/composer';
import { watchComposers } from '../../../src/content/watch';
import { facebookAdapter } from '../../../src/content/sites/facebook';
import { ProtocolClient } from '../../../src/protocol';
import type { Request } from '../../../src/protocol';
import type { VerdictReply } from '../../../src/content/nudge/Nudge';

const DRAFT = 'The head is a useless idiot.';

/** Facebook's Create post dialog as it may first appear: the editor, with the draft in it, before its Post button. */
function dialogWithoutButton(): { dialog: HTMLElement; editor: HTMLElement } {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const editor = document.createElement('div');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('data-lexical-editor', 'true');
  const paragraph = document.createElement('p');
  paragraph.textContent = DRAFT;
  editor.append(paragraph);
  dialog.append(editor);
  document.body.append(dialog);
  return { dialog, editor };
}

/** The worker's answer: quiet. */
const QUIET: VerdictReply = {
  kind: 'verdict',
  verdict: { nudge: false, severity: 'none', categories: [], findings: [], packId: 'generic' },
  school: { packId: 'generic', name: 'Your school', shortName: 'Your school', route: { label: 'the school', instruction: 'Contact the school directly.' }, chosen: false, role: 'parent' },
  clauses: {},
  categoriesLocked: false,
};

function postButton(): HTMLElement {
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.setAttribute('aria-label', 'Post');
  return button;
}

describe('a composer whose kind shows only after it appears', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('is watched from the moment it is focused once its kind shows, and not before', async () => {
    const asked: string[] = [];
    const client = new ProtocolClient((request: Request) => {
      if (request.kind === 'analyze') asked.push(request.text);
      return Promise.resolve(request.kind === 'analyze' ? QUIET : { kind: 'done' });
    });
    const { dialog, editor } = dialogWithoutButton();
    const watch = new AbortController();
    watchComposers(facebookAdapter, client, watch.signal);
    // Nothing yet tells a post dialog from any other editor: the draft is not read.
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(asked).toEqual([]);
    // The Post button renders; the user comes back to the editor.
    dialog.append(postButton());
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(asked).toEqual([DRAFT]);
    // Watched once: focusing again adds no second watcher, so one edit is one question.
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    editor.querySelector('p')?.append(' Really.');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    expect(asked).toEqual([DRAFT, `${DRAFT} Really.`]);
    watch.abort();
  });
});
