import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeJsonl(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('check --jsonl', () => {
  it('prints one line per record, in order, with exactly the documented keys', () => {
    const file = writeJsonl('ok.jsonl', [
      JSON.stringify({ id: 'a', text: 'Mr Dane at Bexton is a useless prat.', school: 'bexton' }),
      JSON.stringify({ id: 'b', text: 'What time does the fair start on Saturday?' }),
      JSON.stringify({ id: 'c', text: 'When SLT decided to cancel PPA again. Love it here.', school: 'stoc', role: 'staff', site: 'x' }),
    ]);
    const { status, stdout } = run(['--jsonl', file]);
    expect(status).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['id', 'nudge', 'severity', 'categories', 'findings']);
      for (const f of row.findings as Record<string, unknown>[]) expect(Object.keys(f)).toEqual(['category', 'start', 'end', 'message']);
    }
    expect(rows[0]).toMatchObject({ nudge: true, severity: 'medium' });
    expect(rows[0]?.categories).toContain('abuse');
    expect(rows[1]).toEqual({ id: 'b', nudge: false, severity: 'none', categories: [], findings: [] });
    expect(rows[2]?.categories).toContain('staff_conduct');
  });

  it('marks a nudge held until posting, as documented', () => {
    const file = writeJsonl('held.jsonl', [JSON.stringify({ id: 'h', text: 'travellers ruin everything' })]);
    const { status, stdout } = run(['--jsonl', file]);
    expect(status).toBe(0);
    const row = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(row)).toEqual(['id', 'nudge', 'severity', 'categories', 'findings', 'onPost']);
    expect(row).toMatchObject({ nudge: true, categories: ['hate'], onPost: true });
    expect(run(['travellers ruin everything']).stdout).toMatch(/Verdict: nudge \(severity high\) — hate\nShown only on the way to posting/);
  });

  it('keeps one line per record when a line is bad, and exits non-zero naming the line', () => {
    const file = writeJsonl('bad.jsonl', [
      JSON.stringify({ id: 'a', text: 'Lovely assembly today.' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Hi', school: 'atlantis' }),
      JSON.stringify({ id: 'd', text: 'Thanks all' }),
    ]);
    const { status, stdout, stderr } = run(['--jsonl', file]);
    expect(status).toBe(1);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(4);
    expect(rows[1]?.error).toMatch(/line 2/);
    expect(rows[2]).toMatchObject({ id: 'c' });
    expect(rows[2]?.error).toMatch(/atlantis/);
    expect(rows[3]).toMatchObject({ id: 'd', nudge: false });
    expect(stderr).toMatch(/line 2/);
    expect(stderr).toMatch(/line 3.*atlantis/);
  });

  it('reads stdin and applies --school and --role defaults', () => {
    const input = `${JSON.stringify({ id: 1, text: 'Bexton is a shambles, three emails ignored and nobody cares.' })}\n`;
    const { status, stdout } = run(['--jsonl', '-', '--school', 'bexton', '--role', 'parent'], input);
    expect(status).toBe(0);
    const row = JSON.parse(stdout) as { id: unknown; nudge: boolean; categories: string[] };
    expect(row).toMatchObject({ id: 1, nudge: true });
    expect(row.categories).toContain('complaint');
  });

  it('refuses an unknown default school', () => {
    const { status, stderr } = run(['--jsonl', '-', '--school', 'atlantis'], '');
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown school "atlantis"/);
  });
});

