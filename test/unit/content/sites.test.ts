// @vitest-environment happy-dom
// The site adapters against saved DOM fixtures of each composer type: each finds exactly the composers, knows
// what kind each is, reads its draft, and knows the region (with the post button) that the nudge must not cover.
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/content/draft';
import { classify } from '../../../src/content/sites/adapter';
import type { SiteAdapter } from '../../../src/content/sites/adapter';
import { facebookAdapter } from '../../../src/content/sites/facebook';
import { xAdapter } from '../../../src/content/sites/x';
import { loadDom } from './dom';

interface ExpectedComposer {
  kind: string;
  draft: string;
  /** The post button the kind names, which must lie inside the composer's region. */
  submit?: string;
  submitKey?: 'enter' | 'mod+enter';
  /** The draft is posted by submitting its form (m.facebook.com). */
  submitsForm?: boolean;
}

interface Fixture {
  file: string;
  adapter: SiteAdapter;
  composers: ExpectedComposer[];
}

const X_INLINE = '[data-testid="tweetButtonInline"]';
const X_DIALOG = '[data-testid="tweetButton"]';
const FB_POST = 'div[aria-label="Post"][role="button"]';
/** X keeps its home composer mounted, empty, under a dialog. */
const X_HOME_UNDERNEATH: ExpectedComposer = { kind: 'post', draft: '', submit: X_INLINE, submitKey: 'mod+enter' };

const FIXTURES: Fixture[] = [
  {
    file: 'x-home.html',
    adapter: xAdapter,
    composers: [{ kind: 'post', draft: 'First line\n\nThird line', submit: X_INLINE, submitKey: 'mod+enter' }],
  },
  {
    file: 'x-compose-dialog.html',
    adapter: xAdapter,
    composers: [X_HOME_UNDERNEATH, { kind: 'post', draft: 'Compose line one\nline two', submit: X_DIALOG, submitKey: 'mod+enter' }],
  },
  {
    file: 'x-reply-dialog.html',
    adapter: xAdapter,
    composers: [X_HOME_UNDERNEATH, { kind: 'post', draft: 'Replying in the dialog', submit: X_DIALOG, submitKey: 'mod+enter' }],
  },
  {
    file: 'x-quote.html',
    adapter: xAdapter,
    composers: [X_HOME_UNDERNEATH, { kind: 'post', draft: 'Quoting this one', submit: X_DIALOG, submitKey: 'mod+enter' }],
  },
  {
    file: 'x-reply-inline.html',
    adapter: xAdapter,
    composers: [{ kind: 'post', draft: 'Thanks for sharing', submit: X_INLINE, submitKey: 'mod+enter' }],
  },
  {
    file: 'x-thread.html',
    adapter: xAdapter,
    composers: ['First post of the thread', 'Second post', 'Third post'].map((draft) => ({
      kind: 'post',
      draft,
      submit: X_INLINE,
      submitKey: 'mod+enter' as const,
    })),
  },
  {
    file: 'x-narrow.html',
    adapter: xAdapter,
    composers: [{ kind: 'narrow-post', draft: 'Narrow line one\nline two', submit: X_INLINE, submitKey: 'mod+enter' }],
  },
  {
    file: 'facebook-create-post.html',
    adapter: facebookAdapter,
    composers: [{ kind: 'create-post', draft: 'Paragraph one\n\nParagraph three', submit: FB_POST }],
  },
  {
    file: 'facebook-group.html',
    adapter: facebookAdapter,
    composers: [{ kind: 'create-post', draft: 'To the whole group', submit: FB_POST }],
  },
  {
    file: 'facebook-comment.html',
    adapter: facebookAdapter,
    composers: [{ kind: 'comment', draft: 'Comment line one\nline two', submitKey: 'enter' }],
  },
  {
    file: 'facebook-reply.html',
    adapter: facebookAdapter,
    composers: [
      { kind: 'comment', draft: 'A reply to Alex', submitKey: 'enter' },
      { kind: 'comment', draft: '', submitKey: 'enter' },
    ],
  },
  {
    file: 'm-facebook.html',
    adapter: facebookAdapter,
    composers: [
      { kind: 'mobile-textarea', draft: 'Morning all', submitsForm: true },
      { kind: 'mobile-textarea', draft: 'See you there', submitsForm: true },
    ],
  },
];

describe.each(FIXTURES)('$file', ({ file, adapter, composers }) => {
  const found = () => {
    loadDom(file);
    return [...document.querySelectorAll<HTMLElement>(adapter.candidates)]
      .map((editor) => ({ editor, kind: classify(adapter, editor) }))
      .filter((entry) => entry.kind !== undefined);
  };

  it('finds exactly the composers, each of the right kind', () => {
    expect(found().map((entry) => entry.kind?.name)).toEqual(composers.map((composer) => composer.kind));
  });

  it('reads each draft as the user typed it', () => {
    expect(found().map((entry) => readDraft(entry.editor))).toEqual(composers.map((composer) => composer.draft));
  });

  it('knows each composer’s region, post button and post key', () => {
    found().forEach(({ editor, kind }, index) => {
      const expected = composers[index];
      if (!kind || !expected) throw new Error('composer missing');
      const region = kind.region(editor);
      expect(region.contains(editor)).toBe(true);
      expect(kind.submitKey).toBe(expected.submitKey);
      expect(kind.submitsForm ?? false).toBe(expected.submitsForm ?? false);
      if (expected.submitsForm) expect(editor.closest('form')?.querySelector('[type="submit"]')).not.toBeNull();
      if (expected.submit) {
        expect(kind.submitButtons && region.querySelector(kind.submitButtons)?.matches(expected.submit)).toBe(true);
      } else {
        expect(kind.submitButtons && region.querySelector(kind.submitButtons)).toBeFalsy();
      }
    });
  });
});

describe('adapters', () => {
  it('serve every host of their site', () => {
    expect(xAdapter.hosts).toEqual(['x.com', 'twitter.com', 'mobile.x.com']);
    expect(facebookAdapter.hosts).toEqual(['www.facebook.com', 'web.facebook.com', 'm.facebook.com']);
  });

  it('leave Facebook editors that are not composers alone (Messenger chat)', () => {
    document.body.replaceChildren();
    const chat = document.createElement('div');
    for (const [name, value] of Object.entries({
      role: 'textbox',
      contenteditable: 'true',
      'data-lexical-editor': 'true',
      'aria-label': 'Message',
    })) {
      chat.setAttribute(name, value);
    }
    document.body.append(chat);
    expect(chat.matches(facebookAdapter.candidates)).toBe(true);
    expect(classify(facebookAdapter, chat)).toBeUndefined();
  });
});

describe('readDraft', () => {
  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'Narrow layout draft';
    expect(readDraft(area)).toBe('Narrow layout draft');
  });
});
