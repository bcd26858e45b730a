// Word lists filed by first word (src/engine/keyed.ts) find exactly what one `\b(?:a|b|…)\b` alternation finds.
import { describe, expect, it } from 'vitest';
import { KeyedLists } from '../../src/engine/keyed';
import { fileList, firstWords } from '../../src/engine/keyed-files';
import { CONTEXT_LISTS } from '../../src/engine/lexicon';
import { normalise } from '../../src/engine/normalise';

const alternation = (list: readonly string[], text: string): string[] => {
  const re = new RegExp(`\\b(?:${list.join('|')})\\b`, 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
};
const keyed = (lists: readonly (readonly string[])[], list: number, text: string): string[] => {
  const out: string[] = [];
  new KeyedLists(lists).read(text).forEach(list, (m) => out.push(`${m.index}:${m[0]}`));
  return out;
};

describe('first words of an alternative', () => {
  it('spells out optional letters, groups and small sets, digits as one "0"', () => {
    expect([...(firstWords('head ?teachers?') ?? [])].sort()).toEqual(['head', 'headteacher', 'headteachers']);
    expect([...(firstWords('y\\d{1,2}s?') ?? [])].sort()).toEqual(['y0', 'y0s']);
    expect([...(firstWords('(?:vice[- ]principal|after-?school)') ?? [])].sort()).toEqual(['after', 'afterschool', 'vice']);
    expect([...(firstWords("(?:son|kid)'?s class") ?? [])].sort()).toEqual(['kid', 'kids', 'son', 'sons']);
  });

  it('gives up (the alternative is tried at every word) where the first word is any run of letters', () => {
    expect(firstWords('[a-z]+ primary')).toBeNull();
    expect(firstWords('\\w+ school')).toBeNull();
    expect(firstWords("'s")).toBeNull();
  });
});

describe('KeyedLists', () => {
  const lists = [['head ?teachers?', 'heads? of year(?: \\d+)?', 'y\\d{1,2}s?', 'teachers?', 'teaching assistants?', '[a-z]+ academy'], ['a&e', 'the match', 'ref']];
  const texts = [
    'The head teacher and the headteachers met the head of year 10 and the heads of year.',
    'y6 and y10s, yr 7, y100 and 4c; head-teacher, teacher\'s pet, "teachers"',
    'our teaching assistant went to a&e after the match; the ref and the referee',
    'castle hill academy and the academy, academyteachers and teachers',
    '',
    '!!!',
  ];
  it('finds what the alternation finds, in the same order, at the same places', () => {
    for (const text of texts) for (const [i, list] of lists.entries()) expect(keyed(lists, i, text), text).toEqual(alternation(list, text));
  });

  it('finds what the context lists find as one alternation, on drafts of every shape', () => {
    const drafts = [
      "My son's teacher told the office lady and the woman in the office; the SENCO said Year 4s and the Y6 class teacher agree.",
      'Shout out to the lollipop lady and the dinner ladies!! Council roadworks again, the bus company is useless.',
      'deputy head and the deputies, assistant heads, vice-principal, the head of maths and the head of year 11',
      'my class were lovely today, one of my year 9s made parents evening fun, the kids and colleagues too',
    ].map((d) => normalise(d).text);
    for (const text of drafts) for (const [i, list] of CONTEXT_LISTS.entries()) expect(keyed(CONTEXT_LISTS, i, text)).toEqual(alternation(list, text));
  });

  it('reads its files from ahead of time the same as it works them out', () => {
    const text = 'the head of year 10 and the y6 teacher';
    const ahead = new KeyedLists(lists, lists.map(fileList)).read(text);
    const out: string[] = [];
    ahead.forEach(0, (m) => out.push(`${m.index}:${m[0]}`));
    expect(out).toEqual(alternation(lists[0] as string[], text));
    expect(() => new KeyedLists(lists, [])).toThrow(/one file per list/);
    // Files made from an older version of a list are not used: matches stay those of the list as it is.
    const older = lists.map((l) => fileList(l.slice(1)));
    const fresh: string[] = [];
    new KeyedLists(lists, older).read(text).forEach(0, (m) => fresh.push(`${m.index}:${m[0]}`));
    expect(fresh).toEqual(alternation(lists[0] as string[], text));
  });
});
