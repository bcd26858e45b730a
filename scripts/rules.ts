/**
 * `npm run rules`: compile the rule files (`rules/*.yaml`) into the module the engine loads
 * (`src/engine/rules/catalogue.generated.ts`), file the school-context word lists by first word
 * (`src/engine/context-keys.generated.ts`), list the word lists' words the spelling repair reads
 * (`src/engine/spelling.generated.ts`), work out the annotation pass's word gates
 * (`src/engine/word-gates.generated.ts`) and the triggers of the lexicon entries it asks about
 * (`src/engine/entry-triggers.generated.ts`), and write the admin's guide to what is checked (`docs/rules.md`), after
 * validating every file and running every rule's own cases (scripts/rules/catalogue.ts).
 *
 *   npm run rules              check, then write both files
 *   npm run rules -- --check   check, and fail when either file is not what the rule files would give
 *
 * Exit 0 when all is well, 1 with every problem listed (file, rule, what is wrong) otherwise.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONDITION_DESCRIPTIONS } from '../src/engine/rules/conditions/descriptions';
import type { Catalogue } from '../src/engine/rules/data';
import { CLASSES, PhraseCompiler } from '../src/engine/phrases/matcher';
import { packStarts } from '../src/engine/phrases/first-sets';
import { packLexicon } from '../src/engine/phrases/lexicon-forms';
import type { First } from '../src/engine/phrases/matcher';
import { packTriggers, triggersOf } from '../src/engine/phrases/phrase-index';
import { GATED_LISTS } from '../src/engine/annotate';
import { fileList } from '../src/engine/keyed-files';
import { CONTEXT_LISTS, NOT_THE_SCHOOL_LIST } from '../src/engine/lexicon';
import { FRAME_LISTS } from '../src/engine/speech';
import { EVERYDAY_LIST } from '../src/engine/rules/conditions/complaint';
import { entryTriggers } from '../src/engine/lexicon-words';
import { lexiconVocabulary } from '../src/engine/spelling';
import { shipGate } from '../src/engine/word-gate';
import { buildRules } from './rules/catalogue';
import type { RuleFileCatalogue } from './rules/catalogue';

const ROOT = join(import.meta.dirname, '..');
export const GENERATED = join(ROOT, 'src', 'engine', 'rules', 'catalogue.generated.ts');
export const LEXICON_GENERATED = join(ROOT, 'src', 'engine', 'rules', 'lexicon.generated.ts');
export const DOCS = join(ROOT, 'docs', 'rules.md');
export const CONTEXT_GENERATED = join(ROOT, 'src', 'engine', 'context-keys.generated.ts');
export const SPELLING_GENERATED = join(ROOT, 'src', 'engine', 'spelling.generated.ts');
export const WORD_GATES_GENERATED = join(ROOT, 'src', 'engine', 'word-gates.generated.ts');
export const ENTRY_TRIGGERS_GENERATED = join(ROOT, 'src', 'engine', 'entry-triggers.generated.ts');

/**
 * `value` as a `JSON.parse("…")` expression, its JSON text kept to one byte per character: apostrophes and anything
 * past Latin-1 (dashes, emoji) are written as JSON escapes. A bundler then writes the text as a plain '…' literal (with
 * an apostrophe in it, as a template literal), and the engine reads it as a one-byte string: V8 scans a template
 * literal, or a literal holding a single two-byte character, about twice as slowly, a millisecond of a fresh
 * worker's start for the rules' ~280 KB.
 */
