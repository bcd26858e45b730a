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
}

interface Fixture {
  file: string;
  adapter: SiteAdapter;
  composers: ExpectedComposer[];
}

const FIXTURES: Fixture[] = [
  {
    file: 'x-home.html',
    adapter: xAdapter,
    composers: [
      { kind: 'post', draft: 'First line\n\nThird line', submit: '[data-testid="tweetButtonInline"]', submitKey: 'mod+enter' },
    ],
  },
  {
    file: 'facebook-create-post.html',
    adapter: facebookAdapter,
    composers: [{ kind: 'create-post', draft: 'Paragraph one\n\nParagraph three', submit: 'div[aria-label="Post"]' }],
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
