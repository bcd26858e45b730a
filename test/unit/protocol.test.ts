import { describe, expect, it, vi } from 'vitest';
import { MAX_DRAFT_LENGTH, MAX_SHORTCUT_LENGTH, parseReply, parseRequest, ProtocolClient, SHORTCUT_WAIT_MS } from '../../src/protocol';

describe('parseRequest', () => {
  it('accepts the requests the content side sends', () => {
    expect(parseRequest({ kind: 'analyze', text: 'Hello', site: 'x' })).toEqual({
      ok: true,
      value: { kind: 'analyze', text: 'Hello', site: 'x' },
    });
    expect(parseRequest({ kind: 'openOptions' }).ok).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'analyze this'],
    ['an unknown kind', { kind: 'deleteEverything' }],
    ['a missing text', { kind: 'analyze', site: 'x' }],
    ['a text that is not a string', { kind: 'analyze', text: 42, site: 'x' }],
    ['an unknown site', { kind: 'analyze', text: 'Hi', site: 'myspace' }],
    ['an extra field', { kind: 'analyze', text: 'Hi', site: 'x', eval: 'code' }],
  ])('refuses %s with a readable reason', (_name, message) => {
    const parsed = parseRequest(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^Malformed request: /);
  });

  it('refuses a draft beyond the size limit, naming the limit', () => {
    const parsed = parseRequest({ kind: 'analyze', text: 'a'.repeat(MAX_DRAFT_LENGTH + 1), site: 'x' });
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining(String(MAX_DRAFT_LENGTH)) as unknown });
  });
});

describe('ProtocolClient', () => {
  it('turns a failed transport into an error reply instead of throwing', async () => {
    const client = new ProtocolClient(() => Promise.reject(new Error('Extension context invalidated.')));
    await expect(client.analyze('Hi', 'x')).resolves.toEqual({ kind: 'error', message: 'Extension context invalidated.' });
  });

  it('turns a malformed reply into an error reply', async () => {
    const client = new ProtocolClient(() => Promise.resolve({ kind: 'verdict', verdict: 'nudge!' }));
    const reply = await client.analyze('Hi', 'x');
    expect(reply.kind).toBe('error');
  });

  it('passes a valid reply through', async () => {
    const reply = { kind: 'done' };
    const client = new ProtocolClient(() => Promise.resolve(reply));
    await expect(client.request({ kind: 'openOptions' })).resolves.toEqual(reply);
    expect(parseReply({ kind: 'error', message: 'x' }).ok).toBe(true);
  });
});

describe('muting a category and quiet verdicts', () => {
  it('accepts muteCategory with or without minutes', () => {
    expect(parseRequest({ kind: 'muteCategory', category: 'complaint' })).toEqual({
      ok: true,
      value: { kind: 'muteCategory', category: 'complaint' },
    });
    expect(parseRequest({ kind: 'muteCategory', category: 'threat', minutes: 60 })).toEqual({
      ok: true,
      value: { kind: 'muteCategory', category: 'threat', minutes: 60 },
    });
  });

  it.each([
    ['an unknown category', { kind: 'muteCategory', category: 'gossip' }],
    ['no category', { kind: 'muteCategory', minutes: 5 }],
    ['minutes that are not a whole number', { kind: 'muteCategory', category: 'abuse', minutes: 2.5 }],
    ['minutes below one', { kind: 'muteCategory', category: 'abuse', minutes: 0 }],
    ['a snooze longer than a week', { kind: 'muteCategory', category: 'abuse', minutes: 7 * 24 * 60 + 1 }],
    ['an extra field', { kind: 'muteCategory', category: 'abuse', forever: true }],
  ])('refuses muteCategory with %s', (_name, message) => {
    expect(parseRequest(message).ok).toBe(false);
  });

  it('accepts unmuteCategory for a known category, and nothing more', () => {
    expect(parseRequest({ kind: 'unmuteCategory', category: 'naming_child' })).toEqual({ ok: true, value: { kind: 'unmuteCategory', category: 'naming_child' } });
    expect(parseRequest({ kind: 'unmuteCategory', category: 'gossip' }).ok).toBe(false);
    expect(parseRequest({ kind: 'unmuteCategory' }).ok).toBe(false);
    expect(parseRequest({ kind: 'unmuteCategory', category: 'abuse', minutes: 5 }).ok).toBe(false);
  });

  it('the client sends muteCategory as the worker expects it', async () => {
    const sent: unknown[] = [];
    const client = new ProtocolClient((request) => {
      sent.push(request);
      return Promise.resolve({ kind: 'done' });
    });
    await expect(client.muteCategory('complaint')).resolves.toEqual({ kind: 'done' });
    await expect(client.muteCategory('threat', 30)).resolves.toEqual({ kind: 'done' });
    expect(sent).toEqual([
      { kind: 'muteCategory', category: 'complaint' },
      { kind: 'muteCategory', category: 'threat', minutes: 30 },
    ]);
    expect(sent.every((request) => parseRequest(request).ok)).toBe(true);
  });

  it('a verdict may say why it is quiet without a check (paused, or the site switched off), or not', () => {
    const quiet = {
      kind: 'verdict',
      verdict: { nudge: false, severity: 'none', categories: [], findings: [], packId: 'bexton' },
      school: { packId: 'bexton', name: 'Bexton Primary School', shortName: 'Bexton', route: { label: 'l', instruction: 'i' }, chosen: true, role: 'parent' },
      clauses: {},
      categoriesLocked: false,
    };
    expect(parseReply(quiet).ok).toBe(true);
    expect(parseReply({ ...quiet, inactive: 'paused' }).ok).toBe(true);
    expect(parseReply({ ...quiet, inactive: 'site-off' }).ok).toBe(true);
    expect(parseReply({ ...quiet, inactive: 'asleep' }).ok).toBe(false);
  });

  it('a verdict always says whether the school or trust locks categories (the note offers its link only when not)', () => {
    const verdict = {
      kind: 'verdict',
      verdict: { nudge: false, severity: 'none', categories: [], findings: [], packId: 'bexton' },
      school: { packId: 'bexton', name: 'Bexton Primary School', shortName: 'Bexton', route: { label: 'l', instruction: 'i' }, chosen: true, role: 'parent' },
      clauses: {},
    };
    expect(parseReply({ ...verdict, categoriesLocked: true }).ok).toBe(true);
    expect(parseReply({ ...verdict, categoriesLocked: false }).ok).toBe(true);
    expect(parseReply(verdict).ok).toBe(false);
    expect(parseReply({ ...verdict, categoriesLocked: 'yes' }).ok).toBe(false);
  });

  it('a refusal by policy is its own reply, with nothing more', () => {
    expect(parseReply({ kind: 'locked' })).toEqual({ ok: true, value: { kind: 'locked' } });
    expect(parseReply({ kind: 'locked', message: 'no' }).ok).toBe(false);
  });
});

