import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_LENGTH, parseReply, parseRequest, ProtocolClient } from '../../src/protocol';

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
