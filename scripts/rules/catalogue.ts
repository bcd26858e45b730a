/**
 * The rule files (`rules/*.yaml`): read, validated against their schema, and checked against their own cases.
 * `npm run rules` (scripts/rules.ts) writes what passes; the catalogue test runs the same checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import * as v from 'valibot';
import { prepare } from '../../src/engine/analyze';
import { normalise } from '../../src/engine/normalise';
import { parsePhrase, showPhrase } from '../../src/engine/phrases/language';
import { PhraseCompiler } from '../../src/engine/phrases/matcher';
import { edgeApostropheItems, useLexicon } from '../../src/engine/lexicon-words';
import { LEXICON } from '../../src/engine/rules/lexicon.generated';
import { compileCatalogue } from '../../src/engine/rules/data';
import type { Catalogue, CompiledCatalogue, RuleFamily, RuleFileSpec } from '../../src/engine/rules/data';
import { CATEGORIES, ROLES } from '../../src/engine/types';
import { withStrictNaming } from '../../src/engine/even-in-praise';
import { getBundledPack } from '../../src/packs';

export const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Phrase = v.pipe(v.string('must be a phrase in quotes or plain text'), v.nonEmpty('must not be empty'));
const Forms = v.record(v.pipe(v.string(), v.regex(/^[a-z]+$/, 'form names are lower-case words')), Phrase);
const LexiconSchema = v.record(v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9_]*$/, 'lexicon names are capitals, e.g. GROUP')), v.union([v.array(Phrase), v.array(Forms)], 'must be a list of phrases, or of word forms'));

const RuleShape = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z_]+\.[a-z0-9-]+$/, 'must be category.what-it-notices')),
  category: v.picklist(CATEGORIES),
  scope: v.picklist(['anywhere', 'school']),
  roles: v.optional(v.array(v.picklist(ROLES))),
  source: Text,
  message: Text,
  phrases: v.array(Phrase),
  unless: v.optional(v.array(Phrase)),
  requires: v.optional(v.array(Phrase)),
  checks: v.optional(v.array(v.pipe(v.string(), v.regex(/^@[a-z-]+$/, 'a check is @name')))),
  from: v.optional(v.array(v.string())),
  evidence: v.optional(v.literal(false, 'evidence is only ever false: the model does not read the rule')),
  alone: v.optional(v.literal(true, 'alone is only ever true: a plain hit is a finding on its own')),
  cases: v.strictObject({
    fires: v.pipe(v.array(v.strictObject({ text: Text, find: Text, role: v.optional(v.picklist(ROLES)) })), v.minLength(1, 'needs a case that fires')),
    quiet: v.pipe(v.array(v.strictObject({ text: Text, why: Text, role: v.optional(v.picklist(ROLES)) })), v.minLength(1, 'needs a quiet case')),
  }),
});
// A rule that only reads another rule's hits through its own guards (`from`) needs no phrase of its own.
const RuleSchema = v.pipe(
  RuleShape,
  v.check((rule) => rule.phrases.length > 0 || (rule.from?.length ?? 0) > 0, 'needs at least one phrase, or a rule to read from'),
  // A rule the model does not read has no hits in the evidence, so it could not stand alone: a silent no-op.
  v.check((rule) => !(rule.alone === true && rule.evidence === false), 'alone: true and evidence: false cannot go together'),
);

const FamilySchema = v.strictObject({
  family: v.pipe(v.string(), v.regex(/^[a-z_-]+$/)),
  about: Text,
  lexicon: v.optional(LexiconSchema),
  rules: v.array(RuleSchema),
});
const LexiconFileSchema = v.strictObject({ lexicon: LexiconSchema });

/** The rule files' catalogue: each rule with its sources and cases, which the catalogue the engine ships leaves out. */
export interface RuleFileCatalogue extends Omit<Catalogue, 'families'> {
  families: readonly (Omit<RuleFamily, 'rules'> & { rules: readonly RuleFileSpec[] })[];
}

export interface Loaded {
  catalogue: RuleFileCatalogue;
  /** Each rule's file, for messages. */
  fileOf: Map<string, string>;
  problems: string[];
}

const where = (issue: v.BaseIssue<unknown>): string => v.getDotPath(issue) ?? '(top)';