describe('check with a draft', () => {
  it('prints a readable report with the words and the clause', () => {
    const { status, stdout } = run(['Mrs Platt at Bexton is a total jobsworth.', '--school', 'bexton']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Verdict: nudge/);
    expect(stdout).toMatch(/"jobsworth"/);
    expect(stdout).toMatch(/Posting negative\/offensive comments/);
  });

  it('has help', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/--jsonl FILE/);
  });

  it('explains a finding (rule, phrase, words) and a hit a guard dropped (rule, words, guard)', () => {
    const { status, stdout } = run(
      ['Here are some pics of the class at the school gala.', 'Took a photo of just my own son at school today.', '--explain'],
    );
    expect(status).toBe(0);
    const [first, second] = stdout.split(/(?=School: )/);
    expect(first).toMatch(/photo\.sharing-images found "pics of the class" with "\{MEDIA\} \(of \| with\) \{PHOTO_SUBJECT\}"/);
    expect(first).toMatch(/Model: any breach \d\.\d\d \(nudges from \d\.\d\d\)\n {2}Categories \(score \/ named from, once it nudges \/ found alone from\):\n {4}photo \d\.\d\d \/ \d\.\d\d \/ (never|\d\.\d\d)/);
    expect(second).toMatch(/Verdict: quiet/);
    expect(second).toMatch(/photo\.sharing-images dropped "took a photo" \(found with "[^"]+"\): unless: "\(just \| only\)/);
  });

  it('says which hits stand on their own: a rule marked alone, plain; the same words reported are evidence only', () => {
    const plain = run(["Mrs Hale's home number is 0161 496 0999, she deserves a few calls", '--school', 'bexton', '--explain']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/personal_info\.someones-own-number found "0161 496 0999" with "[^"]+" \(stands on its own\)/);
    const reported = run(['One of the mums wrote "Mrs Hale\'s home number is 0161 496 0999" in the class group', '--school', 'bexton', '--explain']);
    expect(reported.stdout).toMatch(/personal_info\.someones-own-number found "0161 496 0999" with "[^"]+" \(evidence only: quoted or reported\)/);
  });

  it('says when a short draft about no one is held back from a threat the model alone would find', () => {
    const { status, stdout } = run(["I'll be there at 3.", '--explain']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Verdict: quiet/);
    expect(stdout).toMatch(/threat \d\.\d\d \/ \d\.\d\d \/ \d\.\d\d \(short, about no one, and no threat rule read it: found only from 0\.90\)/);
  });
});

describe("check with a school's own pack", () => {
  const ashdown = 'docs/examples/ashdown.json';

  it('checks a draft against a pack file, which becomes the default school', () => {
    const { status, stdout, stderr } = run(['Ashdown never answer emails and the office staff are useless.', '--pack', ashdown]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^School: Ashdown Primary School \(ashdown\), role: parent/);
    expect(stdout).toMatch(/Verdict: nudge/);
    expect(stdout).toMatch(/https:\/\/www\.ashdown-primary\.example\/concerns/);
  });

  it("lets records name the pack file's school beside the bundled ones", () => {
    const input = [
      JSON.stringify({ id: 'own', text: 'Ashdown never answer emails and the office staff are useless.', school: 'ashdown' }),
      JSON.stringify({ id: 'bundled', text: 'Mr Dane at Bexton is a useless prat.', school: 'bexton' }),
    ].join('\n');
    const { status, stdout } = run(['--jsonl', '-', `--pack=${ashdown}`, '--school', 'generic'], input);
    expect(status).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; nudge: boolean });
    expect(rows.map((r) => [r.id, r.nudge])).toEqual([['own', true], ['bundled', true]]);
  });

  it("says a valid pack's warnings, located as pack validate locates them, and still checks the draft with it", () => {
    // A pack with threats switched off is taken as it is, but the admin trying it should hear what it leaves out.
    const pack = JSON.parse(readFileSync(ashdown, 'utf8')) as { rules: Record<string, { enabled: boolean }> };
    pack.rules.threat = { ...pack.rules.threat, enabled: false };
    const text = JSON.stringify(pack, null, 2);
    const file = join(dir, 'no-threats.json');
    writeFileSync(file, text);
    const { status, stdout, stderr } = run(['Ashdown never answer emails and the office staff are useless.', '--pack', file]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Verdict: nudge/);
    const warnings = stderr.trim().split('\n');
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) expect(line).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}(:\\d+:\\d+)?: warning: `));
    expect(stderr).toMatch(/threat/);
  });

  it('refuses a pack file that is not a valid pack, pointing at each problem, with exit status 2', () => {
    const pack = JSON.parse(readFileSync(ashdown, 'utf8')) as { routes: { parent: Record<string, unknown> } };
    pack.routes.parent.label = 42;
    const file = join(dir, 'broken-pack.json');
    writeFileSync(file, JSON.stringify(pack, null, 2));
    const { status, stdout, stderr } = run(['Hello', '--pack', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: routes\\.parent\\.label must be a string$`));
    expect(lines.at(-1)).toMatch(/^check: .*broken-pack\.json is not a valid pack \(1 problem/);
  });

  it('refuses two pack files with the same id', () => {
    const { status, stderr } = run(['Hello', '--pack', ashdown, '--pack', ashdown]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^check: .*both packs with id "ashdown"\n$/);
  });
});

