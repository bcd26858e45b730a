import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/engine/context';
import { normalise } from '../../src/engine/normalise';
import { findNames, findPackNames, nameStats, prepareNames } from '../../src/engine/pack-names';
import type { Pack } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

const bexton = getBundledPack('bexton') as Pack;

function packWith(id: string, aliases: string[], staff: string[] = []): Pack {
  return { ...bexton, id, name: `${id} School`, shortName: id, aliases, staff };
}

/** What the context did before: one alternation of every name, longest first, and a substring test per handle. */
function reference(pack: Pack, text: string): { start: number; end: number }[] {
  const words = new Set<string>();
  const handles: string[] = [];
  for (const raw of [pack.name, pack.shortName, ...pack.aliases, ...(pack.staff ?? [])]) {
    const folded = normalise(raw).text.trim();
    if (folded.length < 2 || folded === 'your school') continue;
    words.add(folded);
    const compact = folded.replace(/^@/, '').replace(/[^a-z0-9]/g, '');
    if (compact.length >= 4 && !handles.includes(compact)) handles.push(compact);
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const list = [...words].sort((a, b) => b.length - a.length).map(escape);
  const out: { start: number; end: number }[] = [];
  if (list.length > 0) {
    const re = new RegExp(`(?<![a-z0-9])(?:${list.join('|')})(?![a-z0-9])`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (handles.length > 0) {
    const re = /@[a-z0-9_]{3,}/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (handles.some((h) => m[0].includes(h))) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `count` distinct staff names ("Mrs Aab", "Mrs Aac", …), none of which a draft of ordinary words holds. */
function manyNames(count: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, i) => {
    let word = '';
    for (let n = i + 26 * 26; n > 0; n = Math.floor(n / 26)) word = (letters[n % 26] as string) + word;
    return `Mrs Q${word}`;
  });
}

describe('school names in a draft', () => {
  it('finds the same names and handles as one alternation of them all did', () => {
    const word = fc.constantFrom('bex', 'bexton', 'primary', 'st', 'mrs', 'shah', 'year', '6', 'the');
    const sep = fc.constantFrom(' ', '.', "'", '-', '');
    const phrase = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([w, s]) => w + s).join('').trim());
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(phrase, fc.constantFrom('@bextonprimary_pta', '@thebexton', 'xbexton', ', ', '\n')), { maxLength: 20 }),
        (aliases, parts) => {
          const pack = packWith('bexton', aliases, ['Mrs Shah']);
          const text = normalise(parts.join(' ')).text;
          expect(findPackNames(pack, text).refs).toEqual(reference(pack, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('prepares 20,000 names once, and finding them costs the same steps as finding 1,000', () => {
    const draft = normalise('Mrs Shah and Mr Okafor at Bexton said the trip is off. @BextonPrimary '.repeat(200)).text;
    const steps = (count: number) => {
      const pack = packWith(`many-${count}`, ['Bexton Primary'], manyNames(count));
      const before = { ...nameStats };
      prepareNames([pack]);
      const afterPreparing = nameStats.prepared;
      findPackNames(pack, draft);
      findPackNames(pack, draft);
      return { prepared: afterPreparing - before.prepared, again: nameStats.prepared - afterPreparing, steps: (nameStats.steps - before.steps) / 2 };
    };
    const few = steps(1_000);
    const many = steps(20_000);
    expect(few).toMatchObject({ prepared: 1, again: 0 });
    expect(many).toMatchObject({ prepared: 1, again: 0 });
    // The walk reads the draft's words, not the list of names: twenty times the names, about the same steps (a
    // handle is also tried at each distinct length of name that starts there, one more here).
    expect(many.steps).toBeLessThan(few.steps * 1.2);
    expect(many.steps).toBeLessThan(draft.length);
  });

  it('does not prepare the same names again for a new pack object with the same names', () => {
    const pack = packWith('copyable', ['Copyable Primary', '@CopyablePrimary'], manyNames(100));
    prepareNames([pack]);
    const before = nameStats.prepared;
    // A category muted (a new pack object sharing the lists), and the same pack read again from storage.
    const muted: Pack = { ...pack, rules: { ...pack.rules, complaint: { ...(pack.rules.complaint as NonNullable<Pack['rules']['complaint']>), enabled: false } } };
    const reread = structuredClone(pack);
    for (const each of [pack, muted, reread, muted, reread]) findPackNames(each, 'copyable primary');
    expect(nameStats.prepared).toBe(before);
  });

  it("finds every school's names in one pass, as each school's own search would", () => {
    const schools = [
      packWith('bexton', ['Bexton Primary', '@BextonPrimary'], ['Mrs Shah']),
      packWith('bradgate', ['Bradgate', 'Bexton Primary School'], ['Mrs Shah', 'Mr Okafor']),
      packWith('castle', ['Castle Hill'], []),
    ];
    const text = normalise('Mrs Shah at Bexton Primary School told Mr Okafor; @bextonprimary and Castle Hill agree. Bradgate!').text;
    const together = findNames(prepareNames(schools), text);
    schools.forEach((school, i) => expect(together[i]).toEqual(findPackNames(school, text)));
    expect(together.map((found) => found.refs.length)).toEqual([4, 4, 1]);
  });

  it("tells the school's own names from its staff's, for the impersonation rule", () => {
    const pack = packWith('bexton', ['Bexton Primary'], ['Mrs Shah']);
    const draft = buildContext(normalise('Mrs Shah made a page called Bexton Primary News'), pack, 'parent');
    expect(draft.namesSchoolWithin(0, draft.text.length)).toBe(true);
    expect(draft.namesSchoolWithin(0, 20)).toBe(false);
    expect(draft.schoolRefs.length).toBeGreaterThanOrEqual(2);
  });
});
