/**
 * The one boundary between the content side and the worker (PRODUCT.md §9): every message is validated; a malformed
 * one gets an error reply, never a crash, and the worker keeps serving. Only Second Thought itself may ask.
 *
 * The handler is driven directly with whatever a message could be; the worker is imported against an in-memory
 * browser so that its real onMessage listener, sender check included, is what answers.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandler } from '../../src/background/handler';
import { isOwnSender } from '../../src/background/sender';
import { MAX_DRAFT_LENGTH } from '../../src/protocol';
import type { Reply } from '../../src/protocol';
import { defaultSettings, resolveSettings } from '../../src/settings';

const OWN_ID = 'ownextensionidaaaaaaaaaaaaaaaaa';
const OTHER_ID = 'otherextensionidbbbbbbbbbbbbbbbb';

const fake = vi.hoisted(() => {
  type Listener = (...args: never[]) => unknown;
  const listeners = new Map<string, Listener[]>();
  const event = (name: string) => ({
    addListener: (listener: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
    removeListener: () => undefined,
    hasListener: () => false,
  });
  const empty = () => Promise.resolve({});
  const browser = {
    runtime: {
      id: 'ownextensionidaaaaaaaaaaaaaaaaa' as string | undefined,
      onMessage: event('runtime.onMessage'),
      onInstalled: event('runtime.onInstalled'),
      getURL: (path: string) => `chrome-extension://ownextensionidaaaaaaaaaaaaaaaaa/${path}`,
      openOptionsPage: () => Promise.resolve(),
    },
    tabs: { create: () => Promise.resolve({}), sendMessage: () => Promise.resolve() },
    commands: {
      onCommand: event('commands.onCommand'),
      getAll: () => Promise.resolve([{ name: 'focus-nudge', description: 'Move between…', shortcut: fake.focusKeys }]),
    },
    storage: {
      sync: { get: empty, set: () => Promise.resolve(), remove: () => Promise.resolve() },
      local: { get: empty, set: () => Promise.resolve(), remove: () => Promise.resolve() },
      managed: { get: empty },
      onChanged: event('storage.onChanged'),
    },
  };
  return { browser, listeners, focusKeys: 'Alt+Shift+N' };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const VALID = { kind: 'analyze', text: 'The head is a disgrace and the teachers are useless.', site: 'x' } as const;

function handlerWithCounts() {
  const getSettings = vi.fn(() => Promise.resolve(resolveSettings({ user: defaultSettings() })));
  const updateSettings = vi.fn(() => Promise.resolve());
  const openOptions = vi.fn(() => Promise.resolve());
  const openRaisePage = vi.fn(() => Promise.resolve());
  const handle = createHandler({ getSettings, updateSettings, openOptions, openRaisePage, now: () => Date.UTC(2025, 0, 15) });
  return { handle, getSettings, updateSettings, openOptions, openRaisePage };
}

/** An error reply that survives the trip back: plain data, a readable reason of bounded length. */
function expectErrorReply(reply: Reply): void {
  expect(reply).toEqual({ kind: 'error', message: expect.any(String) as unknown });
  if (reply.kind !== 'error') return;
  expect(reply.message.length).toBeGreaterThan(0);
  expect(reply.message.length).toBeLessThanOrEqual(501);
  expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
}

let deepArray: unknown = 'x';
for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
let deepObject: Record<string, unknown> = {};
const deepRoot = deepObject;
for (let i = 0; i < 100_000; i++) {
  deepObject.kind = 'analyze';
  deepObject = deepObject.next = {};
}
const manyKeys: Record<string, unknown> = { ...VALID };
for (let i = 0; i < 100_000; i++) manyKeys[`k${i}`] = i;
const revoked = Proxy.revocable({}, {});
const throwing = (): never => {
  throw new Error('trap');
};
revoked.revoke();

