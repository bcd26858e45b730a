/**
 * Every regular expression in the engine, checked for super-linear backtracking (PRODUCT.md §9: any text gets a
 * verdict in bounded time). A draft is attacker-shaped text by nature: a pattern that backtracks polynomially or
 * exponentially on a long run of one character freezes the worker that every tab shares.
 *
 * The analyser is scslre (the one behind eslint-plugin-regexp's no-super-linear-backtracking and
 * no-super-linear-move): pure JavaScript, offline, and it understands lookarounds, named groups and `\b`, which the
 * engine's patterns use throughout. It finds attack strings of the form x + c.repeat(n) + z; it reports three kinds:
 * Trade (two quantifiers trading characters, `\d+\w*`), Self (a quantifier nested in another, `(a+)+`, exponential)
 * and Move (the search restarting at every position of a run and rescanning it, `[.!?]+(?=\s)` on "!!!!x").
 *
 * The rules themselves hold no regular expressions (rules/*.yaml are phrases over tokens). The regexes come from two
 * places, so none is missed:
 * - every RegExp the engine constructs (module level, or per pack at run time), caught by wrapping the RegExp
 *   constructor while the engine is imported fresh and run over every rule file's cases with every bundled pack;
 * - every regex literal in src/engine, read from the source with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from 'scslre';
import type { Report } from 'scslre';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRules } from '../../scripts/rules/catalogue';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENGINE = join(ROOT, 'src', 'engine');

interface Found {
  /** Rule id and slot ("threat.intent patterns[2]"), or file and line. */
  where: string;
  /** The source file, relative to the repository, when known (allow-list entries are keyed by it). */
  file: string;
  source: string;
  flags: string;
}

/**
 * Regexes whose report is known and bounded by what they are run on. Each entry says why; an entry that no longer
 * matches a reported regex fails the test, so the list only shrinks.
 */
const BOUNDED: readonly { file: string; source: string; why: string }[] = [
  {
    file: 'src/engine/names.ts',
    source: String.raw`[.!?\n]\W*$`,
    why: 'looksLikeName tests it on `before`, which is sliced to at most three characters.',
  },
  {
    file: 'src/engine/rules/conditions/hate.ts',
    source:
      String.raw`(?:[,;:]|\b(?:but|although|though|yet|however|whereas|while))\s*` +
      String.raw`(?![\s\S]*(?:[,;:]|\b(?:but|although|though|yet|however|whereas|while)\b))`,
    why:
      'negated() runs it on the lead of one sentence piece before a hit; context cuts pieces at a space after ' +
      '300 characters, and a hit (which holds a space) cannot start in a longer space-free stretch.',
  },
];

function describeReport(report: Report): string {
  const pick = JSON.stringify(report.character.pick);
  const kind = report.exponential ? 'exponential' : 'polynomial';
  switch (report.type) {
    case 'Trade':
      return `${kind} backtracking between ${report.startQuant.raw} and ${report.endQuant.raw} on repeated ${pick}`;
    case 'Self':
      return `${kind} backtracking of ${report.quant.raw} inside ${report.parentQuant.raw} on repeated ${pick}`;
    case 'Move':
      return `the search restarts at every ${pick} of a run and rescans it with ${report.quant.raw} (quadratic)`;
  }
}

