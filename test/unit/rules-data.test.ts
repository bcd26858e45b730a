import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { prepare } from '../../src/engine/analyze';
import { withStrictNaming } from '../../src/engine/even-in-praise';
import { buildRules, RULES_DIR } from '../../scripts/rules/catalogue';
import { tightPhrase } from '../../scripts/rules';
import { packLexicon, unpackLexicon } from '../../src/engine/phrases/lexicon-forms';
import { parseLexiconItem, parsePhrase } from '../../src/engine/phrases/language';
import { CONTEXT_GENERATED, DOCS, ENTRY_TRIGGERS_GENERATED, GENERATED, LEXICON_GENERATED, renderContextKeys, renderDocs, renderEntryTriggers, renderLexicon, renderModule, renderSpelling, renderWordGates, SPELLING_GENERATED, WORD_GATES_GENERATED } from '../../scripts/rules';
import { getBundledPack } from '../../src/packs';
import { CATALOGUE, TRIGGERS } from '../../src/engine/rules/catalogue.generated';
import { compileCatalogue } from '../../src/engine/rules/data';
import { PhraseCompiler } from '../../src/engine/phrases/matcher';
import { packStarts, plainStarts } from '../../src/engine/phrases/first-sets';
import { packTriggers, triggersOf } from '../../src/engine/phrases/phrase-index';
import { ENTRY_TRIGGERS } from '../../src/engine/entry-triggers.generated';
import { ASKED_ENTRIES, entryTriggers } from '../../src/engine/lexicon-words';
import { LEXICON, LEXICON_STARTS } from '../../src/engine/rules/lexicon.generated';

const generic = getBundledPack('generic');
if (!generic) throw new Error('generic pack missing');

const built = buildRules();

/** A copy of the rule files with one file's text changed, built as the compiler would. */
function buildWith(file: string, change: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  for (const f of readdirSync(RULES_DIR)) copyFileSync(join(RULES_DIR, f), join(dir, f));
  writeFileSync(join(dir, file), change(readFileSync(join(RULES_DIR, file), 'utf8')));
  return buildRules(dir).problems;
}