/** Reads and validates every rule file; problems are returned, never thrown. */
export function loadRules(dir = RULES_DIR): Loaded {
  const problems: string[] = [];
  const lexicon: Record<string, Catalogue['lexicon'][string]> = {};
  const families: RuleFileCatalogue['families'][number][] = [];
  const fileOf = new Map<string, string>();
  const addLexicon = (file: string, entries: Catalogue['lexicon']): void => {
    for (const [name, entry] of Object.entries(entries)) {
      if (lexicon[name]) problems.push(`${file}: lexicon entry ${name} is defined twice`);
      lexicon[name] = entry;
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    let raw: unknown;
    try {
      raw = load(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    const schema = file === 'lexicon.yaml' ? LexiconFileSchema : FamilySchema;
    const result = v.safeParse(schema, raw);
    if (!result.success) {
      for (const issue of result.issues.slice(0, 20)) problems.push(`${file}: ${where(issue)}: ${issue.message}`);
      continue;
    }
    const output = result.output as { lexicon?: Catalogue['lexicon']; family?: string; about?: string; rules?: RuleFileSpec[] };
    if (output.lexicon) addLexicon(file, output.lexicon);
    if (output.rules && output.family && output.about) {
      families.push({ family: output.family, about: output.about, rules: output.rules });
      for (const rule of output.rules) fileOf.set(rule.id, file);
    }
  }
  return { catalogue: { lexicon, families }, fileOf, problems };
}

/** Structural checks: unique ids and phrases, ids that match their category, known `from` rules. */
function checkShape(loaded: Loaded): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const dataIds = new Set<string>();
  for (const family of loaded.catalogue.families) {
    const seen = new Map<string, string>();
    for (const rule of family.rules) {
      const file = loaded.fileOf.get(rule.id);
      if (ids.has(rule.id) || dataIds.has(rule.id)) problems.push(`${file}: ${rule.id}: the id is used twice`);
      dataIds.add(rule.id);
      if (!rule.id.startsWith(`${rule.category}.`)) problems.push(`${file}: ${rule.id}: the id must start with its category, ${rule.category}.`);
      // A finding phrase is unique in its family; a guard may be shared by several rules ("used the complaints
      // route"), but not repeated within one.
      const guards = new Set<string>();
      for (const [phrase, guard] of [
        ...rule.phrases.map((p) => [p, false] as const),
        ...[...(rule.unless ?? []).filter((p) => !p.startsWith('@')), ...(rule.requires ?? [])].map((p) => [p, true] as const),
      ]) {
        let canonical: string;
        try {
          canonical = showPhrase(parsePhrase(phrase));
        } catch {
          continue; // reported when compiled
        }
        const before = guard ? (guards.has(canonical) ? rule.id : undefined) : seen.get(canonical);
        if (before) problems.push(`${file}: ${rule.id}: the phrase "${phrase}" repeats one of ${before}`);
        else if (guard) guards.add(canonical);
        else seen.set(canonical, rule.id);
      }
    }
  }
  for (const family of loaded.catalogue.families) {
    for (const rule of family.rules) {
      for (const id of rule.from ?? []) if (!ids.has(id) && !dataIds.has(id)) problems.push(`${loaded.fileOf.get(rule.id)}: ${rule.id}: from "${id}", which is no rule`);
    }
  }
  return problems;
}

/**
 * Runs every rule's cases through the engine with this catalogue: each `fires` case must give the rule a hit
 * covering its `find` words; no `quiet` case may give it one; and every phrase must be what found at least one of
 * its own rule's `fires` cases.
 */
export function checkCases(catalogue: RuleFileCatalogue, compiled: CompiledCatalogue, fileOf: Map<string, string>): string[] {
  const problems: string[] = [];
  const pack = getBundledPack('generic');
  if (!pack) throw new Error('the generic pack is missing');
  for (const family of catalogue.families) {
    for (const rule of family.rules) {
      const file = fileOf.get(rule.id);
      const used = new Set<string>();
      // A rule the model does not read is looked for only where a school asks for it (analyze.ts ruleApplies).
      const asking = rule.evidence === false ? withStrictNaming(pack) : pack;
      const hitsFor = (text: string, role = rule.roles?.[0] ?? 'parent') => {
        const p = prepare(text, { pack: asking, role }, { catalogue: compiled });
        return [...p.evidence, ...p.asked].filter((e) => e.ruleId === rule.id);
      };
      for (const c of rule.cases.fires) {
        const hits = hitsFor(c.text, c.role);
        const prepared = normalise(c.text);
        const want = normalise(c.find).text.trim();
        const found = hits.find((h) => prepared.text.slice(h.start, h.end).includes(want));
        for (const h of hits) if (h.phrase) used.add(h.phrase);
        if (!found) {
          const got = hits.map((h) => `"${prepared.text.slice(h.start, h.end)}"`).join(', ');
          problems.push(`${file}: ${rule.id}: the case "${c.text}" should find "${c.find}"${got ? `; found ${got}` : '; found nothing'}`);
        }
      }
      for (const c of rule.cases.quiet) {
        if (hitsFor(c.text, c.role).length > 0) problems.push(`${file}: ${rule.id}: the quiet case "${c.text}" fires`);
      }
      for (const phrase of rule.phrases) if (!used.has(phrase)) problems.push(`${file}: ${rule.id}: no case of its own finds anything with the phrase "${phrase}"`);
    }
  }
  return problems;
}

/** Loads, validates, compiles and checks the rule files: the catalogue, or every problem found. */
export function buildRules(dir = RULES_DIR): { catalogue: RuleFileCatalogue; problems: string[] } {
  const loaded = loadRules(dir);
  const problems = [...loaded.problems, ...checkShape(loaded)];
  if (problems.length > 0) return { catalogue: loaded.catalogue, problems };
  let compiled: CompiledCatalogue;
  const lexicon = new PhraseCompiler(loaded.catalogue.lexicon);
  for (const name of Object.keys(loaded.catalogue.lexicon)) {
    try {
      lexicon.compile(`{${name}}`);
    } catch (e) {
      problems.push(`lexicon entry ${name}: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0) return { catalogue: loaded.catalogue, problems };
  // Only once every entry compiles: the check parses their items.
  for (const item of edgeApostropheItems(loaded.catalogue.lexicon)) {
    problems.push(`lexicon entry ${item}: a word with an apostrophe at its edge; the hate conditions read this entry in text without those apostrophes (HELD_ENTRIES, src/engine/lexicon-words.ts), so that word is never found there: write it without the apostrophe`);
  }
  if (problems.length > 0) return { catalogue: loaded.catalogue, problems };
  try {
    compiled = compileCatalogue(loaded.catalogue);
  } catch (e) {
    const id = (e as Error).message.split(':')[0] ?? '';
    return { catalogue: loaded.catalogue, problems: [`${loaded.fileOf.get(id) ?? 'rules'}: ${(e as Error).message}`] };
  }
  useLexicon(loaded.catalogue.lexicon);
  try {
    return { catalogue: loaded.catalogue, problems: checkCases(loaded.catalogue, compiled, loaded.fileOf) };
  } finally {
    useLexicon(LEXICON);
  }
}