/** Everything a message should never be, by what it is. */
const BAD: readonly [string, () => unknown][] = [
  // Malformed
  ['undefined', () => undefined],
  ['null', () => null],
  ['a number', () => 42],
  ['a string', () => 'analyze'],
  ['an array', () => [VALID]],
  ['an empty object', () => ({})],
  ['an unknown kind', () => ({ kind: 'deleteEverything' })],
  ['a kind that is not a string', () => ({ kind: 1 })],
  ['a missing text', () => ({ kind: 'analyze', site: 'x' })],
  ['a text that is not a string', () => ({ kind: 'analyze', text: 42, site: 'x' })],
  ['an unknown site', () => ({ kind: 'analyze', text: 'hi', site: 'myspace' })],
  ['an extra field', () => ({ ...VALID, eval: 'alert(1)' })],
  ['an extra field on a bare request', () => ({ kind: 'openOptions', url: 'https://evil.example' })],
  ['an unknown category', () => ({ kind: 'muteCategory', category: 'gossip' })],
  ['a draft to raise without its school', () => ({ kind: 'raisePrivately', draft: 'hi' })],
  ['a school to raise with that is not a pack id', () => ({ kind: 'raisePrivately', draft: 'hi', packId: 'https://evil.example' })],
  ['a draft to raise one character over the limit', () => ({ kind: 'raisePrivately', draft: 'a'.repeat(MAX_DRAFT_LENGTH + 1), packId: 'generic' })],
  ['a safeguarding route asked for with anything but true', () => ({ kind: 'raisePrivately', draft: 'hi', packId: 'stoc', safeguarding: 'yes' })],
  ['minutes below one', () => ({ kind: 'muteCategory', category: 'abuse', minutes: 0 })],
  ['fractional minutes', () => ({ kind: 'muteCategory', category: 'abuse', minutes: 1.5 })],
  ['NaN minutes', () => ({ kind: 'muteCategory', category: 'abuse', minutes: Number.NaN })],
  ['infinite minutes', () => ({ kind: 'muteCategory', category: 'abuse', minutes: Infinity })],
  ['minutes beyond a week', () => ({ kind: 'muteCategory', category: 'abuse', minutes: 1e12 })],
  // Oversized
  ['a draft one character over the limit', () => ({ ...VALID, text: 'a'.repeat(MAX_DRAFT_LENGTH + 1) })],
  ['a kind of a megabyte', () => ({ kind: 'k'.repeat(1 << 20) })],
  ['a site of a megabyte', () => ({ kind: 'analyze', text: 'hi', site: 's'.repeat(1 << 20) })],
  ['a field named with a megabyte', () => ({ ...VALID, ['f'.repeat(1 << 20)]: 1 })],
  ['a text of two million array items', () => ({ kind: 'analyze', text: new Array(2_000_000).fill('a'), site: 'x' })],
  // Deeply nested and huge
  ['an array nested 100,000 deep', () => deepArray],
  ['a text nested 100,000 deep', () => ({ kind: 'analyze', text: deepArray, site: 'x' })],
  ['an extra field nested 100,000 deep', () => ({ ...VALID, next: deepRoot })],
  ['an object with 100,000 extra keys', () => manyKeys],
  // Prototype-pollution shaped
  ['an own "__proto__" field', () => JSON.parse('{"kind":"analyze","text":"","site":"x","__proto__":{"polluted":1}}')],
  ['a "constructor.prototype" field', () => ({ ...VALID, constructor: { prototype: { polluted: true } } })],
  ['"__proto__" as the kind', () => ({ kind: '__proto__' })],
  ['"constructor" as the category', () => ({ kind: 'muteCategory', category: 'constructor' })],
  ['"toString" as the site', () => ({ kind: 'analyze', text: 'hi', site: 'toString' })],
  // Not plain data
  ['a Map', () => new Map(Object.entries(VALID))],
  ['a Set', () => new Set([VALID])],
  ['a Date', () => new Date()],
  ['a RegExp', () => /analyze/],
  ['a function', () => () => VALID],
  ['a symbol', () => Symbol('analyze')],
  ['a bigint', () => 10n],
  ['bigint minutes', () => ({ kind: 'muteCategory', category: 'abuse', minutes: 10n })],
  ['a String object as the text', () => ({ kind: 'analyze', text: new String('hi'), site: 'x' })],
  ['a getter that throws', () => ({ get kind(): string { throw new Error('boom'); } })],
  ['a text getter that throws', () => ({ kind: 'analyze', site: 'x', get text(): string { throw new Error('x'); } })],
  ['a proxy whose traps throw', () => new Proxy({ ...VALID }, { get: throwing, has: throwing, ownKeys: throwing })],
  ['a revoked proxy', () => revoked.proxy],
];

