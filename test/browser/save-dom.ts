// Saves the unit tests' DOM snapshots (test/unit/content/dom/*.html) from the fixture pages as Chromium renders
// them, with a draft typed into each composer: `npx tsx test/browser/save-dom.ts [name …]`. Each file holds the
// relevant subtrees (the page's main column, and the layer with any open dialog), without scripts or styles, one
// element per line except inside editor blocks, paragraphs, buttons and other runs of text, which stay on one line.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildFixtures } from './fixtures/build';
import {
  FIXTURE_URLS,
  REPO_ROOT,
  launchBrowser,
  openPage,
  routeFixtures,
  typeInto,
  waitForEditorText,
} from './harness';

const DOM_DIR = join(REPO_ROOT, 'test/unit/content/dom');
const SCRIPT = 'test/browser/save-dom.ts';

interface Snapshot {
  /** The file name, without .html. */
  name: string;
  /** What the file shows, for its top comment. */
  describe: string;
  url: string;
  /** Puts the page in the state to save: opens the composer, types the draft. */
  prepare(page: Page): Promise<void>;
  /** The subtrees to save, in this order. */
  roots: string[];
}

const X_ROOTS = ['main[role="main"]', '#layers'];
const FACEBOOK_ROOTS = ['div[role="main"]', 'body > .layer'];
const XD = '[data-testid="tweetTextarea_0"]';
const DIALOG = 'div[role="dialog"]';

const SNAPSHOTS: Snapshot[] = [
  {
    name: 'x-compose-dialog',
    describe:
      'X /compose/post: the Post dialog (role=dialog, aria-modal) with its Draft.js composer (tweetTextarea_0) and ' +
      'Post button (tweetButton), over the home timeline and its own inline composer',
    url: FIXTURE_URLS.xCompose,
    async prepare(page) {
      await typeInto(page, `${DIALOG} ${XD}`, 'Compose line one');
      await page.keyboard.press('Enter');
      await page.keyboard.type('line two');
      await waitForEditorText(page, 'Compose line one\nline two', DIALOG);
    },
    roots: X_ROOTS,
  },
  {
    name: 'x-reply-inline',
    describe:
      "X /example/status/1: a post's page, the post and then the inline reply composer (Draft.js, " +
      'tweetTextarea_0, "Post your reply") with its Reply button (tweetButtonInline)',
    url: FIXTURE_URLS.xStatus,
    async prepare(page) {
      await typeInto(page, XD, 'Thanks for sharing');
      await waitForEditorText(page, 'Thanks for sharing');
    },
    roots: X_ROOTS,
  },
  {
    name: 'x-reply-dialog',
    describe:
      'X reply dialog, opened by Reply on a timeline post: "Replying to @example", the Draft.js composer ' +
      '(tweetTextarea_0) and its Reply button (tweetButton), over the home timeline and its own inline composer',
    url: FIXTURE_URLS.x,
    async prepare(page) {
      await page.locator('main [data-testid="reply"]').click();
      await typeInto(page, `${DIALOG} ${XD}`, 'Replying in the dialog');
      await waitForEditorText(page, 'Replying in the dialog', DIALOG);
    },
    roots: X_ROOTS,
  },
  {
    name: 'x-quote',
    describe:
      'X /compose/post?quote=1: the Post dialog quoting a post (the quoted card is a div[role=link] holding ' +
      'tweetText), with its Draft.js composer (tweetTextarea_0) and Post button (tweetButton)',
    url: FIXTURE_URLS.xQuote,
    async prepare(page) {
      await typeInto(page, `${DIALOG} ${XD}`, 'Quoting this one');
      await waitForEditorText(page, 'Quoting this one', DIALOG);
    },
    roots: X_ROOTS,
  },
  {
    name: 'x-thread',
    describe:
      'X home timeline: a thread in the inline composer, three Draft.js boxes (tweetTextarea_0, _1, _2) in one ' +
      'region with one "Post all" button (tweetButtonInline)',
    url: FIXTURE_URLS.x,
    async prepare(page) {
      await typeInto(page, XD, 'First post of the thread');
      for (const [index, text] of [
        [1, 'Second post'],
        [2, 'Third post'],
      ] as const) {
        await page.locator('[data-testid="addButton"]').click();
        await typeInto(page, `[data-testid="tweetTextarea_${index}"]`, text);
        await waitForEditorText(page, text, `[data-testid="tweetTextarea_${index}"]`);
      }
    },
    roots: X_ROOTS,
  },
  {
    name: 'x-narrow',
    describe:
      "X home timeline in the narrow layout: the composer is a React-controlled textarea inside " +
      'div[data-testid="tweetTextarea_0"], with the Post button (tweetButtonInline)',
    url: FIXTURE_URLS.xNarrow,
    async prepare(page) {
      await typeInto(page, `${XD} textarea`, 'Narrow line one\nline two');
      await waitForEditorText(page, 'Narrow line one\nline two');
    },
    roots: X_ROOTS,
  },
  {
    name: 'facebook-comment',
    describe:
      'Facebook feed: a post with a comment and the Lexical comment box ("Write a comment…"), outside any ' +
      'dialog; Enter submits it',
    url: FIXTURE_URLS.facebook,
    async prepare(page) {
      const box = 'div[aria-label="Write a comment…"]';
      await typeInto(page, box, 'Comment line one');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('line two');
      await waitForEditorText(page, 'Comment line one\nline two', box);
    },
    roots: FACEBOOK_ROOTS,
  },
  {
    name: 'facebook-reply',
    describe:
      'Facebook feed: Reply opened under a comment, a Lexical reply box ("Write a reply…") inside the comment; ' +
      'the post\'s own comment box is empty',
    url: FIXTURE_URLS.facebook,
    async prepare(page) {
      const comment = page.locator('div[role="article"][aria-label^="Comment by"]');
      await comment.locator('div[role="button"]', { hasText: 'Reply' }).click();
      const box = 'div[aria-label="Write a reply…"]';
      await typeInto(page, box, 'A reply to Alex');
      await waitForEditorText(page, 'A reply to Alex', box);
    },
    roots: FACEBOOK_ROOTS,
  },
  {
    name: 'facebook-group',
    describe:
      'Facebook group page (/groups/1234): "Write something..." opened the Create post dialog, a Lexical editor ' +
      'with its Post button (div[aria-label="Post"][role="button"])',
    url: FIXTURE_URLS.facebookGroup,
    async prepare(page) {
      await page.locator('.composer-button').click();
      await typeInto(page, `${DIALOG} [data-lexical-editor="true"]`, 'To the whole group');
      await waitForEditorText(page, 'To the whole group', DIALOG);
    },
    roots: FACEBOOK_ROOTS,
  },
  {
    name: 'm-facebook',
    describe:
      'm.facebook.com feed: the composer form (textarea name="xc_message", submit button name="view_post") and a ' +
      'post\'s comment form (textarea name="comment_text", submit button "Comment")',
    url: FIXTURE_URLS.mobileFacebook,
    async prepare(page) {
      await typeInto(page, 'textarea[name="xc_message"]', 'Morning all');
      await typeInto(page, 'textarea[name="comment_text"]', 'See you there');
      await waitForEditorText(page, 'See you there', 'textarea[name="comment_text"]');
    },
    roots: ['div[role="main"]'],
  },
];