function problems(found: Found): string[] {
  return analyse({ source: found.source, flags: found.flags }).reports.map(describeReport);
}

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return engineFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every regex literal in src/engine, with its file and line. */
function literalRegexes(): Found[] {
  const out: Found[] = [];
  for (const path of engineFiles(ENGINE)) {
    const file = relative(ROOT, path).replaceAll('\\', '/');
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        out.push({ where: `${file}:${line}`, file, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return out;
}

/** The engine file that built a regex: the first stack frame in src/engine other than the `re`/`test` helpers. */
function builder(stack: string): { file: string; where: string } {
  const frames = stack
    .split('\n')
    .map((line) => /(\/[^\s()]*\/src\/engine\/[^\s():]+\.ts):(\d+)/.exec(line.replaceAll('\\', '/')))
    .filter((m): m is RegExpExecArray => m !== null);
  const frame = frames.find((m) => !m[1]?.endsWith('/src/engine/rule.ts')) ?? frames[0];
  if (!frame) return { file: '', where: '(outside src/engine)' };
  const file = relative(ROOT, frame[1] as string).replaceAll('\\', '/');
  return { file, where: `${file}:${frame[2]}` };
}

const constructed: { regex: RegExp; stack: string }[] = [];
const OriginalRegExp = RegExp;

beforeAll(async () => {
  // Import the engine fresh with the constructor wrapped, so module-level regexes are built while we watch.
  vi.resetModules();
  const record = (regex: RegExp): RegExp => {
    constructed.push({ regex, stack: new Error().stack ?? '' });
    return regex;
  };
  globalThis.RegExp = new Proxy(OriginalRegExp, {
    construct: (target, args: [string | RegExp, string?]) => record(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => record(target(...args)),
  });
  try {
    const engine = await import('../../src/engine');
    const { BUNDLED_PACKS } = await import('../../src/packs');
    // The fresh engine has its own model slot: installed as the worker does before its first verdict.
    (await import('../../scripts/model-file')).loadModelFile();
    // Regexes built per pack or per draft at run time: run every rule file's cases with every pack and role.
    const drafts = loadRules().catalogue.families.flatMap((f) => f.rules.flatMap((r) => [...r.cases.fires, ...r.cases.quiet].map((c) => c.text)));
    for (const pack of BUNDLED_PACKS) {
      for (const role of engine.ROLES) engine.analyzeDraft(drafts.join('\n'), { role, pack });
    }
  } finally {
    globalThis.RegExp = OriginalRegExp;
  }
});

afterAll(() => {
  globalThis.RegExp = OriginalRegExp;
});

/** Every constructed engine regex, named by file and line. */
function constructedRegexes(): Found[] {
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const { regex, stack } of constructed) {
    const origin = builder(stack);
    if (!origin.file) continue; // built by something outside the engine (the pack schema, vitest)
    const key = `${origin.where}\0${regex.source}\0${regex.flags}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ where: origin.where, file: origin.file, source: regex.source, flags: regex.flags });
  }
  return out;
}

function unbounded(found: readonly Found[]): string[] {
  const failures: string[] = [];
  for (const regex of found) {
    const reports = problems(regex);
    if (reports.length === 0) continue;
    if (BOUNDED.some((entry) => entry.file === regex.file && entry.source === regex.source)) continue;
    const shown = regex.source.length > 160 ? `${regex.source.slice(0, 160)}…` : regex.source;
    failures.push(`${regex.where}: /${shown}/${regex.flags}: ${reports.join('; ')}`);
  }
  return failures;
}

describe('regular expressions in the engine', () => {
  it('the analyser finds the blow-ups it is trusted to find', () => {
    const flagged = (source: string, flags = 'g'): boolean =>
      problems({ where: '', file: '', source, flags }).length > 0;
    // Exponential: a quantifier inside a quantifier over the same letters.
    expect(flagged('(a+)+$', '')).toBe(true);
    expect(flagged(String.raw`(?:\w+ ?)*x`)).toBe(true);
    // The two this test found in the engine: sentence ends retried inside a run of marks ("!!!…!x"), and a
    // birthday's age read two ways ("happy 1111…").
    expect(flagged(String.raw`[.!?]+["')\]]*(?=\s|$)|\n+`)).toBe(true);
    expect(flagged(String.raw`\bhappy (?:\d+\w* )?birthday`)).toBe(true);
    // …and their fixed forms are clean.
    expect(flagged(String.raw`(?<![.!?])[.!?]+["')\]]*(?=\s|$)|\n+`)).toBe(false);
    expect(flagged(String.raw`\bhappy (?:\d\w* )?birthday`)).toBe(false);
  });

  it('sees the regexes the engine builds, and its regex literals', () => {
    expect(constructedRegexes().length).toBeGreaterThan(0);
    expect(literalRegexes().length).toBeGreaterThan(10);
  });

  it('no other regex the engine builds backtracks super-linearly', () => {
    expect(unbounded(constructedRegexes())).toEqual([]);
  });

  it('no regex literal in src/engine backtracks super-linearly', () => {
    expect(unbounded(literalRegexes())).toEqual([]);
  });

  it('every bounded exception is still reported, so the list never outlives its reason', () => {
    const everything = [...constructedRegexes(), ...literalRegexes()];
    for (const entry of BOUNDED) {
      const match = everything.find((found) => found.file === entry.file && found.source === entry.source);
      const named = `${entry.file}: /${entry.source}/`;
      expect(match, `${named} is no longer in the engine; remove it from BOUNDED`).toBeDefined();
      expect(problems(match as Found), `${named} is clean now; remove it from BOUNDED`).not.toEqual([]);
    }
  });
});
