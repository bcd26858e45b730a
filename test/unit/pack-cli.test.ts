import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLocated, readPackJson } from '../../src/packs/locate';

const EXAMPLE = 'docs/examples/ashdown.json';
const EXAMPLE_DRAFTS = 'docs/examples/ashdown-drafts.jsonl';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/pack.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const example = (): Record<string, unknown> => JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;

describe('npm run pack', () => {
  it('is the script package.json runs', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pack).toBe('tsx scripts/pack.ts');
  });

  it('validate: accepts the worked example in docs/packs.md and sums it up', () => {
    const { status, stdout, stderr } = run(['validate', EXAMPLE]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('a valid pack for Ashdown Primary School (id "ashdown"; the nudge says "Raise it with Ashdown")');
    expect(stdout).toContain('does not check: personal_info, confidential, photo, impersonation, staff_conduct');
    expect(stdout).toContain("parents' route: the school office (https://www.ashdown-primary.example/concerns, office@ashdown-primary.example)");
  });

  it('validate: says what each reader is told where a route has no address (parents may add one; staff may not)', () => {
    const pack = example() as { routes: Record<'parent' | 'staff', Record<string, unknown>> };
    const bare = (route: Record<string, unknown>) => Object.fromEntries(Object.entries(route).filter(([key]) => key !== 'url' && key !== 'email'));
    const file = write('no-addresses.json', JSON.stringify({ ...pack, routes: { parent: bare(pack.routes.parent), staff: bare(pack.routes.staff) } }, null, 2));
    const { status, stdout } = run(['validate', file]);
    expect(status).toBe(0);
    expect(stdout).toContain("parents' route: the school office (no web address or e-mail: parents are asked to add one)");
    expect(stdout).toMatch(/staff route: the headteacher \(no web address or e-mail: staff are told "[^"]+"\)/);
    expect(stdout).not.toContain('users are asked');
  });

  /** "FILE:LINE:COLUMN" of the first place `needle` stands in `text` (1-based, as editors count). */
  const at = (file: string, text: string, needle: string, from = 0): string => {
    const offset = text.indexOf(needle, from);
    if (offset < 0) throw new Error(`${needle} is not in the pack`);
    const before = text.slice(0, offset).split('\n');
    return `${file}:${before.length}:${(before.at(-1) ?? '').length + 1}`;
  };

  it('validate: warns of a shortName over 30 characters, at its value, and still accepts the pack', () => {
    // 57 characters wrapped the note's button onto three lines at 360 px (from the fresh-eyes review).
    const long = 'St Mary Magdalene and St John the Evangelist CE VA Primary';
    const text = JSON.stringify({ ...example(), shortName: long }, null, 2);
    const file = write('long-name.json', text);
    const { status, stdout, stderr } = run(['validate', file]);
    expect(status).toBe(0);
    expect(stdout).toContain(`the nudge says "Raise it with ${long}"`);
    expect(stderr).toBe(
      `${at(file, text, `"${long}"`)}: warning: shortName is ${[...long].length} characters: it labels the note's button ("Raise it with ${long}") ` +
        'and fields, and about 25 reads well on a phone\n',
    );
    const thirty = write('thirty.json', JSON.stringify({ ...example(), shortName: 'St Mary Magdalene & St John CE' }, null, 2));
    expect(run(['validate', thirty])).toMatchObject({ status: 0, stderr: '' });
  });

  it('validate: warns of threats or hate switched off, a staff name anyone could have, a bare title, names given twice, and aliases that name no school, each at its line and column, and still accepts the pack', () => {
    // From fresh-eyes reviews: each was accepted without a word (a bare "Jake" in the staff list made a pupil's name a
    // teacher's, and a post about him a threat), and warnings said no line or column though errors do.
    const pack = example();
    const rules = pack.rules as Record<string, { enabled: boolean }>;
    (rules.threat as { enabled: boolean }).enabled = false;
    delete rules.hate;
    pack.staff = ['Mrs Okafor', 'Jake', 'Mr Patel', 'mr  patel', 'Mr. Patel', 'Sir', 'Miss'];
    pack.aliases = [...(pack.aliases as string[]), 'The School', 'ashdown', 'the head', 'my son\u2019s school', "My daughter's school", "my child's school", 'Mr Patel'];
    const text = JSON.stringify(pack, null, 2);
    const file = write('warnings.json', text);
    const { status, stdout, stderr } = run(['validate', file]);
    expect(status).toBe(0);
    expect(stdout).toContain('a valid pack for Ashdown Primary School');
    const staffAt = text.lastIndexOf('"staff"');
    expect(stderr.trim().split('\n')).toEqual([
      `${at(file, text, '"The School"')}: warning: aliases[4] "The School" is what people call any school, not this one: it makes no draft more about this school`,
      `${at(file, text, '"ashdown"', text.indexOf('"aliases"'))}: warning: aliases[5] "ashdown" is also aliases[0]`,
      `${at(file, text, '"the head"')}: warning: aliases[6] "the head" is what people call the head of any school, not a name for this one: an alias should name the school`,
      `${at(file, text, '"my son\u2019s school"')}: warning: aliases[7] "my son\u2019s school" is what any parent calls their child's school, not a name for this one: an alias should name the school`,
      `${at(file, text, '"My daughter\'s school"')}: warning: aliases[8] "My daughter's school" is what any parent calls their child's school, not a name for this one: an alias should name the school`,
      `${at(file, text, '"my child\'s school"')}: warning: aliases[9] "my child's school" is what any parent calls their child's school, not a name for this one: an alias should name the school`,
      `${at(file, text, '"Mr Patel"')}: warning: aliases[10] "Mr Patel" is also staff[2]: an alias is a name for the school itself, and a member of staff belongs in staff alone`,
      `${at(file, text, '{', text.indexOf('"rules"'))}: warning: rules.hate is left out: hateful posts will get no note at all for this school's users, wherever they are aimed (the settings page tells them this school's pack leaves them out)`,
      `${at(file, text, 'false', text.indexOf('"threat"'))}: warning: rules.threat is off: threats will get no note at all for this school's users, wherever they are aimed (the settings page tells them this school's pack leaves them out)`,
      `${at(file, text, '"Jake"', staffAt)}: warning: staff[1] "Jake" is one name without a title: a pupil or parent of that name would be read as staff, and a post about them as a post about a teacher; write it as people write it ("Mr Jake", "Mrs Jake")`,
      `${at(file, text, '"mr  patel"', staffAt)}: warning: staff[3] "mr  patel" is also staff[2]`,
      `${at(file, text, '"Mr. Patel"', staffAt)}: warning: staff[4] "Mr. Patel" is also staff[2]`,
      `${at(file, text, '"Sir"', staffAt)}: warning: staff[5] "Sir" is a title with no name: it names no one, and every "Sir" in a draft would be read as this member of staff; give the name with it, as people write it ("Mrs Okafor", "Mr Patel")`,
      `${at(file, text, '"Miss"', staffAt)}: warning: staff[6] "Miss" is a title with no name: it names no one, and every "Miss" in a draft would be read as this member of staff; give the name with it, as people write it ("Mrs Okafor", "Mr Patel")`,
    ]);
  });

  it("validate: runs the pack's own phrases against their cases, and says which case or phrase fails", () => {
    expect(run(['validate', EXAMPLE]).stdout).toContain('its own phrases: complaint 2; every case passes');
    const pack = example();
    const complaint = (pack.rules as Record<string, { phrases: string[]; cases: { fires: string[]; quiet: string[] } }>).complaint;
    if (!complaint) throw new Error('the example has no complaint rule');
    complaint.phrases.push('ashdown (zoo | circus)');
    complaint.cases.quiet.push('Trashdown was my nickname at school, long story.');
    complaint.cases.fires.push('The weather at the beach was lovely.');
    const file = write('phrases.json', JSON.stringify(pack, null, 2));
    const { status, stdout, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toContain('its own phrases: complaint 3; 3 cases fail');
    expect(stderr.trim().split('\n')).toEqual([
      `${file}: rules.complaint.cases.fires: "The weather at the beach was lovely." is found by none of the phrases`,
      `${file}: rules.complaint.cases.quiet: "Trashdown was my nickname at school, long story." is found by a phrase`,
      `${file}: rules.complaint.phrases: "ashdown (zoo | circus)" finds none of the fires drafts`,
    ]);
  });

  it('validate: refuses a phrase that is not in the phrase language, at its line', () => {
    const pack = example();
    (pack.rules as Record<string, { phrases: string[] }>).complaint?.phrases.push('(trashdown | ashdump');
    const text = JSON.stringify(pack, null, 2);
    const file = write('bad-phrase.json', text);
    const { status, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    const line = text.slice(0, text.indexOf('"(trashdown | ashdump"')).split('\n').length;
    expect(stderr).toContain(`${file}:${line}:9: rules.complaint.phrases.2 is not a phrase: missing ")" at column 21 of "(trashdown | ashdump"`);
  });

  it('validate: names the file, line and column of each problem, and exits 1', () => {
    const pack = example();
    const rules = pack.rules as Record<string, { clause: Record<string, unknown> }>;
    (rules.threat as { clause: Record<string, unknown> }).clause.quote = 42;
    delete (pack.routes as Record<string, unknown>).staff;
    (pack.rules as Record<string, unknown>).gossip = { enabled: true };
    const text = JSON.stringify(pack, null, 2);
    const file = write('broken.json', text);
    const { status, stdout, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const errors = stderr.trim().split('\n');
    expect(errors).toContain(`${file}:${lineOf('"quote": 42')}:9: rules.threat.clause.quote must be a string`);
    expect(errors).toContain(`${file}:${lineOf('"routes"')}:3: routes.staff is missing`);
    expect(errors).toContain(`${file}:${lineOf('"gossip"')}:5: rules.gossip is not a known field`);
    expect(errors.at(-1)).toBe(`${file}: not a valid pack (3 problems)`);
  });

  it('validate: names every unknown field in one run, top to bottom, each at its line', () => {
    const text = readFileSync(EXAMPLE, 'utf8')
      .replace('"shortName"', '"shortname"')
      .replace('"aliases"', '"alias"')
      .replace('"quote": "Threatening', '"qoute": "Threatening')
      .replace('"instruction": "Raise work concerns', '"instructoin": "Raise work concerns');
    // Each replacement above must have found its field, or the test proves nothing.
    expect(text.match(/"shortname"|"alias"|"qoute"|"instructoin"/g)).toHaveLength(4);
    const file = write('typos.json', text);
    const { status, stdout, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const at = (needle: string): string => {
      const before = text.slice(0, text.indexOf(needle));
      return `${file}:${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
    };
    expect(stderr.trim().split('\n')).toEqual([
      `${at('"shortname"')}: shortname is not a known field: did you mean shortName?`,
      `${at('"alias"')}: alias is not a known field: did you mean aliases?`,
      `${at('"instructoin"')}: routes.staff.instructoin is not a known field: did you mean instruction?`,
      `${at('"qoute"')}: rules.threat.clause.qoute is not a known field: did you mean quote?`,
      `${file}: not a valid pack (4 problems)`,
    ]);
  });

  /** Validates the example with `from` replaced by `to`: one problem, at the line of `token`, column 3. */
  const oneProblem = (name: string, from: string, to: string, token: string, message: string): void => {
    const text = readFileSync(EXAMPLE, 'utf8').replace(from, to);
    const file = write(name, text);
    const line = text.slice(0, text.indexOf(token)).split('\n').length;
    expect(run(['validate', file])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `${file}:${line}:3: ${message}\n${file}: not a valid pack (1 problem)\n`,
    });
  };

  it('validate: with one unknown field, says it as before', () => {
    oneProblem('one-unknown.json', '"aliases"', '"colour": "blue",\n  "aliases"', '"colour"', 'colour is not a known field');
  });

  it('validate: says a misspelt field once, where it is, and not that the field it meant is missing', () => {
    oneProblem('one-typo.json', '"aliases"', '"alias"', '"alias"', 'alias is not a known field: did you mean aliases?');
  });

  it('validate: points at a JSON syntax error', () => {
    const file = write('syntax.json', '{\n  "schemaVersion": 1,\n  "id": "ashdown"\n  "name": "Ashdown"\n}\n');
    const { status, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file}:4:3: This is not valid JSON: expected "," or "}" but found """`);
  });

  it('test: prints a verdict per record and a summary, and exits 0 when every expectation matches', () => {
    const { status, stdout } = run(['test', EXAMPLE, EXAMPLE_DRAFTS]);
    expect(stdout.trim().split('\n')).toEqual([
      '✓ thanks: quiet',
      '✓ lost-coat: quiet',
      expect.stringMatching(/^✓ complaint: nudge (low|medium|high): .*complaint/),
      expect.stringMatching(/^✓ threat: nudge high: .*threat/),
      '  unlabelled: quiet',
      '',
      '5 records checked against Ashdown Primary School; 4 with "expect": 4 match, 0 do not.',
    ]);
    expect(status).toBe(0);
  });

  it('test: shows what was expected of a record that does not match, skips other schools, and exits 1', () => {
    const corpus = write(
      'corpus.jsonl',
      [
        JSON.stringify({ id: 'praise', text: 'Well done to everyone at Ashdown for the nativity!', expect: 'nudge' }),
        JSON.stringify({ id: 'photo', text: 'Ashdown never answer emails, the office staff are useless.', expect: 'nudge', categories: ['photo'] }),
        JSON.stringify({ id: 'elsewhere', text: 'Bexton is useless', school: 'bexton', expect: 'nudge' }),
        JSON.stringify({ id: 'fine', text: 'Lovely assembly at Ashdown today.', expect: 'quiet' }),
      ].join('\n'),
    );
    const { status, stdout } = run(['test', EXAMPLE, corpus]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('✗ praise: quiet (expected nudge)');
    expect(lines[1]).toMatch(/^✗ photo: nudge \w+: .* \(expected nudge naming photo\)$/);
    expect(lines[2]).toBe('✓ fine: quiet');
    expect(lines.at(-1)).toBe(
      '3 records checked against Ashdown Primary School; 3 with "expect": 1 matches, 2 do not; 1 skipped (written for another school).',
    );
    expect(status).toBe(1);
  });

  it('test: reports a malformed record by line and exits 1', () => {
    const corpus = write('malformed.jsonl', `${JSON.stringify({ id: 'ok', text: 'Lovely day.', expect: 'quiet' })}\n{"text": 5}\nnot json\n`);
    const { status, stdout } = run(['test', EXAMPLE, corpus]);
    expect(stdout).toContain(`! ${corpus}:2: line 2: "text" must be a string`);
    expect(stdout).toMatch(new RegExp(`! ${corpus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`));
    expect(stdout).toContain('1 with "expect": 1 matches, 0 do not; 2 malformed.');
    expect(status).toBe(1);
  });

  it('test: refuses an invalid pack before reading any draft', () => {
    const file = write('bad.json', '{"schemaVersion": 2}');
    const { status, stdout, stderr } = run(['test', file, EXAMPLE_DRAFTS]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}:1:2: schemaVersion must be 1`);
  });

  it('validate: refuses a file nested 20,000 levels deep with a located error, not a stack trace', () => {
    const text = `{"schemaVersion": 1, "aliases": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const file = write('deep.json', text);
    const { status, stdout, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    // The 17th list or object to open: the object, then the 16th "[".
    expect(stderr).toContain(`${file}:1:${text.indexOf('[') + 15 + 1}: This is not a pack: lists and objects nest more than 16 deep (a pack needs 4)`);
    expect(stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('validate: reports the first 50 of 30,001 problems, counts the rest, and gives the total', () => {
    const pack = example();
    pack.aliases = Array.from({ length: 30_000 }, () => 7);
    const file = write('many.json', JSON.stringify(pack));
    const { status, stderr } = run(['validate', file]);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(52);
    const at = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: `);
    // The list is too long, and its items are not names: both at once.
    expect(lines[0]).toMatch(new RegExp(`${at.source}aliases must list at most 100 names$`));
    expect(lines[1]).toMatch(new RegExp(`${at.source}aliases.0 must be a string$`));
    expect(lines[50]).toBe(`${file}: and 29,951 more problems`);
    expect(lines[51]).toBe(`${file}: not a valid pack (30,001 problems)`);
  });

  it('validate: accepts a file that starts with a UTF-8 byte-order mark', () => {
    const file = write('bom.json', `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    const { status, stderr } = run(['validate', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.each([
    [[], 'Usage:'],
    [['frobnicate', EXAMPLE], 'unknown command "frobnicate"'],
    [['validate'], 'validate takes one pack file'],
    [['test', EXAMPLE], 'test takes a pack file and a corpus'],
    [['validate', 'no/such/pack.json'], 'no/such/pack.json: no such file'],
  ])('usage error %j exits 2', (args, message) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout + stderr).toContain(message);
  });
});

describe('readPackJson', () => {
  it('reads a valid pack', () => {
    const read = readPackJson(readFileSync(EXAMPLE, 'utf8'));
    expect(read.ok && read.pack.shortName).toBe('Ashdown');
  });

  it('gives a line and column for each problem, pointing a missing field at the object that should hold it', () => {
    const read = readPackJson('{\n  "schemaVersion": 1,\n  "id": "ash",\n  "policy": {}\n}');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const lines = read.errors.map(formatLocated);
    expect(lines).toContain('line 4, column 3: policy.title is missing');
    expect(lines).toContain('line 1, column 1: name is missing');
  });

  it('reads a pack that starts with a byte-order mark, and locates errors as an editor shows them', () => {
    const read = readPackJson(`\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    expect(read.ok && read.pack.id).toBe('ashdown');
    const broken = readPackJson('\uFEFF{"schemaVersion": 2}');
    expect(!broken.ok && broken.errors.map(formatLocated)).toContain('line 1, column 2: schemaVersion must be 1');
  });

  it.each([
    ['lists', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'line 1, column 17'],
    ['objects', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, 'line 1, column 81'],
  ])('refuses %s nested 20,000 deep, saying where, without throwing', (_what, source, place) => {
    const read = readPackJson(source);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.errors.map(formatLocated)).toEqual([`${place}: This is not a pack: lists and objects nest more than 16 deep (a pack needs 4)`]);
    }
  });

  it('refuses a pack larger than 512 KB before reading it', () => {
    const pack = example();
    pack.staff = Array.from({ length: 30_000 }, (_, i) => `Mrs Teacher Number ${i}`);
    const read = readPackJson(JSON.stringify(pack));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map(formatLocated)).toEqual([expect.stringMatching(/^This pack is \d+ KB; a pack may be at most 512 KB$/)]);
  });

  it('locates only the first 50 problems and counts the rest', () => {
    const pack = example();
    pack.staff = Array.from({ length: 30_000 }, () => null);
    const read = readPackJson(JSON.stringify(pack, null, 1));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.total).toBe(30_001);
    expect(read.errors).toHaveLength(51);
    expect(read.errors[0]?.message).toBe('staff must list at most 1,000 names');
    expect(read.errors[49]?.place?.line).toBeGreaterThan(1);
    expect(read.errors.at(-1)).toEqual({ message: 'and 29,951 more problems' });
  });

  it("asks refuse about a pack with other problems too, so that a taken id is said beside them", () => {
    const source = readFileSync(EXAMPLE, 'utf8').replace('"shortName"', '"shortname"');
    const taken = (pack: { id: string }) => (pack.id === 'ashdown' ? [{ path: ['id'], text: 'id "ashdown" is already used' }] : []);
    const read = readPackJson(source, { refuse: taken });
    expect(!read.ok && read.errors.map(formatLocated)).toEqual([
      'line 3, column 3: id "ashdown" is already used',
      'line 5, column 3: shortname is not a known field: did you mean shortName?',
    ]);
    // An id that is wrong in itself is said as that, and no more is asked of it.
    const asked: string[] = [];
    const wrongId = readPackJson(source.replace('"id": "ashdown"', '"id": "Ashdown"'), { refuse: (pack) => (asked.push(pack.id), []) });
    expect(!wrongId.ok && wrongId.errors.map(formatLocated)).toEqual([
      'line 3, column 3: id must be lower-case letters, digits and hyphens',
      'line 5, column 3: shortname is not a known field: did you mean shortName?',
    ]);
    expect(asked).toEqual([]);
  });

  it('lists problems top to bottom, as the file has them, even where JavaScript orders the keys otherwise', () => {
    // JSON.parse puts a key such as "7" before the others; the file has it last.
    const source = readFileSync(EXAMPLE, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 2').replace(/\}\s*$/, ',\n  "7": true,\n  "colour": "blue"\n}\n');
    const read = readPackJson(source);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const last = source.split('\n').length - 1;
    expect(read.errors.map(formatLocated)).toEqual([
      'line 2, column 3: schemaVersion must be 1',
      `line ${last - 2}, column 3: 7 is not a known field`,
      `line ${last - 1}, column 3: colour is not a known field`,
    ]);
  });

  it.each([
    ['', 'line 1, column 1: This is not valid JSON: expected a value'],
    ['{"id": "a\nb"}', 'line 1, column 10: This is not valid JSON: a string must not run across lines'],
    ['{"id": "ash",}', 'line 1, column 14: This is not valid JSON: expected a string in double quotes'],
    ['{"id": "ash"} x', 'line 1, column 15: This is not valid JSON: expected the end of the text after the pack'],
    ['[1, 2]', 'pack must be an object, not a list'],
  ])('locates %j', (source, message) => {
    const read = readPackJson(source);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map(formatLocated).join('\n')).toContain(message);
  });
});