describe('the handler at the boundary', () => {
  it.each(BAD)('answers %s with an error, does no work, and keeps serving', async (_name, make) => {
    const { handle, getSettings, updateSettings, openOptions, openRaisePage } = handlerWithCounts();
    expectErrorReply(await handle(make()));
    // Refused before anything is read or changed.
    expect(getSettings).not.toHaveBeenCalled();
    expect(updateSettings).not.toHaveBeenCalled();
    expect(openOptions).not.toHaveBeenCalled();
    expect(openRaisePage).not.toHaveBeenCalled();
    await expect(handle(VALID)).resolves.toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
  });

  it('serves after every bad message in a row, on one handler', async () => {
    const { handle } = handlerWithCounts();
    for (const [name, make] of BAD) {
      const reply = await handle(make());
      expect(reply.kind, name).toBe('error');
      expect(await handle(VALID), `after ${name}`).toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
    }
  });

  it('pollutes no prototype', async () => {
    const { handle } = handlerWithCounts();
    for (const [, make] of BAD) await handle(make());
    await handle(Object.create({ ...VALID, polluted: true }) as unknown);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('checks a draft of exactly the largest size, and refuses one character more', async () => {
    const { handle } = handlerWithCounts();
    await expect(handle({ kind: 'analyze', text: 'a'.repeat(MAX_DRAFT_LENGTH), site: 'x' })).resolves.toMatchObject({
      kind: 'verdict',
    });
    const over = await handle({ kind: 'analyze', text: 'a'.repeat(MAX_DRAFT_LENGTH + 1), site: 'x' });
    expectErrorReply(over);
    expect(over).toMatchObject({ message: expect.stringContaining(String(MAX_DRAFT_LENGTH)) as unknown });
  });

  it('names what was wrong without echoing a huge value back', async () => {
    const { handle } = handlerWithCounts();
    const reply = await handle({ kind: 'analyze', text: 'hi', site: 's'.repeat(1 << 20) });
    expectErrorReply(reply);
    expect(reply).toMatchObject({ message: expect.stringMatching(/^Malformed request: site: /) as unknown });
  });

  it('answers a value it cannot even read with an error, not a rejected promise', async () => {
    const { handle } = handlerWithCounts();
    const reply = await handle({
      get kind(): string {
        throw new Error('boom');
      },
    });
    expect(reply).toEqual({ kind: 'error', message: 'Malformed request: it could not be read' });
  });
});

describe('isOwnSender', () => {
  it('trusts this extension, by the id the browser fills in', () => {
    expect(isOwnSender({ id: OWN_ID }, OWN_ID)).toBe(true);
    const fromPage = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
    const fromTab = { id: OWN_ID, url: 'https://x.com/home', tab: { id: 1 } } as Runtime.MessageSender;
    expect(isOwnSender(fromPage, OWN_ID)).toBe(true);
    expect(isOwnSender(fromTab, OWN_ID)).toBe(true);
  });

  it('refuses other extensions, web pages and senders without an id', () => {
    expect(isOwnSender({ id: OTHER_ID }, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: OWN_ID.toUpperCase() }, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: `${OWN_ID}x` }, OWN_ID)).toBe(false);
    expect(isOwnSender({ id: OWN_ID.slice(1) }, OWN_ID)).toBe(false);
    expect(isOwnSender({ url: 'https://evil.example/' } as Runtime.MessageSender, OWN_ID)).toBe(false);
    expect(isOwnSender({}, OWN_ID)).toBe(false);
    expect(isOwnSender(undefined, OWN_ID)).toBe(false);
  });

  it('trusts nobody when its own id is missing, rather than matching two missing ids', () => {
    expect(isOwnSender({}, undefined)).toBe(false);
    expect(isOwnSender({ id: undefined }, undefined)).toBe(false);
    expect(isOwnSender({ id: '' }, '')).toBe(false);
    expect(isOwnSender({ id: OWN_ID }, undefined)).toBe(false);
  });
});