describe('the shortcut to the note', () => {
  it('is asked for with nothing else, and answered with its keys, or null for none', () => {
    expect(parseRequest({ kind: 'noteShortcut' })).toEqual({ ok: true, value: { kind: 'noteShortcut' } });
    expect(parseRequest({ kind: 'noteShortcut', command: 'focus-nudge' }).ok).toBe(false);
    expect(parseReply({ kind: 'shortcut', keys: 'Alt+Shift+N' }).ok).toBe(true);
    expect(parseReply({ kind: 'shortcut', keys: null }).ok).toBe(true);
  });

  it.each([
    ['no keys field', { kind: 'shortcut' }],
    ['empty keys (null says none)', { kind: 'shortcut', keys: '' }],
    ['keys that are not text', { kind: 'shortcut', keys: ['Alt', 'N'] }],
    ['keys far longer than any shortcut', { kind: 'shortcut', keys: 'Alt+'.repeat(MAX_SHORTCUT_LENGTH) }],
    ['an extra field', { kind: 'shortcut', keys: 'Alt+Shift+N', html: '<b>' }],
  ])('refuses an answer with %s', (_name, reply) => {
    expect(parseReply(reply).ok).toBe(false);
  });

  it('the client gives the keys the worker names, and null for none', async () => {
    const sent: unknown[] = [];
    let keys: string | null = 'Ctrl+Shift+Y';
    const client = new ProtocolClient((request) => {
      sent.push(request);
      return Promise.resolve({ kind: 'shortcut', keys });
    });
    await expect(client.noteShortcut()).resolves.toBe('Ctrl+Shift+Y');
    keys = null;
    await expect(client.noteShortcut()).resolves.toBeNull();
    expect(sent).toEqual([{ kind: 'noteShortcut' }, { kind: 'noteShortcut' }]);
  });

  it.each([
    ['the worker cannot be reached', () => Promise.reject(new Error('Receiving end does not exist.'))],
    ['the worker refuses the request (an older worker)', () => Promise.resolve({ kind: 'error', message: 'Malformed request' })],
    ['the answer is malformed', () => Promise.resolve({ kind: 'shortcut', keys: 42 })],
    ['the answer is of another kind', () => Promise.resolve({ kind: 'done' })],
  ])('the client gives null, naming no key, when %s', async (_name, transport) => {
    await expect(new ProtocolClient(transport).noteShortcut()).resolves.toBeNull();
  });

  it('the client gives null when the worker does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      const client = new ProtocolClient(() => new Promise(() => undefined));
      let keys: string | null | undefined;
      void client.noteShortcut().then((answer) => (keys = answer));
      await vi.advanceTimersByTimeAsync(SHORTCUT_WAIT_MS - 1);
      expect(keys).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(keys).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
