import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../src/background/handler';
import { parseReply } from '../../src/protocol';
import { DEFAULT_SETTINGS, readSettings } from '../../src/settings';
import type { Settings } from '../../src/settings';

const COMPLAINT = 'The head at this school never answers emails and the office staff are useless.';

function handlerWith(settings: Settings) {
  const openOptions = vi.fn(() => Promise.resolve());
  return { handle: createHandler({ getSettings: () => Promise.resolve(settings), openOptions }), openOptions };
}

describe('the worker handler', () => {
  it('checks against the generic pack until a school is chosen, and says so', async () => {
    const { handle } = handlerWith(DEFAULT_SETTINGS);
    const reply = await handle({ kind: 'analyze', text: COMPLAINT, site: 'facebook' });
    expect(parseReply(reply).ok).toBe(true);
    if (reply.kind !== 'verdict') throw new Error(`expected a verdict, got ${JSON.stringify(reply)}`);
    expect(reply.verdict.nudge).toBe(true);
    expect(reply.school).toMatchObject({ packId: 'generic', shortName: 'your school', chosen: false });
  });

  it("uses the chosen school's pack, route and clauses", async () => {
    const { handle } = handlerWith({ ...DEFAULT_SETTINGS, schools: ['bexton'] });
    const reply = await handle({ kind: 'analyze', text: COMPLAINT, site: 'x' });
    if (reply.kind !== 'verdict') throw new Error(`expected a verdict, got ${JSON.stringify(reply)}`);
    expect(reply.school.packId).toBe('bexton');
    expect(reply.school.chosen).toBe(true);
    expect(reply.verdict.packId).toBe('bexton');
    for (const category of reply.verdict.categories) expect(reply.clauses[category]?.quote).toBeTruthy();
  });

  it('answers a friendly draft with a quiet verdict', async () => {
    const { handle } = handlerWith(DEFAULT_SETTINGS);
    const reply = await handle({ kind: 'analyze', text: 'Thank you Mrs Shah for a brilliant school trip!', site: 'x' });
    expect(reply).toMatchObject({ kind: 'verdict', verdict: { nudge: false, severity: 'none', findings: [] } });
  });

  it('answers a malformed message with an error and keeps serving', async () => {
    const { handle } = handlerWith(DEFAULT_SETTINGS);
    await expect(handle({ kind: 'analyze' })).resolves.toMatchObject({ kind: 'error' });
    await expect(handle(null)).resolves.toMatchObject({ kind: 'error' });
    await expect(handle({ kind: 'analyze', text: COMPLAINT, site: 'x' })).resolves.toMatchObject({ kind: 'verdict' });
  });

  it('opens the options page when asked', async () => {
    const { handle, openOptions } = handlerWith(DEFAULT_SETTINGS);
    await expect(handle({ kind: 'openOptions' })).resolves.toEqual({ kind: 'done' });
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

describe('readSettings', () => {
  it('keeps valid settings', () => {
    const saved = { version: 1, role: 'staff', schools: ['stoc'] };
    expect(readSettings(saved)).toEqual(saved);
  });

  it.each([undefined, null, 'parent', { version: 99, role: 'parent', schools: [] }, { version: 1, role: 'head', schools: [] }])(
    'replaces unreadable settings (%j) with the defaults',
    (stored) => {
      expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
    },
  );
});
