/**
 * `npm run --silent pack -- …`: tools for a school or trust admin writing a pack (docs/packs.md).
 *   validate FILE               is it a pack, and if not, where is each problem
 *   test FILE CORPUS.jsonl      run sample drafts through the engine with this pack and compare with "expect"
 */
import { analyzeDraft } from '../src/engine';
import { prepare } from '../src/engine/analyze';
import { packRuleId } from '../src/engine/rules/pack-phrases';
import { CATEGORIES, ROLES } from '../src/engine/types';
import type { Category, Pack, Role, SafeguardingRoute, Verdict } from '../src/engine/types';
import { packWarningLines, readPackFile, readText as readTextOrError } from './read-file';
import { loadModelFileOrExit } from './model-file';

// The shipped model, as the worker installs it before its first verdict.
loadModelFileOrExit('pack');

const HELP = `Check a school pack before you publish or deploy it.

Usage:
  npm run --silent pack -- validate FILE
  npm run --silent pack -- test FILE CORPUS.jsonl [--role parent|staff]

validate   checks FILE against the pack format; prints each problem as FILE:LINE:COLUMN: what is wrong; then
           runs the cases of the pack's own phrases: each "fires" draft must be found by one of its category's
           phrases, no "quiet" draft may be, and every phrase must find at least one of its "fires" drafts;
           warns, without refusing the pack, of what it may do badly (a shortName over 30 characters, threats or
           hate switched off, a staff name that is one word or a bare title, a name given twice, an alias every
           school shares or that is a staff name), each as FILE:LINE:COLUMN: warning: what
test       checks each draft in CORPUS.jsonl against the pack. One JSON object per line:
             "text"        the draft (required)
             "id"          a name for it (default: its line number)
             "role"        parent or staff (default: --role, else parent)
             "expect"      "nudge" or "quiet": what the pack should do with it
             "categories"  with "expect": "nudge", categories the nudge must name (others may be named too)
             "school"      when it names another pack's id, the record is skipped
           prints one line per record and a summary

Exit status: 0 when the pack is valid and every record with "expect" matches; 1 when the pack is invalid, a record
is malformed or a record does not match; 2 for a usage error or a file that cannot be read.
`;

