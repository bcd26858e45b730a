// @vitest-environment happy-dom
// The site adapters against saved DOM fixtures: each finds exactly the composer, reads its draft, and knows the
// region (with the post button) that the nudge must not cover.
import { beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/content/draft';
import { facebookAdapter } from '../../../src/content/sites/facebook';
import { xAdapter } from '../../../src/content/sites/x';
import { loadDom } from './dom';

describe('X adapter on the home timeline', () => {
  beforeEach(() => loadDom('x-home.html'));

  it('finds the Draft.js composer and nothing else', () => {
    const found = document.querySelectorAll<HTMLElement>(xAdapter.composerSelector);
    expect(found).toHaveLength(1);
    expect(found[0]?.dataset.testid).toBe('tweetTextarea_0');
  });

  it('reads each Draft.js block as a line, empty lines included', () => {
    const editor = document.querySelector<HTMLElement>(xAdapter.composerSelector);
    expect(editor && readDraft(editor)).toBe('First line\n\nThird line');
  });

  it('places the nudge beside the region that holds the Post button', () => {
    const editor = document.querySelector<HTMLElement>(xAdapter.composerSelector);
    if (!editor) throw new Error('no editor');
    const region = xAdapter.composerRegion(editor);
    expect(region.querySelector('[data-testid="tweetButtonInline"]')).not.toBeNull();
    expect(region.contains(editor)).toBe(true);
    expect(region.querySelector('[data-testid="tweet"]')).toBeNull();
  });

  it('serves every X host', () => {
    expect(xAdapter.hosts).toEqual(['x.com', 'twitter.com', 'mobile.x.com']);
  });
});

describe('Facebook adapter on the Create post dialog', () => {
  beforeEach(() => loadDom('facebook-create-post.html'));

  it('finds the Lexical editor inside the dialog, not the search box or the feed', () => {
    const found = document.querySelectorAll<HTMLElement>(facebookAdapter.composerSelector);
    expect(found).toHaveLength(1);
    expect(found[0]?.closest('[role="dialog"]')).not.toBeNull();
  });

  it('reads each Lexical paragraph as a line', () => {
    const editor = document.querySelector<HTMLElement>(facebookAdapter.composerSelector);
    expect(editor && readDraft(editor)).toBe('Paragraph one\n\nParagraph three');
  });

  it('uses the dialog, with its Post button, as the composer region', () => {
    const editor = document.querySelector<HTMLElement>(facebookAdapter.composerSelector);
    if (!editor) throw new Error('no editor');
    const region = facebookAdapter.composerRegion(editor);
    expect(region.getAttribute('role')).toBe('dialog');
    expect(region.querySelector('[aria-label="Post"][role="button"]')).not.toBeNull();
  });
});

describe('readDraft', () => {
  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'Narrow layout draft';
    expect(readDraft(area)).toBe('Narrow layout draft');
  });
});