export function jsonModuleText(value: unknown): string {
  // Apostrophes escaped too: with both quote marks in it, the bundler writes the string as a template literal, which
  // V8 scans more slowly at a fresh start (about 13 million more instructions for the catalogue, under callgrind).
  const text = JSON.stringify(value).replace(/['\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `JSON.parse(${JSON.stringify(text)})`;
}

/**
 * The module the engine imports: the catalogue without what only docs/rules.md and the build read (what each family
 * covers, the policy clauses each rule comes from, the rules' cases: they stay in the rule files), and its phrases
 * filed by their trigger words and needs, so a fresh worker indexes the phrases without compiling them or filing
 * their words itself. Both as JSON text, which a browser reads faster than the same object written as code.
 */
export function renderModule(built: Catalogue): string {
  const catalogue = tightCatalogue(built);
  const shipped = {
    lexicon: catalogue.lexicon,
    families: catalogue.families.map(({ about: _about, ...f }) => ({ ...f, rules: f.rules.map(({ source: _source, cases: _cases, ...r }) => r) })),
  };
  const compiler = new PhraseCompiler(catalogue.lexicon);
  // In the order compileCatalogue meets them (each rule's phrases, then its unless and requires phrases), so the
  // engine finds each by position: keyed by their text, the phrases' text shipped twice (29 KB more, gzipped).
  const firsts: First[] = [];
  const seen = new Map<string, First>();
  for (const family of catalogue.families) {
    for (const rule of family.rules) {
      for (const phrase of [...rule.phrases, ...(rule.unless ?? []).filter((u) => !u.startsWith('@')), ...(rule.requires ?? [])]) {
        let first = seen.get(phrase);
        if (!first) seen.set(phrase, (first = compiler.compile(phrase).first));
        firsts.push(first);
      }
    }
  }
  return [
    '// Generated by `npm run rules` from rules/*.yaml. Do not edit.',
    "import type { Triggers } from '../phrases/phrase-index';",
    "import type { Catalogue } from './data';",
    "import { LEXICON, LEXICON_STARTS } from './lexicon.generated';",
    '',
    `export const CATALOGUE: Catalogue = { lexicon: LEXICON, starts: LEXICON_STARTS, families: ${jsonModuleText(shipped.families)} };`,
    '',
    '/** The phrases filed by their trigger words and needs (words, prefixes, masked words, token classes), numbered in the order the catalogue is compiled. */',
    `export const TRIGGERS: Triggers = ${jsonModuleText(packTriggers(triggersOf(firsts)))};`,
    '',
  ].join('\n');
}

/**
 * A phrase as shipped: "(a | b)" written "(a|b)". `|` is reserved in the phrase language, so the spaces around it are
 * only for the reader of the rule files; every extension package carries the phrases, and about 1.5 KB of it was
 * those spaces (zipped). docs/rules.md keeps them. A "!" standing alone is the symbol, and keeps the space after it:
 * "(! | again)" written "(!|again)" would read as "not (| again)".
 */
export const tightPhrase = (phrase: string): string => phrase.replace(/(?<!(?:^|[\s(|])!) \| /g, '|');

/** The catalogue with every phrase, guard and word list item tight (`tightPhrase`). */
function tightCatalogue(catalogue: Catalogue): Catalogue {
  const tightAll = (list: readonly string[] | undefined): string[] | undefined => list?.map((p) => (p.startsWith('@') ? p : tightPhrase(p)));
  const lexicon = Object.fromEntries(
    Object.entries(catalogue.lexicon).map(([name, items]) => [
      name,
      items.map((item) => (typeof item === 'string' ? tightPhrase(item) : Object.fromEntries(Object.entries(item).map(([form, text]) => [form, tightPhrase(text)])))),
    ]),
  ) as Catalogue['lexicon'];
  return {
    ...catalogue,
    lexicon,
    families: catalogue.families.map((f) => ({
      ...f,
      rules: f.rules.map((r) => ({
        ...r,
        phrases: tightAll(r.phrases) ?? [],
        ...(r.unless ? { unless: tightAll(r.unless) } : {}),
        ...(r.requires ? { requires: tightAll(r.requires) } : {}),
      })),
    })),
  };
}

/** The word lists alone, in a module of their own: the pages check a pack's phrases against them without the rules. */
export function renderLexicon(built: Catalogue): string {
  const catalogue = tightCatalogue(built);
  return [
    '// Generated by `npm run rules` from rules/*.yaml. Do not edit.',
    "import { unpackStarts } from '../phrases/first-sets';",
    "import { unpackLexicon } from '../phrases/lexicon-forms';",
    "import type { ItemStarts, Lexicon } from '../phrases/matcher';",
    '',
    '/** The word lists, their word forms packed (lexicon-forms.ts). */',
    `export const LEXICON: Lexicon = unpackLexicon(${jsonModuleText(packLexicon(catalogue.lexicon))});`,
    '',
    '/**',
    ' * Per entry whose items are phrases, per item, the words it can start with (null: it can start otherwise); shipped',
    ' * as 0 where the item\'s text says them plainly (first-sets.ts `packStarts`).',
    ' */',
    `export const LEXICON_STARTS: ItemStarts = unpackStarts(LEXICON, ${jsonModuleText(packStarts(catalogue.lexicon, new PhraseCompiler(catalogue.lexicon).itemStarts()))});`,
    '',
  ].join('\n');
}

/** The triggers of the lexicon entries the engine asks about (lexicon-words.ts), so a fresh worker does not work them out. */
export function renderEntryTriggers(built: Catalogue): string {
  return [
    '// Generated by `npm run rules` from rules/lexicon.yaml (ASKED_ENTRIES in src/engine/lexicon-words.ts). Do not edit.',
    "import type { Triggers } from './phrases/phrase-index';",
    '',
    `export const ENTRY_TRIGGERS: Readonly<Record<string, Triggers>> = ${jsonModuleText(entryTriggers(tightCatalogue(built).lexicon))};`,
    '',
  ].join('\n');
}

/** The school-context lists (lexicon.ts) filed by first word, so a fresh worker does not work them out (keyed.ts). */
export function renderContextKeys(): string {
  return [
    '// Generated by `npm run rules` from CONTEXT_LISTS in src/engine/lexicon.ts. Do not edit.',
    "import type { ListFiles } from './keyed-files';",
    '',
    `export const CONTEXT_FILES: readonly ListFiles[] = ${jsonModuleText(CONTEXT_LISTS.map((l) => fileList(l)))};`,
    '',
  ].join('\n');
}

/** The annotation pass's word gates, speech.ts's frames', context.ts's NOT_THE_SCHOOL's and complaint.ts's EVERYDAY's (word-gate.ts), worked out ahead so a fresh worker does not derive them. */
export function renderWordGates(): string {
  return [
    '// Generated by `npm run rules` from GATED_LISTS in src/engine/annotate.ts, FRAMES in src/engine/speech.ts, NOT_THE_SCHOOL_LIST in src/engine/lexicon.ts and EVERYDAY_LIST in src/engine/rules/conditions/complaint.ts. Do not edit.',
    "import type { ShippedGate } from './word-gate';",
    '',
    `export const WORD_GATES: readonly ShippedGate[] = ${jsonModuleText(GATED_LISTS.map(shipGate))};`,
    '',
    `export const FRAME_GATES: readonly ShippedGate[] = ${jsonModuleText(FRAME_LISTS.map(shipGate))};`,
    '',
    `export const NOT_THE_SCHOOL_GATE: ShippedGate = ${jsonModuleText(shipGate(NOT_THE_SCHOOL_LIST))};`,
    '',
    `export const EVERYDAY_GATE: ShippedGate = ${jsonModuleText(shipGate(EVERYDAY_LIST))};`,
    '',
  ].join('\n');
}

/** The word lists' words the spelling repair reads (spelling.ts), so a fresh worker does not read the lists through. */
export function renderSpelling(catalogue: Catalogue): string {
  return [
    '// Generated by `npm run rules` from rules/lexicon.yaml (lexiconVocabulary in src/engine/spelling.ts). Do not edit.',
    '',
    `export const LEXICON_VOCABULARY: readonly string[] = ${jsonModuleText(lexiconVocabulary(catalogue.lexicon))};`,
    '',
  ].join('\n');
}

const list = (items: readonly string[]): string => items.map((p) => `  - \`${p.replace(/\s+/g, ' ')}\``).join('\n');

/** docs/rules.md: what each rule notices, in words an admin can read. */
export function renderDocs(catalogue: RuleFileCatalogue): string {
  const out: string[] = [
    '# What Second Thought checks',
    '',
    'Generated by `npm run rules` from the rule files in `rules/`; do not edit. The learned model (docs/model.md)',
    'judges every draft; these rules point at words it should weigh, and a few stand on their own where the wording',
    'is unmistakable. Phrases are written in the phrase language of `src/engine/phrases/language.ts`: `(a | b)`',
    'alternatives, `[a]` optional, `..3` up to three words, `kill*` a word starting "kill", `{NAME}` a word list',
    'below, `!(a)` not followed by, `<…>` the words a finding points at.',
    '',
  ];
  for (const family of catalogue.families) {
    out.push(`## ${family.family}`, '', family.about ?? '', '');
    for (const rule of family.rules) {
      out.push(`### \`${rule.id}\``, '', `- **Category:** ${rule.category}; **about:** ${rule.scope === 'school' ? 'the school community only' : 'anyone'}${rule.roles ? `; **for:** ${rule.roles.join(', ')}` : ''}`);
      out.push(`- **Policy:** ${rule.source}`, `- **Says:** ${rule.message}`, `- **Phrases:**`, list(rule.phrases));
      if (rule.requires?.length) out.push('- **Only when the sentence also has one of:**', list(rule.requires));
      if (rule.checks?.length) out.push(`- **Only when:** ${rule.checks.map((c) => `${c} (${CONDITION_DESCRIPTIONS[c.slice(1)] ?? ''})`).join('; ')}`);
      if (rule.unless?.length) out.push('- **Not when the sentence has:**', list(rule.unless.map((u) => (u.startsWith('@') ? `${u}: ${CONDITION_DESCRIPTIONS[u.slice(1)] ?? ''}` : u))));
      if (rule.from?.length) out.push(`- **Also reads the findings of:** ${rule.from.join(', ')}`);
      if (rule.evidence === false) out.push('- **Not read by the model:** looked for only where a school asks for no names at all (evenInPraise), whose reading asks for it by id');
      if (rule.alone === true) out.push('- **Stands on its own:** a plain hit (not quoted or reported) is a finding, whatever the model');
      out.push('');
    }
  }
  out.push('## Word lists', '');
  for (const [name, entry] of Object.entries(catalogue.lexicon).sort(([a], [b]) => a.localeCompare(b))) {
    const words = entry.map((item) => (typeof item === 'string' ? item : Object.values(item).join(' / ')));
    out.push(`- **{${name}}**: ${words.join('; ')}`);
  }
  out.push('', '## Token classes', '', ...Object.keys(CLASSES).map((c) => `- **{${c}}**`), '', '## Conditions', '');
  for (const [name, does] of Object.entries(CONDITION_DESCRIPTIONS)) out.push(`- **@${name}**: ${does}`);
  return `${out.join('\n')}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const { catalogue, problems } = buildRules();
  if (problems.length > 0) {
    process.stderr.write(`rules: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  const files: [string, string][] = [
    [GENERATED, renderModule(catalogue)],
    [LEXICON_GENERATED, renderLexicon(catalogue)],
    [DOCS, renderDocs(catalogue)],
    [CONTEXT_GENERATED, renderContextKeys()],
    [SPELLING_GENERATED, renderSpelling(catalogue)],
    [WORD_GATES_GENERATED, renderWordGates()],
    [ENTRY_TRIGGERS_GENERATED, renderEntryTriggers(catalogue)],
  ];
  const rules = catalogue.families.reduce((n, f) => n + f.rules.length, 0);
  if (check) {
    const stale = files.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
    if (stale.length > 0) {
      process.stderr.write(`rules: out of date, run npm run rules: ${stale.join(', ')}\n`);
      process.exit(1);
    }
    process.stdout.write(`rules: ${rules} rules in ${catalogue.families.length} files, every case passes, generated files current\n`);
    return;
  }
  for (const [path, text] of files) writeFileSync(path, text);
  process.stdout.write(`rules: ${rules} rules in ${catalogue.families.length} files, every case passes; wrote ${files.map(([p]) => p.slice(ROOT.length + 1)).join(', ')}\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