/** Serialises the subtrees in the page: runs in the browser. */
function serialize(selectors: string[]): string {
  const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
  const DROP = new Set(['script', 'style', 'link', 'noscript', 'template']);
  // Elements kept on one line: whitespace added inside them would change the text a reader sees.
  const LINE = '[data-block="true"], p, span, a, button, label:not(:has(*)), textarea, h1, h2, h3, h4, h5, h6, ' +
    'time, li, [role="button"], [role="option"], [role="menuitem"], [data-testid="tweetText"]';
  const escapeText = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

  const openTag = (element: Element) => {
    const name = element.localName;
    const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
    return `<${name}${attributes}>`;
  };
  const inline = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.textContent ?? '');
    if (!(node instanceof Element) || DROP.has(node.localName)) return '';
    if (VOID.has(node.localName)) return openTag(node);
    const inner =
      node instanceof HTMLTextAreaElement ? escapeText(node.value) : [...node.childNodes].map(inline).join('');
    return `${openTag(node)}${inner}</${node.localName}>`;
  };
  const block = (element: Element, depth: number): string[] => {
    if (DROP.has(element.localName)) return [];
    const pad = '  '.repeat(depth);
    const hasText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    const children = [...element.children].filter((child) => !DROP.has(child.localName));
    if (hasText || element.matches(LINE) || children.length === 0 || VOID.has(element.localName)) {
      return [pad + inline(element)];
    }
    return [
      pad + openTag(element),
      ...children.flatMap((child) => block(child, depth + 1)),
      `${pad}</${element.localName}>`,
    ];
  };
  return selectors
    .flatMap((selector) => [...document.querySelectorAll(selector)])
    .filter((element) => element.childElementCount > 0)
    .flatMap((element) => block(element, 0))
    .join('\n');
}

async function save(page: Page, snapshot: Snapshot): Promise<string> {
  await snapshot.prepare(page);
  // tsx compiles with esbuild's keepNames, which wraps the named functions inside `serialize` in calls to a
  // __name helper that only exists in this process: give the page a stand-in.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const body = await page.evaluate(serialize, snapshot.roots);
  const file = join(DOM_DIR, `${snapshot.name}.html`);
  const comment = `<!-- ${snapshot.describe}. Saved from the browser-test fixture in Chromium by ${SCRIPT}. -->`;
  await writeFile(file, `${comment}\n${body}\n`);
  return file;
}

const wanted = new Set(process.argv.slice(2));
await buildFixtures();
const browser = await launchBrowser({ extension: false });
try {
  const routes = await routeFixtures(browser.context);
  for (const snapshot of SNAPSHOTS.filter(({ name }) => wanted.size === 0 || wanted.has(name))) {
    const { page, errors } = await openPage(browser.context, snapshot.url);
    const file = await save(page, snapshot);
    if (errors.length || routes.blocked.length) {
      throw new Error(`${snapshot.name}: ${[...errors, ...routes.blocked].join('\n')}`);
    }
    await page.close();
    console.log(`Saved ${file}`);
  }
} finally {
  await browser.close();
}
