/**
 * `npm run --silent check -- …`: run the rule engine from the command line (PRODUCT.md §6), for school admins
 * testing a pack and for measuring accuracy on a labelled corpus.
 */
import { readFileSync } from 'node:fs';
import { analyzeDraft } from '../src/engine';
import type { Role } from '../src/engine/types';
import { getBundledPack } from '../src/packs';
import { checkRecord, isRole, knownSchools } from './check-records';

const HELP = `Check drafts against a school's social-media code of conduct.

Usage:
  npm run --silent check -- "some text" [--school ID] [--role parent|staff]
  npm run --silent check -- --jsonl FILE [--school ID] [--role parent|staff]
  npm run --silent check -- --jsonl -          (read JSON Lines from stdin)

Options:
  --jsonl FILE   one JSON object per line with "text" and optional "id", "school", "role", "site";
                 prints one JSON line per record, in input order
  --school ID    default school pack (default: generic). Packs: ${knownSchools()}
  --role ROLE    default role: parent or staff (default: parent)
  --help         show this help

Exit status: 0 when every record was checked, 1 when a record was malformed, 2 for a usage error.
`;

interface Args {
  jsonl?: string;
  school: string;
  role: string;
  texts: string[];
  help: boolean;
}

function usageError(message: string): never {
  process.stderr.write(`check: ${message}\nRun with --help for usage.\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { school: 'generic', role: 'parent', texts: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) usageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--jsonl') args.jsonl = value();
    else if (arg.startsWith('--jsonl=')) args.jsonl = arg.slice(8);
    else if (arg === '--school') args.school = value();
    else if (arg.startsWith('--school=')) args.school = arg.slice(9);
    else if (arg === '--role') args.role = value();
    else if (arg.startsWith('--role=')) args.role = arg.slice(7);
    else if (arg.startsWith('--') && arg.length > 2) usageError(`unknown option ${arg}`);
    else args.texts.push(arg);
  }
  return args;
}

function runJsonl(source: string, school: string, role: Role): number {
  const input = readFileSync(source === '-' ? 0 : source, 'utf8');
  const lines = input.split(/\r?\n/);
  let failed = 0;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    const fail = (id: unknown, error: string): void => {
      failed++;
      process.stderr.write(`check: line ${lineNo}: ${error}\n`);
      out.push(JSON.stringify({ id, error: `line ${lineNo}: ${error}` }));
    };
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (error) {
      fail(null, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const checked = checkRecord(rec, { school, role }, lineNo);
    if (checked.ok) out.push(JSON.stringify(checked.row));
    else fail(checked.id, checked.error);
  });
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return failed > 0 ? 1 : 0;
}

function report(text: string, school: string, role: Role): void {
  const pack = getBundledPack(school);
  if (!pack) return;
  const verdict = analyzeDraft(text, { role, pack });
  const lines = [`School: ${pack.name} (${pack.id}), role: ${role}`];
  if (!verdict.nudge) {
    lines.push('Verdict: quiet — nothing in this draft breaks the code.');
  } else {
    lines.push(`Verdict: nudge (severity ${verdict.severity}) — ${verdict.categories.join(', ')}`);
    for (const f of verdict.findings) {
      const clause = pack.rules[f.category]?.clause;
      lines.push('', `  ${f.category}: "${text.slice(f.span.start, f.span.end)}" [${f.span.start}–${f.span.end}]`, `    ${f.message}`);
      if (clause) lines.push(`    ${f.source}: "${clause.quote}"`);
    }
    const route = pack.routes[role];
    lines.push('', `Instead: ${route.instruction}${route.url ? ` ${route.url}` : ''}${route.email ? ` ${route.email}` : ''}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || (args.jsonl === undefined && args.texts.length === 0)) {
    process.stdout.write(HELP);
    return args.help ? 0 : 2;
  }
  if (!getBundledPack(args.school)) usageError(`unknown school "${args.school}" (known: ${knownSchools()})`);
  if (!isRole(args.role)) usageError(`unknown role "${args.role}" (parent or staff)`);
  if (args.jsonl !== undefined) {
    if (args.texts.length > 0) usageError('give either --jsonl or a draft, not both');
    return runJsonl(args.jsonl, args.school, args.role);
  }
  if (args.texts.length === 1 && args.texts[0] === '-') args.texts = [readFileSync(0, 'utf8')];
  for (const text of args.texts) report(text, args.school, args.role);
  return 0;
}

process.exitCode = main();
