/**
 * `npm run --silent check -- …`: run the rule engine from the command line (PRODUCT.md §6), for school admins
 * testing a pack and for measuring accuracy on a labelled corpus.
 */
import { analyzeDraft } from '../src/engine';
import { clauseFor } from '../src/engine/types';
import type { Pack, Role } from '../src/engine/types';
import { withGeneralMarked } from '../src/packs/general';
import { checkRecord, isRole, knownSchools, packsById } from './check-records';
import { explain } from './check-explain';
import { packWarningLines, readPackFile, readText } from './read-file';
import { loadModelFileOrExit } from './model-file';

// The shipped model, as the worker installs it before its first verdict.
loadModelFileOrExit('check');

const HELP = `Check drafts against a school's social-media code of conduct.

Usage:
  npm run --silent check -- "some text" ["more text" …] [options]
  npm run --silent check -- - [options]                 (read one draft from standard input)
  npm run --silent check -- --jsonl FILE [options]
  npm run --silent check -- --jsonl - [options]         (read JSON Lines from standard input)

Options:
  --jsonl FILE   one JSON object per line with "text" and optional "id", "school", "role", "site";
                 prints one JSON line per record, in input order
  --school ID    default school pack (default: the first --pack, else generic). Bundled: ${knownSchools()}
  --pack FILE    a school's own pack file (docs/packs.md), checked as \`pack validate\` and the settings check it
                 (its warnings, if any, on standard error);
                 its id can then be given to --school and in records. Repeatable. A pack file whose id is a
                 bundled pack's replaces it.
  --role ROLE    default role: parent or staff (default: parent)
  --explain      for each draft, say why: every rule's phrase and words, each hit a guard dropped and which
                 guard, and the model's score per category (not with --jsonl)
  --help, -h     show this help
  Options also take the form --option=VALUE.

Exit status: 0 when every draft or record was checked; 1 when a record was malformed; 2 for a usage error, a file
that cannot be read or a pack file that is not valid (each problem on one line of standard error).
`;

interface Args {
  jsonl?: string;
  school?: string;
  role: string;
  packs: string[];
  texts: string[];
  help: boolean;
  explain: boolean;
}

/** Stops with exit status 2 and one line on standard error (for a usage error, pointing at --help). */
function fail(message: string, usage = true): never {
  process.stderr.write(`check: ${message}${usage ? ' (see --help)' : ''}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { role: 'parent', packs: [], texts: [], help: false, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    if (name === '--help' || name === '-h') args.help = true;
    else if (name === '--explain') args.explain = true;
    else if (name === '--jsonl') args.jsonl = value();
    else if (name === '--school') args.school = value();
    else if (name === '--role') args.role = value();
    else if (name === '--pack') args.packs.push(value());
    else if (arg.startsWith('--') && arg.length > 2) fail(`unknown option ${name}`);
    else args.texts.push(arg);
  }
  return args;
}

/** The packs from --pack files; stops at the first file that cannot be read or is not a valid pack. */
function loadPacks(files: string[]): Pack[] {
  const packs: Pack[] = [];
  const from = new Map<string, string>();
  for (const file of files) {
    const read = readPackFile(file);
    if (!read.ok) {
      if (read.unreadable) fail(read.errors.join('; '), false);
      for (const error of read.errors) process.stderr.write(`${error}\n`);
      fail(`${file} is not a valid pack (${read.errors.length} ${read.errors.length === 1 ? 'problem' : 'problems'}; npm run --silent pack -- validate ${file})`, false);
    }
    // Said, as `pack validate` says them, before any verdict: the pack is used as it is.
    for (const line of packWarningLines(file, read.text, read.pack)) process.stderr.write(`${line}\n`);
    const earlier = from.get(read.pack.id);
    if (earlier !== undefined) fail(`${file} and ${earlier} are both packs with id "${read.pack.id}"`, false);
    from.set(read.pack.id, file);
    packs.push(withGeneralMarked(read.pack)); // as the settings take it: older personal packs' general guidance marked
  }
  return packs;
}

function read(source: string): string {
  const text = readText(source);
  if (!text.ok) fail(text.error, false);
  return text.text;
}

function runJsonl(source: string, defaults: { school: string; role: Role; packs: ReadonlyMap<string, Pack> }): number {
  const lines = read(source).split(/\r?\n/);
  let failed = 0;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    const bad = (id: unknown, error: string): void => {
      failed++;
      process.stderr.write(`check: line ${lineNo}: ${error}\n`);
      out.push(JSON.stringify({ id, error: `line ${lineNo}: ${error}` }));
    };
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (error) {
      bad(null, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const checked = checkRecord(rec, defaults, lineNo);
    if (checked.ok) out.push(JSON.stringify(checked.row));
    else bad(checked.id, checked.error);
  });
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return failed > 0 ? 1 : 0;
}

function report(text: string, pack: Pack, role: Role, why: boolean): void {
  const verdict = analyzeDraft(text, { role, pack });
  const lines = [`School: ${pack.name} (${pack.id}), role: ${role}`];
  if (!verdict.nudge) {
    lines.push('Verdict: quiet — nothing in this draft breaks the code.');
  } else {
    lines.push(`Verdict: nudge (severity ${verdict.severity}) — ${verdict.categories.join(', ')}`);
    if (verdict.onPost) lines.push('Shown only on the way to posting: while typed, a draft this short is most often the start of a message.');
    for (const f of verdict.findings) {
      const rule = pack.rules[f.category];
      const clause = rule && clauseFor(rule, role);
      lines.push('', `  ${f.category}: "${text.slice(f.span.start, f.span.end)}" [${f.span.start}–${f.span.end}]`, `    ${f.message}`);
      if (clause) lines.push(`    ${f.source}: "${clause.quote}"`);
    }
    const route = pack.routes[role];
    lines.push('', `Instead: ${route.instruction}${route.url ? ` ${route.url}` : ''}${route.email ? ` ${route.email}` : ''}`);
  }
  if (why) lines.push(...explain(text, pack, role));
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.jsonl === undefined && args.texts.length === 0) fail('give a draft, - for standard input, or --jsonl FILE');
  if (args.jsonl !== undefined && args.texts.length > 0) fail('give either --jsonl or a draft, not both');
  if (args.jsonl !== undefined && args.explain) fail('--explain is for drafts given one by one, not --jsonl');
  if (!isRole(args.role)) fail(`unknown role "${args.role}" (parent or staff)`);
  const own = loadPacks(args.packs);
  const packs = packsById(own);
  const school = args.school ?? own[0]?.id ?? 'generic';
  const pack = packs.get(school);
  if (!pack) fail(`unknown school "${school}" (known: ${knownSchools(packs)})`);
  if (args.jsonl !== undefined) return runJsonl(args.jsonl, { school, role: args.role, packs });
  const texts = args.texts.length === 1 && args.texts[0] === '-' ? [read('-')] : args.texts;
  for (const text of texts) report(text, pack, args.role, args.explain);
  return 0;
}

process.exitCode = main();
