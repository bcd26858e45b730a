/**
 * What `pack validate` warns of without refusing a pack (src/packs/warnings.ts), each warning's words and the value it
 * points at, and where that value is in the file (src/packs/locate.ts, valuePlaces). test/unit/pack-cli.test.ts runs
 * the command on a file and checks the FILE:LINE:COLUMN it prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/engine/types';
import { parsePack } from '../../src/packs';
import { valuePlaces } from '../../src/packs/locate';
import { packWarnings } from '../../src/packs/warnings';

const EXAMPLE = JSON.parse(readFileSync('docs/examples/ashdown.json', 'utf8')) as Record<string, unknown>;

/** The worked example in docs/packs.md with `change` made to it. */
function pack(change: Partial<Pack> = {}): Pack {
  const parsed = parsePack({ ...EXAMPLE, ...change });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.pack;
}

const warned = (change: Partial<Pack>) => packWarnings(pack(change));

describe('pack validate warnings', () => {
  it('says nothing of the worked example', () => {
    expect(packWarnings(pack())).toEqual([]);
  });

  it('a bare title in staff gets its own message, not "Mr Sir"', () => {
    // From a fresh-eyes review: "Sir" was told to be written "Mr Sir", "Mrs Sir"; "Miss", "Mr Miss".
    const warnings = warned({ staff: ['Sir', 'Miss', 'Mrs.', 'mr'] });
    expect(warnings.map((w) => w.path)).toEqual([['staff', 0], ['staff', 1], ['staff', 2], ['staff', 3]]);
    expect(warnings[0]?.message).toBe(
      'staff[0] "Sir" is a title with no name: it names no one, and every "Sir" in a draft would be read as this member of ' +
        'staff; give the name with it, as people write it ("Mrs Okafor", "Mr Patel")',
    );
    expect(warnings[1]?.message).toContain('staff[1] "Miss" is a title with no name');
    expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/"Mr (?:Sir|Miss|Mrs\.|mr)"/);
  });

  it('a one-word name keeps its advice: write it with a title', () => {
    expect(warned({ staff: ['Jake'] })).toEqual([
      {
        path: ['staff', 0],
        message:
          'staff[0] "Jake" is one name without a title: a pupil or parent of that name would be read as staff, and a post ' +
          'about them as a post about a teacher; write it as people write it ("Mr Jake", "Mrs Jake")',
      },
    ]);
    expect(warned({ staff: ['Mr Jake', 'Sir Jake', 'Miss. Jones', 'Jake Smith'] })).toEqual([]);
  });

  it('names given twice are compared with case, spacing, curly apostrophes and the full stops of titles set aside', () => {
    expect(warned({ staff: ['Mr Patel', 'Mr. Patel', 'mr  patel', 'Mr.Patel', 'Mrs Patel'] })).toEqual([
      { path: ['staff', 1], message: 'staff[1] "Mr. Patel" is also staff[0]' },
      { path: ['staff', 2], message: 'staff[2] "mr  patel" is also staff[0]' },
      { path: ['staff', 3], message: 'staff[3] "Mr.Patel" is also staff[0]' },
    ]);
    expect(warned({ aliases: ['Ashdown', "St. Mary's", 'St Mary\u2019s', 'ASHDOWN'] })).toEqual([
      { path: ['aliases', 2], message: 'aliases[2] "St Mary\u2019s" is also aliases[1]' },
      { path: ['aliases', 3], message: 'aliases[3] "ASHDOWN" is also aliases[0]' },
    ]);
    // A handle's full stop is part of it.
    expect(warned({ aliases: ['ashdown.sch', 'ashdownsch'] })).toEqual([]);
  });

  it('an alias every school shares: the school, the head, my son\'s school and the like', () => {
    const aliases = ['Ashdown', 'The School', 'the head', 'The Headteacher', 'my son\u2019s school', "My daughter's school", "my child's school", "our kids' school", 'Ashdown Primary'];
    const warnings = warned({ aliases });
    expect(warnings.map((w) => w.path)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => ['aliases', i]));
    expect(warnings.map((w) => w.message)).toEqual([
      'aliases[1] "The School" is what people call any school, not this one: it makes no draft more about this school',
      'aliases[2] "the head" is what people call the head of any school, not a name for this one: an alias should name the school',
      'aliases[3] "The Headteacher" is what people call the head of any school, not a name for this one: an alias should name the school',
      'aliases[4] "my son\u2019s school" is what any parent calls their child\'s school, not a name for this one: an alias should name the school',
      'aliases[5] "My daughter\'s school" is what any parent calls their child\'s school, not a name for this one: an alias should name the school',
      'aliases[6] "my child\'s school" is what any parent calls their child\'s school, not a name for this one: an alias should name the school',
      'aliases[7] "our kids\' school" is what any parent calls their child\'s school, not a name for this one: an alias should name the school',
    ]);
    // Words that make a school's name are not warned of in one.
    expect(warned({ aliases: ['Ashdown School', 'Head Street School', "St Mary's School"] })).toEqual([]);
  });

  it('an alias that is a staff name', () => {
    expect(warned({ staff: ['Mrs Okafor', 'Mr Patel'], aliases: ['Ashdown', 'mr. patel'] })).toEqual([
      {
        path: ['aliases', 1],
        message: 'aliases[1] "mr. patel" is also staff[1]: an alias is a name for the school itself, and a member of staff belongs in staff alone',
      },
    ]);
  });

  it('threats or hate switched off point at "enabled"; left out, at the rules', () => {
    const rules = (EXAMPLE.rules ?? {}) as Pack['rules'];
    const withoutHate = { ...rules };
    delete withoutHate.hate;
    const threat = { ...(rules.threat as NonNullable<Pack['rules']['threat']>), enabled: false };
    expect(warned({ rules: { ...withoutHate, threat } })).toEqual([
      {
        path: ['rules', 'threat', 'enabled'],
        message:
          "rules.threat is off: threats will get no note at all for this school's users, wherever they are aimed (the settings " +
          "page tells them this school's pack leaves them out)",
      },
      {
        path: ['rules'],
        message:
          "rules.hate is left out: hateful posts will get no note at all for this school's users, wherever they are aimed " +
          "(the settings page tells them this school's pack leaves them out)",
      },
    ]);
  });

  it('a long shortName points at shortName', () => {
    expect(warned({ shortName: 'St Mary Magdalene and St John the Evangelist CE' })[0]?.path).toEqual(['shortName']);
  });
});

describe('valuePlaces', () => {
  const text = '\uFEFF{\n  "id": "x",\n  "staff": [\n    "Sir",\n  "Mr Patel"],\n  "rules": {"threat": {"enabled": false}}\n}';

  it('says the line and column each value starts at, as errors are placed (a byte-order mark is no column)', () => {
    const placeOf = valuePlaces(text);
    expect(placeOf?.(['id'])).toEqual({ line: 2, column: 9 });
    expect(placeOf?.(['staff', 0])).toEqual({ line: 4, column: 5 });
    expect(placeOf?.(['staff', 1])).toEqual({ line: 5, column: 3 });
    expect(placeOf?.(['rules', 'threat', 'enabled'])).toEqual({ line: 6, column: 35 });
  });

  it('places a value that is not there at the nearest value that would hold it', () => {
    expect(valuePlaces(text)?.(['rules', 'hate'])).toEqual({ line: 6, column: 12 });
    expect(valuePlaces(text)?.(['aliases', 0])).toEqual({ line: 1, column: 1 });
  });

  it('gives nothing for text that is not JSON', () => {
    expect(valuePlaces('{"id": ')).toBeUndefined();
  });
});
