import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
