// The contract every supported composer keeps, in every browser Second Thought ships to: the nudge appears for a
// breach and names its route, stays away for a friendly post, goes when the draft or the composer goes, the
// editor's own state holds exactly what was typed, and the site posts exactly what was typed. Each browser's
// harness implements ContractBrowser and calls describeComposerContract once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

export const COMPLAINT =
  'Honestly the school is a joke. The head never answers emails and the Year 4 teacher is useless.';
/** A terse breach the model alone finds, short of sure: held until posting (`Verdict.onPost`). */
export const HELD = 'travellers ruin everything';
export const FRIENDLY = 'Lovely sports day today, thank you to all the teachers for organising it! Well done everyone';
/** The nudge's host element; its card is in an open shadow root. */
export const NUDGE = 'second-thought-nudge';
/** The extension page every note's "Raise it with <school>" opens: the private message, with the draft. */
export const RAISE_PAGE = 'src/pages/raise/index.html';
export const OPTIONS_PAGE = 'src/pages/options/index.html';

/** One tab, driven the way a user would drive it. Selectors are CSS in the page's own DOM unless noted. */
export interface ContractTab {
  /** Console errors and uncaught exceptions seen since the tab opened. */
  readonly errors: string[];
  /** Web requests the harness refused (anything but the fixture sites) since the browser started. */
  readonly blocked: string[];
  /** The address the tab is showing. */
  url(): Promise<string>;
  click(selector: string): Promise<void>;
  /** Waits until an element matches `selector`. */
  waitForSelector(selector: string): Promise<void>;
  /** Waits until no element matches `selector`. */
  waitForNone(selector: string): Promise<void>;
  count(selector: string): Promise<number>;
  /** Waits until the element matching `selector` has the focus. */
  waitForFocus(selector: string): Promise<void>;
  /** Focuses the element and types `text` as key presses (the editors build their state from key events). */
  type(selector: string, text: string): Promise<void>;
  /** Focuses the element and presses one key or chord, e.g. "Enter" or "Control+Enter". */
  press(selector: string, key: string): Promise<void>;
  /** Focuses the element, selects everything in it and deletes it with the keyboard. */
  selectAllAndDelete(selector: string): Promise<void>;
  /** Whether the nudge's card (`card`: a selector inside the nudge's shadow root) is on screen. */
  cardVisible(card?: string): Promise<boolean>;
  /** Waits until the nudge's card is on screen (`visible` true) or not. */
  waitForCard(visible: boolean, card?: string): Promise<void>;
  /** Whether the nudge's card shows a button with this accessible name. */
  cardButtonVisible(name: string, card?: string): Promise<boolean>;
  clickCardButton(name: string, card?: string): Promise<void>;
  /**
   * Whether something labelled `label` comes on screen: a form control or a group of them, named by its <label>, its
   * legend or aria-labelledby (the label's own text does not count). Waits for it as for any page content (a page
   * draws its controls once its settings are read); false when it never comes.
   */
  labelledVisible(label: string): Promise<boolean>;
  /**
   * Waits until the page's editor model (window.__editorText(selector), in the page's own world) holds exactly
   * `text`; without a selector, the composer in the open dialog, else the first on the page.
   */
  waitForEditorText(text: string, selector?: string): Promise<void>;
  /** What the site has posted (window.__posted), oldest first. */
  postedTexts(): Promise<string[]>;
  /** Waits until the site has posted exactly `texts`, in order. */
  waitForPosted(texts: string[]): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the built extension installed and the fixture sites served at their real URLs. */
export interface ContractBrowser {
  /** Opens `url` in a new tab. */
  open(url: string): Promise<ContractTab>;
  /** Does `action`, then returns the tab it opened once that tab has loaded. */
  followNewTab(action: () => Promise<void>): Promise<ContractTab>;
  /** The URL of the extension's own page at `path`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** One kind of composer on one site, and how a user opens it and posts from it. */
export interface ContractSite {
  name: string;
  url: string;
  editor: string;
  /** Clicked in turn to open the composer, where the site needs it. */
  opener?: string | string[];
  /** Clicked to close the composer without posting, where the site has it. */
  closer?: string;
  /** How the site posts: its Post button, or a key pressed in the editor. */
  post: { click: string } | { key: 'Enter' | 'Control+Enter' };
}

const X_POST_INLINE = { click: '[data-testid="tweetButtonInline"]' };
const X_POST_DIALOG = { click: '[data-testid="tweetButton"]' };
/** X's home composer, and the composer of whichever dialog is open over it. */
export const X_HOME_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
export const X_DIALOG_EDITOR = 'div[role="dialog"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
export const FB_DIALOG_EDITOR = 'div[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const FB_POST = { click: 'div[role="dialog"] div[aria-label="Post"]' };
const FB_CLOSE = 'div[role="dialog"] div[aria-label="Close"]';

/** The X home composer and Facebook's Create post dialog: the first composer kind on each site. */
export const CONTRACT_SITES: ContractSite[] = [
  {
    name: 'X home composer (Draft.js)',
    url: 'https://x.com/home',
    editor: '[data-testid="tweetTextarea_0"]',
    post: X_POST_INLINE,
  },
  {
    name: 'Facebook Create post dialog (Lexical)',
    url: 'https://www.facebook.com/',
    editor: FB_DIALOG_EDITOR,
    opener: '.composer-button',
    closer: FB_CLOSE,
    post: FB_POST,
  },
];

/** Every composer kind on X and Facebook (README "Composers supported"): what every browser runs. */
export const ALL_COMPOSERS: ContractSite[] = [
  ...CONTRACT_SITES,
  {
    name: 'X home composer on twitter.com, posting with Ctrl+Enter',
    url: 'https://twitter.com/home',
    editor: '[data-testid="tweetTextarea_0"]',
    post: { key: 'Control+Enter' },
  },
  {
    name: 'X Post dialog (/compose/post)',
    url: 'https://x.com/compose/post',
    editor: X_DIALOG_EDITOR,
    closer: '[data-testid="app-bar-close"]',
    post: X_POST_DIALOG,
  },
  {
    name: 'X reply dialog',
    url: 'https://x.com/home',
    opener: 'article[data-testid="tweet"] [data-testid="reply"]',
    editor: X_DIALOG_EDITOR,
    closer: '[data-testid="app-bar-close"]',
    post: X_POST_DIALOG,
  },
  {
    name: "X inline reply on a post's page",
    url: 'https://x.com/example/status/1',
    editor: '[data-testid="tweetTextarea_0"][contenteditable="true"]',
    post: X_POST_INLINE,
  },
  {
    name: 'X quote post',
    url: 'https://x.com/compose/post?quote=1',
    editor: X_DIALOG_EDITOR,
    post: X_POST_DIALOG,
  },
  {
    name: 'X narrow layout textarea',
    url: 'https://x.com/home?layout=narrow',
    editor: '[data-testid="tweetTextarea_0"] textarea',
    post: X_POST_INLINE,
  },
  {
    name: 'mobile.x.com Post dialog textarea, posting with Ctrl+Enter',
    url: 'https://mobile.x.com/compose/post',
    editor: 'div[role="dialog"] [data-testid="tweetTextarea_0"] textarea',
    post: { key: 'Control+Enter' },
  },
  {
    name: 'Facebook group Create post dialog',
    url: 'https://www.facebook.com/groups/1234',
    opener: '.composer-button',
    editor: FB_DIALOG_EDITOR,
    closer: FB_CLOSE,
    post: FB_POST,
  },
  {
    name: 'Facebook profile Create post dialog on web.facebook.com',
    url: 'https://web.facebook.com/profile.php?id=4',
    opener: '.composer-button',
    editor: FB_DIALOG_EDITOR,
    closer: FB_CLOSE,
    post: FB_POST,
  },
  {
    name: 'Facebook comment (Enter posts)',
    url: 'https://www.facebook.com/',
    editor: 'div[role="textbox"][data-lexical-editor="true"][aria-label="Write a comment…"]',
    post: { key: 'Enter' },
  },
  {
    name: 'Facebook reply to a comment (Enter posts)',
    url: 'https://www.facebook.com/',
    // The comment's actions are Like, then Reply.
    opener: 'div[role="article"][aria-label^="Comment by"] .comment-actions li:nth-child(2) div[role="button"]',
    editor: 'div[role="textbox"][data-lexical-editor="true"][aria-label="Write a reply…"]',
    post: { key: 'Enter' },
  },
  {
    name: 'm.facebook.com composer textarea',
    url: 'https://m.facebook.com/',
    editor: 'textarea[name="xc_message"]',
    post: { click: 'button[name="view_post"]' },
  },
  {
    name: 'm.facebook.com comment textarea (Enter posts)',
    url: 'https://m.facebook.com/',
    editor: 'textarea[name="comment_text"]',
    post: { key: 'Enter' },
  },
];

/** The nudge host once it has answered for a draft of `length` characters with `state`. */
export function settled(state: 'quiet' | 'nudging' | 'dismissed', length: number): string {
  return `${NUDGE}[data-state="${state}"][data-draft-length="${length}"]`;
}

/** Registers the contract's tests for every composer in `sites`, in the browser `launch` starts. */
export function describeComposerContract(
  launch: () => Promise<ContractBrowser>,
  sites: readonly ContractSite[] = ALL_COMPOSERS,
): void {
  describe.each(sites)('$name', (site) => {
    /** Posts the way the site does: its button, or the key in the editor. */
    const post = (): Promise<void> => ('click' in site.post ? tab.click(site.post.click) : tab.press(site.editor, site.post.key));
    const editorText = (text: string) => tab.waitForEditorText(text, site.editor);
    let browser: ContractBrowser;
    let tab: ContractTab;

    function expectCleanTab(): void {
      expect(tab.errors).toEqual([]);
      expect(tab.blocked).toEqual([]);
    }

    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      await tab?.close();
      tab = await browser.open(site.url);
      for (const opener of [site.opener ?? []].flat()) await tab.click(opener);
      await tab.waitForSelector(site.editor);
    });

    it('nudges on a public complaint, offering the route, and leaves the typed text exactly as it was', async () => {
      await tab.type(site.editor, COMPLAINT);
      await tab.waitForCard(true);
      await expect(tab.count(settled('nudging', COMPLAINT.length))).resolves.toBe(1);
      // With no school chosen yet, the generic pack's route is offered.
      await expect(tab.cardButtonVisible('Raise it with your school')).resolves.toBe(true);
      await expect(tab.cardButtonVisible('Edit my post')).resolves.toBe(true);
      await expect(tab.cardButtonVisible('Not now')).resolves.toBe(true);
      await editorText(COMPLAINT);
      // The nudge lives outside the editor.
      await expect(tab.count(`${site.editor} ${NUDGE}`)).resolves.toBe(0);
      expectCleanTab();
    });

    it('stays quiet on a friendly post', async () => {
      await tab.type(site.editor, FRIENDLY);
      await tab.waitForSelector(settled('quiet', FRIENDLY.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      await editorText(FRIENDLY);
      expectCleanTab();
    });

    it('takes the nudge away once the draft no longer triggers it', async () => {
      await tab.type(site.editor, COMPLAINT);
      await tab.waitForSelector(settled('nudging', COMPLAINT.length));
      await tab.selectAllAndDelete(site.editor);
      await editorText('');
      await tab.type(site.editor, FRIENDLY);
      await tab.waitForSelector(settled('quiet', FRIENDLY.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      await editorText(FRIENDLY);
      expectCleanTab();
    });

    it('"Not now" hides the nudge while the user types on, until a second person is insulted; it and "Edit my post" return focus to the editor', async () => {
      await tab.type(site.editor, COMPLAINT);
      await tab.waitForCard(true);
      await tab.clickCardButton('Edit my post');
      await tab.waitForFocus(site.editor);
      await tab.clickCardButton('Not now');
      await tab.waitForSelector(settled('dismissed', COMPLAINT.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      // The card that held focus is gone: focus goes back to the post, not to the top of the page.
      await tab.waitForFocus(site.editor);
      await editorText(COMPLAINT);
      // Typing on with nothing new of note: the same note stays away. The caret is where the user left it, at the
      // end: focus() alone put it at the start of a rich-text post (X), and the words landed before the post.
      const more = `${COMPLAINT} I mean it.`;
      await tab.type(site.editor, ' I mean it.');
      await editorText(more);
      await tab.waitForSelector(settled('dismissed', more.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      // A note of the same kind about someone else is new material: it comes back.
      const second = `${more} And Mr Khan is useless too.`;
      await tab.type(site.editor, ' And Mr Khan is useless too.');
      await tab.waitForSelector(settled('nudging', second.length));
      await tab.waitForCard(true);
      await editorText(second);
      expectCleanTab();
    });

    it('"Raise it with your school" opens the private-message page, which leads on to describing the school', async () => {
      await tab.type(site.editor, COMPLAINT);
      await tab.waitForCard(true);
      const raise = await browser.followNewTab(() => tab.clickCardButton('Raise it with your school'));
      // Only an id in the address, never the draft.
      await expect(raise.url()).resolves.toMatch(new RegExp(`^${browser.extensionUrl(RAISE_PAGE)}#[0-9a-f-]{36}$`));
      await raise.waitForSelector('a[href$="options/index.html#own-school"]');
      await expect(raise.labelledVisible('Message to the school')).resolves.toBe(true);
      expect(raise.errors).toEqual([]);
      await raise.close();
      await editorText(COMPLAINT);
      expectCleanTab();
    });

    /** The "Post anyway?" question, asked when the user posts the complaint while its note is open. */
    const PROMPT = '.card[data-mode="presend"]';
    const postTheComplaint = async (): Promise<void> => {
      await tab.type(site.editor, COMPLAINT);
      await tab.waitForCard(true);
      await post();
      await tab.waitForCard(true, PROMPT);
    };

    it('pauses a post while a medium nudge is open, and "Post anyway" posts exactly the typed text, once', async () => {
      await postTheComplaint();
      await expect(tab.postedTexts()).resolves.toEqual([]);
      await editorText(COMPLAINT);
      await tab.clickCardButton('Post anyway', PROMPT);
      await tab.waitForPosted([COMPLAINT]);
      await tab.waitForCard(false);
      expectCleanTab();
    });

    it('"Edit my post" on the paused post puts the user back at the end of what they wrote', async () => {
      await postTheComplaint();
      await tab.clickCardButton('Edit my post', PROMPT);
      await tab.waitForFocus(site.editor);
      await tab.type(site.editor, ' Sorry.');
      await editorText(`${COMPLAINT} Sorry.`);
      await expect(tab.postedTexts()).resolves.toEqual([]);
      expectCleanTab();
    });

    it('shows nothing while a short draft only the model found is typed, and asks "Post anyway?" when it is posted', async () => {
      // Typed, it is most often the start of a message; posted as it stands, a terse breach (Verdict.onPost).
      await tab.type(site.editor, HELD);
      await tab.waitForSelector(settled('quiet', HELD.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      await post();
      await tab.waitForCard(true, PROMPT);
      await expect(tab.postedTexts()).resolves.toEqual([]);
      await tab.clickCardButton('Post anyway', PROMPT);
      await tab.waitForPosted([HELD]);
      expectCleanTab();
    });

    it('"Not now" on the paused post sets the note aside as it does while typing: nothing posted, back in the post, hidden while the user types on, and the next post goes', async () => {
      await postTheComplaint();
      await tab.clickCardButton('Not now', PROMPT);
      await tab.waitForSelector(settled('dismissed', COMPLAINT.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      await tab.waitForFocus(site.editor);
      await expect(tab.postedTexts()).resolves.toEqual([]);
      const more = `${COMPLAINT} I mean it.`;
      await tab.type(site.editor, ' I mean it.');
      await editorText(more);
      await tab.waitForSelector(settled('dismissed', more.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      await post();
      await tab.waitForPosted([more]);
      expectCleanTab();
    });

    it('"Not now" on the question about a draft held until posting sets it aside too, and the next post goes', async () => {
      await tab.type(site.editor, HELD);
      await tab.waitForSelector(settled('quiet', HELD.length));
      await post();
      await tab.waitForCard(true, PROMPT);
      await tab.clickCardButton('Not now', PROMPT);
      await tab.waitForSelector(settled('dismissed', HELD.length));
      await expect(tab.cardVisible()).resolves.toBe(false);
      await tab.waitForFocus(site.editor);
      await expect(tab.postedTexts()).resolves.toEqual([]);
      await post();
      await tab.waitForPosted([HELD]);
      expectCleanTab();
    });

    it('never pauses a quiet draft: it posts as if the extension were not there', async () => {
      await tab.type(site.editor, FRIENDLY);
      await tab.waitForSelector(settled('quiet', FRIENDLY.length));
      await post();
      await tab.waitForPosted([FRIENDLY]);
      await expect(tab.count(`${NUDGE}[data-state="paused"]`)).resolves.toBe(0);
      expectCleanTab();
    });

    if (site.closer) {
      const closer = site.closer;
      it('removes the nudge element when the composer is closed', async () => {
        await tab.type(site.editor, COMPLAINT);
        await tab.waitForCard(true);
        await tab.click(closer);
        // The closed composer's nudge element goes with it (other composers on the page keep theirs).
        await tab.waitForNone(`${NUDGE}[data-draft-length="${COMPLAINT.length}"]`);
        expectCleanTab();
      });
    }
  });
}
