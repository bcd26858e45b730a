import { describe, expect, it } from 'vitest';
import { REPLACED_MESSAGE, createHandler } from '../../src/background/handler';
import type { RequestFrom } from '../../src/background/handler';
import { DraftQueue } from '../../src/background/queue';
import { analyzeDraft } from '../../src/engine';
import { nameStats } from '../../src/engine/pack-names';
import { judgeSchoolsNow, schoolStats } from '../../src/engine/schools';
import type { Category, Pack, Verdict } from '../../src/engine/types';
import { SEVERITIES } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';
import type { Reply } from '../../src/protocol';
import { defaultSettings, resolveSettings } from '../../src/settings';
import type { Settings } from '../../src/settings';

const bexton = getBundledPack('bexton') as Pack;
const NOW = Date.UTC(2025, 0, 15, 9, 0);

/** A school like Bexton under its own names, with some categories switched off. */
function school(i: number, off: Category[] = []): Pack {
  const rules = { ...bexton.rules };
  for (const category of off) rules[category] = { ...(rules[category] as NonNullable<Pack['rules'][Category]>), enabled: false };
  const name = `Ashcombe${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`;
  return { ...bexton, id: `school-${i}`, name: `${name} Primary School`, shortName: name, aliases: [`${name} Primary`, `@${name}Primary`], staff: [`Mrs Teacher${i}`], rules };
}

/** What the worker did before: every school judged in full, the most severe shown (ties: more findings, then first). */
function everySchool(text: string, packs: Pack[]): { verdict: Verdict; index: number } {
  const rank = (v: Verdict) => SEVERITIES.indexOf(v.severity);
  const verdicts = packs.map((pack) => analyzeDraft(text, { role: 'parent', pack }));
  let index = 0;
  verdicts.forEach((v, i) => {
    const best = verdicts[index] as Verdict;
    if (rank(v) > rank(best) || (rank(v) === rank(best) && v.findings.length > best.findings.length)) index = i;
  });
  return { verdict: verdicts[index] as Verdict, index };
}

describe('many schools', () => {
  const fifty = Array.from({ length: 50 }, (_, i) => school(i, i % 10 === 3 ? ['complaint'] : []));
  const drafts = [
    'The head at this school never answers emails and the office staff are useless.',
    `${fifty[7]?.shortName} is a joke, Mrs Teacher7 ignored my complaint again and the office is useless.`,
    `Well done ${fifty[3]?.shortName} Primary on the fair! But ${fifty[12]?.shortName} never answers emails, useless.`,
    'If that teacher shouts at my daughter again he had better watch his back in the car park.',
    'Cake sale on Friday, bring a tub if you can!',
    `Set up a page called @${fifty[20]?.shortName}Primary news for the parents.`,
  ];

  it('judges a draft once per distinct way the schools would judge it, not once per school', () => {
    for (const text of drafts) {
      const before = schoolStats.judged;
      judgeSchoolsNow(text, 'parent', fifty);
      // Two sets of categories among the fifty, and at most two schools named in any one draft.
      expect(schoolStats.judged - before).toBeLessThanOrEqual(4);
    }
  });

  it('shows the same verdict, from the same school, as judging every school in full did', () => {
    for (const text of drafts) {
      const expected = everySchool(text, fifty.slice(0, 25));
      const { verdict, index } = judgeSchoolsNow(text, 'parent', fifty.slice(0, 25));
      expect({ verdict, index }).toEqual(expected);
    }
  });
});

/** A job of `steps` steps that notes when it finishes. */
function* job(name: string, steps: number, done: string[]): Generator<void, string> {
  for (let i = 1; i < steps; i++) yield;
  done.push(name);
  return name;
}