describe('check usage and file errors', () => {
  const cases: [string, string[], RegExp][] = [
    ['a JSON Lines file that is not there', ['--jsonl', 'missing.jsonl'], /^check: missing\.jsonl: no such file$/],
    ['a folder given as the JSON Lines file', ['--jsonl', 'docs'], /^check: docs: is a folder, not a file$/],
    ['a pack file that is not there', ['Hello', '--pack', 'no/such/pack.json'], /^check: no\/such\/pack\.json: no such file$/],
    ['an unknown option', ['Hello', '--schol', 'bexton'], /^check: unknown option --schol \(see --help\)$/],
    ['an option without its value', ['Hello', '--school'], /^check: --school needs a value \(see --help\)$/],
    ['an unknown role', ['Hello', '--role', 'governor'], /^check: unknown role "governor" \(parent or staff\) \(see --help\)$/],
    ['an unknown school', ['Hello', '--school', './my-pack.json'], /^check: unknown school "\.\/my-pack\.json" \(known: .*generic\) \(see --help\)$/],
    ['a draft and --jsonl together', ['Hello', '--jsonl', '-'], /^check: give either --jsonl or a draft, not both \(see --help\)$/],
    ['--explain with --jsonl', ['--jsonl', '-', '--explain'], /^check: --explain is for drafts given one by one, not --jsonl \(see --help\)$/],
    ['nothing to check', [], /^check: give a draft, - for standard input, or --jsonl FILE \(see --help\)$/],
  ];
  for (const [what, args, message] of cases) {
    it(`says what is wrong in one line, with exit status 2: ${what}`, () => {
      const { status, stdout, stderr } = run(args, '');
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.endsWith('\n')).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(message);
    });
  }

  it('lists every option in --help', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    for (const option of ['--jsonl FILE', '--school ID', '--pack FILE', '--role ROLE', '--help, -h']) expect(stdout).toContain(option);
    expect(stdout).toMatch(/Repeatable/);
    // Every option the tool reads is in the help.
    const read = [...readFileSync('scripts/check.ts', 'utf8').matchAll(/name === '(--?[a-z]+)'/g)].map((m) => m[1] as string);
    expect(read.length).toBeGreaterThanOrEqual(5);
    for (const option of read) expect(stdout).toContain(option);
  });
});

describe('SECOND_THOUGHT_MODEL_FILE', () => {
  // A candidate model judged by the tools (and the unit suite) without being copied over the shipped file.
  const withModel = (file: string, args: string[]) => {
    const result = spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, SECOND_THOUGHT_MODEL_FILE: file } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('judges with the model file it names, and says so when there is none', async () => {
    const { MODEL_FILE, withHeader } = await import('../../scripts/model-file');
    const { decodeModel } = await import('../../src/engine/model/model');
    const shipped = new Uint8Array(readFileSync(MODEL_FILE));
    const { header } = decodeModel(shipped);
    // The shipped weights with every threshold out of reach: the model alone never nudges.
    const never = join(dir, 'never.bin');
    writeFileSync(never, withHeader(shipped, { ...header, thresholds: header.thresholds.map(() => 1.01), solo: header.solo.map(() => 1.01) }));
    const draft = ['Bexton Primary teachers never listen', '--school', 'bexton'];
    expect(withModel(MODEL_FILE, draft).stdout).toContain('Verdict: nudge');
    expect(withModel(never, draft).stdout).toContain('Verdict: quiet');
    const missing = withModel(join(dir, 'no-such-model.bin'), draft);
    expect(missing).toMatchObject({ status: 2, stdout: '', stderr: `check: SECOND_THOUGHT_MODEL_FILE: ${join(dir, 'no-such-model.bin')} is not a file\n` });
    expect(withModel(dir, draft)).toMatchObject({ status: 2, stderr: `check: SECOND_THOUGHT_MODEL_FILE: ${dir} is not a file\n` });
  });
});