function usageError(message: string): never {
  process.stderr.write(`pack: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

function readText(file: string): string {
  const read = readTextOrError(file);
  if (!read.ok) usageError(read.error);
  return read.text;
}

/** Loads and validates the pack, printing located errors; undefined when it is not valid. */
function loadPack(file: string): { pack: Pack; text: string } | undefined {
  const read = readPackFile(file);
  if (read.ok) return read;
  if (read.unreadable) usageError(read.errors.join('; '));
  // At most PACK_LIMITS.errors located lines, then "and N more problems"; the total below counts them all.
  for (const error of read.errors) process.stderr.write(`${error}\n`);
  const count = read.total;
  process.stderr.write(`${file}: not a valid pack (${count.toLocaleString('en-GB')} ${count === 1 ? 'problem' : 'problems'})\n`);
  return undefined;
}

function describeRoute(pack: Pack, role: Role): string {
  const route = pack.routes[role];
  const safeguarding = route.safeguarding && `; safeguarding matters: ${describeWay(route.safeguarding, 'no web address or e-mail')}`;
  // Parents may add the school's address in the settings; staff are told the pack's instruction (their route is the
  // pack's, never an address a user gives: resolveSettings).
  const none = role === 'parent' ? 'no web address or e-mail: parents are asked to add one' : `no web address or e-mail: staff are told "${route.instruction}"`;
  return `${describeWay(route, none)}${safeguarding ?? ''}`;
}

function describeWay(route: SafeguardingRoute, none: string): string {
  const addresses = [route.url, route.email].filter(Boolean).join(', ');
  return `${route.label} (${addresses || none})`;
}

function validate(file: string): number {
  const loaded = loadPack(file);
  if (!loaded) return 1;
  const { pack } = loaded;
  const enabled = CATEGORIES.filter((category) => pack.rules[category]?.enabled);
  const off = CATEGORIES.filter((category) => !pack.rules[category]?.enabled);
  const lines = [
    `${file}: a valid pack for ${pack.name} (id "${pack.id}"; the nudge says "Raise it with ${pack.shortName}")`,
    `  checks ${enabled.length} of ${CATEGORIES.length} categories: ${enabled.join(', ') || 'none'}`,
  ];
  if (off.length > 0) lines.push(`  does not check: ${off.join(', ')}`);
  const problems = phraseProblems(pack);
  const own = CATEGORIES.filter((c) => (pack.rules[c]?.phrases ?? []).length > 0);
  if (own.length > 0) lines.push(`  its own phrases: ${own.map((c) => `${c} ${pack.rules[c]?.phrases?.length}`).join(', ')}; ${problems.length === 0 ? 'every case passes' : `${problems.length} ${problems.length === 1 ? 'case fails' : 'cases fail'}`}`);
  lines.push(
    `  aliases: ${pack.aliases.join(', ') || 'none (only school words such as "the head" place a draft at the school)'}`,
    `  parents' route: ${describeRoute(pack, 'parent')}`,
    `  staff route: ${describeRoute(pack, 'staff')}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  // Said, never refused: the extension takes the pack as it is. Located as errors are, top to bottom.
  for (const line of packWarningLines(file, loaded.text, pack)) process.stderr.write(`${line}\n`);
  for (const problem of problems) process.stderr.write(`${file}: ${problem}\n`);
  return problems.length > 0 ? 1 : 0;
}

/** Runs the cases of the pack's own phrases: what fails, one line each. */
function phraseProblems(pack: Pack): string[] {
  const problems: string[] = [];
  for (const category of CATEGORIES) {
    const rule = pack.rules[category];
    const phrases = rule?.phrases ?? [];
    if (!rule || phrases.length === 0) continue;
    const id = packRuleId(category, pack);
    const role: Role = category === 'staff_conduct' ? 'staff' : 'parent';
    const found = (text: string) => prepare(text, { pack, role }).evidence.filter((e) => e.ruleId === id);
    const used = new Set<string>();
    const fires = rule.cases?.fires ?? [];
    if (fires.length === 0) problems.push(`rules.${category}.cases.fires: give at least one draft each phrase finds`);
    for (const text of fires) {
      const hits = found(text);
      for (const h of hits) if (h.phrase) used.add(h.phrase);
      if (hits.length === 0) problems.push(`rules.${category}.cases.fires: "${text}" is found by none of the phrases`);
    }
    for (const text of rule.cases?.quiet ?? []) {
      if (found(text).length > 0) problems.push(`rules.${category}.cases.quiet: "${text}" is found by a phrase`);
    }
    if (fires.length > 0) for (const phrase of phrases) if (!used.has(phrase)) problems.push(`rules.${category}.phrases: "${phrase}" finds none of the fires drafts`);
  }
  return problems;
}

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
const isCategory = (value: unknown): value is Category =>
  typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);

interface Expectation {
  expect: 'nudge' | 'quiet';
  categories: Category[];
}

function summary(verdict: Verdict): string {
  return verdict.nudge ? `nudge ${verdict.severity}: ${verdict.categories.join(', ')}` : 'quiet';
}

function matches(verdict: Verdict, expected: Expectation): boolean {
  if (expected.expect === 'quiet') return !verdict.nudge;
  return verdict.nudge && expected.categories.every((category) => verdict.categories.includes(category));
}

function test(file: string, corpus: string, defaultRole: Role): number {
  const pack = loadPack(file)?.pack;
  if (!pack) return 1;
  const lines = readText(corpus).split(/\r?\n/);
  let checked = 0;
  let withExpect = 0;
  let matched = 0;
  let skipped = 0;
  let malformed = 0;
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${corpus}:${index + 1}`;
    const bad = (why: string): void => {
      malformed++;
      out.push(`! ${where}: ${why}`);
    };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      return bad(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return bad('a record must be a JSON object');
    const r = record as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `line ${index + 1}`;
    if (typeof r.text !== 'string') return bad(`${id}: "text" must be a string`);
    if (r.school !== undefined && r.school !== pack.id) {
      skipped++;
      return;
    }
    const role = r.role ?? defaultRole;
    if (!isRole(role)) return bad(`${id}: "role" must be "parent" or "staff"`);
    let expected: Expectation | undefined;
    if (r.expect !== undefined) {
      if (r.expect !== 'nudge' && r.expect !== 'quiet') return bad(`${id}: "expect" must be "nudge" or "quiet"`);
      const categories = r.categories ?? [];
      if (!Array.isArray(categories) || !categories.every(isCategory)) {
        return bad(`${id}: "categories" must be a list of: ${CATEGORIES.join(', ')}`);
      }
      expected = { expect: r.expect, categories: r.expect === 'nudge' ? categories : [] };
    }
    const verdict = analyzeDraft(r.text, { role, pack });
    checked++;
    if (!expected) {
      out.push(`  ${id}: ${summary(verdict)}`);
      return;
    }
    withExpect++;
    const ok = matches(verdict, expected);
    if (ok) matched++;
    const wanted = expected.expect === 'nudge' && expected.categories.length > 0
      ? `nudge naming ${expected.categories.join(', ')}`
      : expected.expect;
    out.push(`${ok ? '✓' : '✗'} ${id}: ${summary(verdict)}${ok ? '' : ` (expected ${wanted})`}`);
  });
  const mismatched = withExpect - matched;
  const parts = [
    `${checked} ${checked === 1 ? 'record' : 'records'} checked against ${pack.name}`,
    `${withExpect} with "expect": ${matched} ${matched === 1 ? 'matches' : 'match'}, ${mismatched} ${mismatched === 1 ? 'does' : 'do'} not`,
  ];
  if (skipped > 0) parts.push(`${skipped} skipped (written for another school)`);
  if (malformed > 0) parts.push(`${malformed} malformed`);
  out.push('', `${parts.join('; ')}.`);
  process.stdout.write(`${out.join('\n')}\n`);
  return mismatched > 0 || malformed > 0 ? 1 : 0;
}

function main(argv: string[]): number {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  const positional: string[] = [];
  let role: Role = 'parent';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--role' || arg.startsWith('--role=')) {
      const value = arg === '--role' ? argv[++i] : arg.slice('--role='.length);
      if (!isRole(value)) usageError('--role must be parent or staff');
      role = value;
    } else if (arg.startsWith('--')) {
      usageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [command, file, corpus, ...extra] = positional;
  if (command === 'validate') {
    if (!file || corpus) usageError('validate takes one pack file: pack -- validate FILE');
    return validate(file);
  }
  if (command === 'test') {
    if (!file || !corpus || extra.length > 0) usageError('test takes a pack file and a corpus: pack -- test FILE CORPUS.jsonl');
    return test(file, corpus, role);
  }
  usageError(`unknown command "${command ?? ''}": use validate or test`);
}

process.exitCode = main(process.argv.slice(2));