describe('the worker', () => {
  type OnMessage = (message: unknown, sender: Runtime.MessageSender) => Promise<Reply>;
  let onMessage: OnMessage;

  beforeEach(async () => {
    fake.browser.runtime.id = OWN_ID;
    if (!onMessage) {
      await import('../../src/background/worker');
      const listeners = fake.listeners.get('runtime.onMessage') ?? [];
      expect(listeners).toHaveLength(1);
      onMessage = listeners[0] as unknown as OnMessage;
    }
  });

  const REFUSED = { kind: 'error', message: 'Messages from outside Second Thought are refused.' };

  it('answers its own content scripts and pages', async () => {
    const fromTab = { id: OWN_ID, url: 'https://x.com/home', tab: { id: 7 } } as Runtime.MessageSender;
    await expect(onMessage(VALID, fromTab)).resolves.toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
    const fromPage = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/src/pages/practice/index.html` };
    await expect(onMessage(VALID, fromPage)).resolves.toMatchObject({ kind: 'verdict' });
  });

  it('names the keys the browser has for the shortcut to the note, as they are when asked', async () => {
    const fromTab = { id: OWN_ID, url: 'https://x.com/home', tab: { id: 7 } } as Runtime.MessageSender;
    await expect(onMessage({ kind: 'noteShortcut' }, fromTab)).resolves.toEqual({ kind: 'shortcut', keys: 'Alt+Shift+N' });
    fake.focusKeys = 'Ctrl+Shift+Y';
    await expect(onMessage({ kind: 'noteShortcut' }, fromTab)).resolves.toEqual({ kind: 'shortcut', keys: 'Ctrl+Shift+Y' });
    fake.focusKeys = '';
    await expect(onMessage({ kind: 'noteShortcut' }, fromTab)).resolves.toEqual({ kind: 'shortcut', keys: null });
  });

  it('refuses other extensions and web pages without reading their message', async () => {
    const otherExtension = { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/bg.js` };
    const webPage = { url: 'https://evil.example/', tab: { id: 3 } } as Runtime.MessageSender;
    await expect(onMessage(VALID, otherExtension)).resolves.toEqual(REFUSED);
    await expect(onMessage(VALID, webPage)).resolves.toEqual(REFUSED);
    await expect(onMessage(VALID, {})).resolves.toEqual(REFUSED);
  });

  it('refuses everyone once its own id is gone', async () => {
    fake.browser.runtime.id = undefined;
    await expect(onMessage(VALID, {})).resolves.toEqual(REFUSED);
    await expect(onMessage(VALID, { id: OWN_ID })).resolves.toEqual(REFUSED);
  });

  it('answers its own malformed messages with an error and keeps serving', async () => {
    for (const [name, make] of BAD) {
      const reply = await onMessage(make(), { id: OWN_ID });
      expect(reply.kind, name).toBe('error');
      expect(reply, name).not.toEqual(REFUSED);
    }
    const reply = await onMessage(VALID, { id: OWN_ID });
    expect(reply).toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
  });
});