describe('the draft queue', () => {
  it('answers a short draft that arrives after big ones before them', async () => {
    const queue = new DraftQueue();
    const done: string[] = [];
    let short: Promise<unknown> | undefined;
    // The short one arrives while the first big one is under way.
    function* first(): Generator<void, string> {
      short = queue.run(40, undefined, job('short', 2, done));
      return yield* job('big 0', 20, done);
    }
    const big = [queue.run(2_000_000, undefined, first())];
    for (let i = 1; i < 5; i++) big.push(queue.run(2_000_000, undefined, job(`big ${i}`, 20, done)));
    await Promise.all(big);
    await expect(short).resolves.toEqual({ kind: 'done', value: 'short' });
    expect(done).toEqual(['short', 'big 0', 'big 1', 'big 2', 'big 3', 'big 4']);
  });

  it("replaces a composer's older draft with its newer one, and no one else's", async () => {
    const queue = new DraftQueue();
    const done: string[] = [];
    const older = queue.run(100, 'tab 1, composer 1', job('older', 3, done));
    const other = queue.run(100, 'tab 2, composer 1', job('other', 3, done));
    const unnamed = queue.run(100, undefined, job('unnamed', 3, done));
    const newer = queue.run(120, 'tab 1, composer 1', job('newer', 3, done));
    await expect(older).resolves.toEqual({ kind: 'replaced' });
    await expect(Promise.all([other, unnamed, newer])).resolves.toEqual([
      { kind: 'done', value: 'other' },
      { kind: 'done', value: 'unnamed' },
      { kind: 'done', value: 'newer' },
    ]);
    expect(done.sort()).toEqual(['newer', 'other', 'unnamed']);
  });

  it('answers a job that throws with its error and goes on with the rest', async () => {
    const queue = new DraftQueue();
    const done: string[] = [];
    function* broken(): Generator<void, string> {
      yield;
      throw new Error('broken');
    }
    const failing = queue.run(10, undefined, broken());
    const fine = queue.run(20, undefined, job('fine', 2, done));
    await expect(failing).rejects.toThrow('broken');
    await expect(fine).resolves.toEqual({ kind: 'done', value: 'fine' });
  });
});

describe('the worker with many drafts and schools', () => {
  function handlerWith(user: Partial<Settings>, packs: Pack[] = []) {
    const saved: Settings = { ...defaultSettings(), ...user };
    return createHandler({
      // Read again for every request, as after a settings change: new pack objects with the same names.
      getSettings: () => Promise.resolve(resolveSettings({ user: saved, imported: structuredClone(packs) })),
      updateSettings: () => Promise.resolve(saved),
      openOptions: () => Promise.resolve(),
      openRaisePage: () => Promise.resolve(),
      now: () => NOW,
    });
  }
  const essay = 'The head at Ashcombea0 never answers emails and the office staff are useless. '.repeat(1_200);
  const line = 'If that teacher shouts at my daughter again he had better watch his back in the car park.';
  const tab = (n: number): RequestFrom => ({ tab: n, frame: 0, document: `doc ${n}` });

  it('answers a one-line draft before the long drafts other tabs sent first, each reply about its own text', async () => {
    const handle = handlerWith({ schools: ['school-0'] }, [school(0)]);
    const order: string[] = [];
    const ask = (name: string, text: string, from: RequestFrom) =>
      handle({ kind: 'analyze', text, site: 'x', composer: '1' }, from).then((reply) => {
        order.push(name);
        return reply;
      });
    const long = [1, 2, 3].map((n) => ask(`long ${n}`, essay, tab(n)));
    const short = ask('short', line, tab(9));
    const replies = await Promise.all([...long, short]);
    expect(order[0]).toBe('short');
    for (const [i, reply] of replies.entries()) {
      const text = i < 3 ? essay : line;
      expect(reply).toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
      if (reply.kind !== 'verdict') continue;
      for (const { span } of reply.verdict.findings) expect(span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it("answers a composer's replaced draft with an error saying so, and its newer draft with a verdict", async () => {
    const handle = handlerWith({ schools: ['school-0'] }, [school(0)]);
    const first = handle({ kind: 'analyze', text: essay, site: 'x', composer: '1' }, tab(1));
    const second = handle({ kind: 'analyze', text: line, site: 'x', composer: '1' }, tab(1));
    const [older, newer] = await Promise.all([first, second]);
    expect(older).toEqual({ kind: 'error', message: REPLACED_MESSAGE } satisfies Reply);
    expect(newer).toMatchObject({ kind: 'verdict', verdict: { nudge: true } });
  });

  it('prepares the names of a big pack once across verdicts, with a category muted and settings read anew', async () => {
    const big = { ...school(0), staff: Array.from({ length: 8_000 }, (_, i) => `Mrs Staff${i.toString(36)}`) };
    const handle = handlerWith({ schools: ['school-0'], optOuts: ['photo'] }, [big]);
    await handle({ kind: 'analyze', text: line, site: 'x' });
    const before = nameStats.prepared;
    for (let i = 0; i < 3; i++) expect(await handle({ kind: 'analyze', text: `${line} ${i}`, site: 'x' })).toMatchObject({ kind: 'verdict' });
    expect(nameStats.prepared).toBe(before);
  });
});