describe('rule files', () => {
  it('validate, compile, and pass every case of their own', () => {
    expect(built.problems).toEqual([]);
  });

  it('match the generated module and docs/rules.md (run npm run rules when this fails)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(renderModule(built.catalogue));
    expect(readFileSync(LEXICON_GENERATED, 'utf8')).toBe(renderLexicon(built.catalogue));
    expect(readFileSync(DOCS, 'utf8')).toBe(renderDocs(built.catalogue));
    expect(readFileSync(CONTEXT_GENERATED, 'utf8')).toBe(renderContextKeys());
    expect(readFileSync(SPELLING_GENERATED, 'utf8')).toBe(renderSpelling(built.catalogue));
    expect(readFileSync(WORD_GATES_GENERATED, 'utf8')).toBe(renderWordGates());
    expect(readFileSync(ENTRY_TRIGGERS_GENERATED, 'utf8')).toBe(renderEntryTriggers(built.catalogue));
  });

  it('ship the asked entries\' triggers as the engine, compiling each entry alone with its item starts, would file them', () => {
    expect(Object.keys(ENTRY_TRIGGERS)).toEqual([...ASKED_ENTRIES]);
    expect(ENTRY_TRIGGERS).toEqual(JSON.parse(JSON.stringify(entryTriggers(LEXICON, LEXICON_STARTS))));
  });

  it("ship the lexicon items' first words as the compiler works them out, the plain ones read off the items", () => {
    const own = new PhraseCompiler(LEXICON).itemStarts();
    expect(LEXICON_STARTS).toEqual(own);
    const packed = packStarts(LEXICON, own);
    const items = Object.values(packed).flat();
    // Most are read off the item; the rest (hyphens, entries, classes, optional words first) are shipped.
    expect(items.filter((w) => w === 0).length).toBeGreaterThan(items.length / 2);
    expect(items.some((w) => w !== 0)).toBe(true);
    expect(plainStarts('(a | an) [{WORD}]')).toEqual(['a', 'an']);
    expect(plainStarts("i'm so tired")).toEqual(["i'm"]);
    expect(plainStarts('[the] head')).toBeNull();
    expect(plainStarts('(power mad | power-mad)')).toBeNull();
  });

  it("ship each phrase's own trigger words, by position, and refuse a list that does not fit the catalogue", () => {
    // The shipped triggers are what compiling each phrase gives, phrase by phrase, in the catalogue's order.
    const lazy = compileCatalogue(CATALOGUE, TRIGGERS);
    const eager = compileCatalogue(CATALOGUE);
    expect(lazy.owners.map((o) => o.source)).toEqual(eager.owners.map((o) => o.source));
    expect(TRIGGERS.count).toBe(eager.owners.length);
    const compiler = new PhraseCompiler(CATALOGUE.lexicon);
    expect(TRIGGERS).toEqual(JSON.parse(JSON.stringify(packTriggers(triggersOf(eager.owners.map((o) => compiler.compile(o.source).first))))));
    expect(() => compileCatalogue(CATALOGUE, { ...TRIGGERS, count: TRIGGERS.count - 1 })).toThrow(/trigger words list \d+ phrases, the catalogue has \d+: run `npm run rules`/);
  });

  it('ship every phrase and word list item meaning what the rule files say, with the spaces around "|" taken out', () => {
    // "(! | again)" is the symbol or "again"; written "(!|again)" it would be "not (| again)".
    expect(parsePhrase(tightPhrase('(weeks | months) (! | to reply)'))).toEqual(parsePhrase('(weeks | months) (! | to reply)'));
    for (const family of built.catalogue.families) {
      for (const rule of family.rules) {
        for (const p of [...rule.phrases, ...(rule.unless ?? []), ...(rule.requires ?? [])].filter((x) => !x.startsWith('@'))) {
          expect(parsePhrase(tightPhrase(p)), `${rule.id}: ${p}`).toEqual(parsePhrase(p));
        }
      }
    }
    for (const [name, items] of Object.entries(built.catalogue.lexicon)) {
      for (const item of items) {
        for (const text of typeof item === 'string' ? [item] : Object.values(item)) {
          expect(parseLexiconItem(tightPhrase(text)), `${name}: ${text}`).toEqual(parseLexiconItem(text));
        }
      }
    }
  });

  it("ship the word lists' forms packed, and read them back as the rule files give them", () => {
    const lexicon = built.catalogue.lexicon;
    expect(unpackLexicon(packLexicon(lexicon))).toEqual(lexicon);
    // The shipped lists are the rule files' with the spaces around "|" taken out, every form where it was.
    expect(Object.keys(LEXICON)).toEqual(Object.keys(lexicon));
    for (const [name, items] of Object.entries(lexicon)) {
      (items as readonly unknown[]).forEach((item, i) => {
        const shipped = (LEXICON[name] as readonly unknown[])[i];
        if (typeof item === 'string') expect(shipped, name).toBe(tightPhrase(item));
        else expect(Object.keys(shipped as object), name).toEqual(Object.keys(item as object));
      });
    }
    // A regular plural ships as "+"; any other is written out.
    expect(packLexicon({ X: [{ singular: 'idiot~', plural: 'idiots~' }, { singular: 'bitch~', plural: 'bitches~' }] })).toEqual({ X: [['sp', 'idiot~', '+'], ['sp', 'bitch~', 'bitches~']] });
    expect(() => packLexicon({ X: [{ singular: 'a', dual: 'b' }] })).toThrow(/no letter for the form "dual"/);
  });

  it('refuse a phrase that no case of its rule finds, naming the file, rule and phrase', () => {
    const problems = buildWith('photo.yaml', (t) => t.replace('      - tag yourselves\n', '      - tag yourselves\n      - sneaky pics\n'));
    expect(problems).toEqual(['photo.yaml: photo.sharing-images: no case of its own finds anything with the phrase "sneaky pics"']);
  });

  it('refuse a repeated phrase, a case that stops firing, and an unknown condition', () => {
    expect(buildWith('photo.yaml', (t) => t.replace('      - tag yourselves\n', '      - tag yourselves\n      - tag   yourselves\n'))).toEqual([
      'photo.yaml: photo.sharing-images: the phrase "tag   yourselves" repeats one of photo.sharing-images',
    ]);
    expect(buildWith('photo.yaml', (t) => t.replace('find: posted these', 'find: posted those'))[0]).toMatch(/should find "posted those"; found "posted these"/);
    expect(buildWith('photo.yaml', (t) => t.replace('      - no (photos', '      - "@sunny"\n      - no (photos'))).toEqual([
      expect.stringMatching(/^photo\.yaml: photo\.sharing-images: "@sunny" is not a known condition/),
    ]);
  });

  it("refuse a word with an apostrophe at its edge in an entry the hate conditions read in text without them", () => {
    const message = /: a word with an apostrophe at its edge; the hate conditions read this entry in text without those apostrophes .*write it without the apostrophe$/;
    // A group's possessive in GROUP's plural (read through GROUP_WORD and GROUP:plural) and a person noun's, inside an
    // option (read through IDENTITY): either would match nothing where the engine asks "is a group named here?".
    expect(buildWith('lexicon.yaml', (t) => t.replace('    - { adjective: trans }\n', "    - { adjective: trans }\n    - { singular: migrant, plural: migrants' }\n"))).toEqual([
      expect.stringMatching(new RegExp(`^lexicon entry \\{GROUP:plural\\}: "migrants'"${message.source}`)),
    ]);
    expect(buildWith('lexicon.yaml', (t) => t.replace('folk | folks |', "folk | ''folks |"))).toEqual([
      expect.stringMatching(/^lexicon entry \{PERSON_NOUN\}: "\(people .*''folks .*\)": a word with an apostrophe/),
    ]);
    // A lexicon item that does not parse is said to be so, not met by this check's parsing.
    expect(buildWith('lexicon.yaml', (t) => t.replace('folk | folks |', 'folk | (folks |'))[0]).toMatch(/^lexicon entry \w+: /);
  });

  it('refuse unsafe phrases: one that starts with a gap, or can match nothing', () => {
    expect(buildWith('photo.yaml', (t) => t.replace('      - tag yourselves\n', '      - ..3 pics\n'))[0]).toMatch(/must start with a word/);
    expect(buildWith('photo.yaml', (t) => t.replace('      - tag yourselves\n', '      - "[tag]"\n'))[0]).toMatch(/can match nothing/);
  });

  it('refuse a file that breaks the schema, at its field', () => {
    expect(buildWith('photo.yaml', (t) => t.replace('scope: school', 'scope: everywhere'))).toEqual([expect.stringMatching(/^photo\.yaml: rules\.0\.scope: /)]);
  });

  // Judged by the rules alone, through the whole engine: each fires case names its rule's category. A rule the
  // model does not read (`evidence: false`) names nothing on its own: its cases are found for the code that asks.
  for (const family of built.catalogue.families) {
    for (const rule of family.rules) {
      describe(rule.id, () => {
        for (const c of rule.cases.fires) {
          it(`fires: ${c.text}`, () => {
            const options = { role: c.role ?? rule.roles?.[0] ?? 'parent', pack: generic, model: null } as const;
            if (rule.evidence === false) {
              const p = prepare(c.text, { ...options, pack: withStrictNaming(generic) });
              expect(p.asked.map((e) => e.ruleId)).toContain(rule.id);
              expect(p.evidence.map((e) => e.ruleId)).not.toContain(rule.id);
            } else expect(analyzeDraft(c.text, options).categories).toContain(rule.category);
          });
        }
      });
    }
  }
});
