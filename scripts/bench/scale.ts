/**
 * Shapes of `npm run bench` that grow what the user or a policy gives rather than the draft: packs with many names,
 * many chosen schools, and a one-line draft sent while huge drafts from other tabs are being judged
 * (`npm run bench -- --scale` runs these alone). Figures only; the tests count operations instead.
 */
import { performance } from 'node:perf_hooks';
import { analyzeDraft, createHandler, defaultSettings, getBundledPack, judgeSchoolsNow, resolveSettings, schoolStats } from './shipped';
import type { Pack } from '../../src/engine/types';
import { draftOf } from './drafts';

const bexton = (): Pack => {
  const pack = getBundledPack('bexton');
  if (!pack) throw new Error('bench: bexton pack missing');
  return pack;
};

const ms = (from: number): number => performance.now() - from;
const fmt = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** A pack like Bexton's with `count` staff names and `count` aliases, none of which the bench drafts hold. */
function packWithNames(count: number, tag: string): Pack {
  const id = (i: number) => `${tag}${i.toString(36)}`;
  return {
    ...bexton(),
    id: `names-${tag}`,
    aliases: Array.from({ length: count }, (_, i) => `${id(i)} Primary`),
    staff: Array.from({ length: count }, (_, i) => `Mrs ${id(i)}`),
  };
}

function school(i: number): Pack {
  const name = `Ashcombe${i.toString(36)}`;
  return { ...bexton(), id: `school-${i}`, name: `${name} Primary School`, shortName: name, aliases: [`${name} Primary`] };
}

export interface NamesRow {
  names: number;
  /** First verdict: the names prepared, then a 280-character draft judged. */
  first: number;
  /** Median of later verdicts, each with a new pack object (a muted category), so only a content cache hits. */
  later: number;
  /** A 100,000-character draft with those names. */
  long: number;
}

export function benchManyNames(counts = [1_000, 10_000, 20_000]): NamesRow[] {
  const draft = draftOf(280, 3);
  const long = draftOf(100_000, 5);
  for (let i = 0; i < 3; i++) analyzeDraft(long, { role: 'parent', pack: bexton() });
  return counts.map((count, n) => {
    // Each size named afresh, so nothing prepared for one size serves the next.
    const pack = packWithNames(count, `q${n}x`);
    let t = performance.now();
    analyzeDraft(draft, { role: 'parent', pack });
    const first = ms(t);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const muted = { ...pack, rules: { ...pack.rules } };
      t = performance.now();
      analyzeDraft(draftOf(280, i), { role: 'parent', pack: muted });
      times.push(ms(t));
    }
    times.sort((a, b) => a - b);
    t = performance.now();
    analyzeDraft(long, { role: 'parent', pack });
    return { names: count, first, later: times[7] as number, long: ms(t) };
  });
}

export interface SchoolsRow {
  schools: number;
  chars: number;
  ms: number;
  /** Schools judged in full. */
  judged: number;
  /** Every school judged in full, as the worker did before (100,000 characters only). */
  everyMs?: number;
}

export function benchManySchools(counts = [1, 10, 50], sizes = [100_000, 1_000_000]): SchoolsRow[] {
  const rows: SchoolsRow[] = [];
  for (let i = 0; i < 2; i++) judgeSchoolsNow(draftOf(sizes[sizes.length - 1] ?? 1_000, 8), 'parent', [school(0)]);
  for (const chars of sizes) {
    const text = draftOf(chars, 7);
    for (const count of counts) {
      const packs = Array.from({ length: count }, (_, i) => school(i));
      judgeSchoolsNow(text.slice(0, 2_000), 'parent', packs);
      const before = schoolStats.judged;
      const t = performance.now();
      judgeSchoolsNow(text, 'parent', packs);
      const row: SchoolsRow = { schools: count, chars, ms: ms(t), judged: schoolStats.judged - before };
      if (chars <= 100_000) {
        const every = performance.now();
        for (const pack of packs) analyzeDraft(text, { role: 'parent', pack });
        row.everyMs = ms(every);
      }
      rows.push(row);
    }
  }
  return rows;
}

export interface WaitRow {
  big: number;
  bigChars: number;
  /** From the one-line draft's request to its answer, with the big drafts sent just before. */
  shortMs: number;
  /** From the first request to the last big draft's answer. */
  allMs: number;
}

/** A one-line draft sent while `big` drafts of `chars` characters from other tabs wait in the worker's queue. */
export async function benchWait(big = 5, chars = 2_000_000): Promise<WaitRow> {
  const settings = resolveSettings({ user: { ...defaultSettings(), schools: ['bexton'] } });
  const handle = createHandler({
    getSettings: () => Promise.resolve(settings),
    updateSettings: () => Promise.resolve(settings.user),
    openOptions: () => Promise.resolve(),
    openRaisePage: () => Promise.resolve(),
  });
  await handle({ kind: 'analyze', text: draftOf(2_000, 1), site: 'x' });
  const start = performance.now();
  const bigs = Array.from({ length: big }, (_, i) =>
    handle({ kind: 'analyze', text: draftOf(chars, i), site: 'x', composer: '1' }, { tab: i + 1, frame: 0 }),
  );
  // Sent once the first big draft is under way.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const t = performance.now();
  const reply = await handle({ kind: 'analyze', text: 'If that teacher shouts at my daughter again he had better watch his back.', site: 'x' }, { tab: 99 });
  const shortMs = ms(t);
  if (reply.kind !== 'verdict' || !reply.verdict.nudge) throw new Error('bench: the one-line draft got no nudge');
  await Promise.all(bigs);
  return { big, bigChars: chars, shortMs, allMs: ms(start) };
}

export async function benchScale(out: (line: string) => void): Promise<void> {
  out('\nMany names in one pack (bexton with N aliases and N staff names; ms)');
  out(`${'names'.padStart(8)}  ${'first verdict'.padStart(14)}  ${'later (median)'.padStart(15)}  ${'100,000 chars'.padStart(14)}`);
  for (const row of benchManyNames()) {
    out(`${String(row.names).padStart(8)}  ${fmt(row.first).padStart(14)}  ${fmt(row.later).padStart(15)}  ${fmt(row.long).padStart(14)}`);
  }
  out('\nMany chosen schools (one verdict over all of them; ms, and how many schools were judged in full)');
  out(`${'schools'.padStart(8)}  ${'chars'.padStart(10)}  ${'ms'.padStart(8)}  ${'judged'.padStart(7)}  each school in full, ms`);
  for (const row of benchManySchools()) {
    const every = row.everyMs === undefined ? '' : fmt(row.everyMs);
    out(`${String(row.schools).padStart(8)}  ${String(row.chars).padStart(10)}  ${fmt(row.ms).padStart(8)}  ${String(row.judged).padStart(7)}  ${every}`);
  }
  const wait = await benchWait();
  out(
    `\nA one-line draft sent while ${wait.big} drafts of ${wait.bigChars.toLocaleString('en-GB')} characters from other tabs ` +
      `wait in the worker: answered in ${fmt(wait.shortMs)} ms; the ${wait.big} big drafts in ${fmt(wait.allMs)} ms in all`,
  );
}
