/**
 * Rules written as data (`rules/*.yaml`, compiled by `npm run rules` into `catalogue.generated.ts`): the
 * shape of a rule file, and how a draft is read against every data rule at once. One scan of the draft's tokens
 * finds every phrase of every rule (and of their guards); then each rule keeps the hits its scope, checks and
 * guards allow. With `explain`, the hits a guard dropped are kept too, with the guard that dropped them.
 */
import type { Annotation } from '../annotate';
import type { DraftContext } from '../context';
import type { Tokens } from '../model/features';
import { PhraseCompiler } from '../phrases/matcher';
import { PhraseIndex } from '../phrases/phrase-index';
import type { PhraseMatch, Triggers } from '../phrases/phrase-index';
import type { CompiledPhrase, ItemStarts, Lexicon } from '../phrases/matcher';
import { tokenStrings } from '../rule-tokens';
import type { RuleTokens } from '../rule-tokens';
import type { AnalyzeOptions, Category, Role } from '../types';
import { CONDITIONS } from './conditions';
import type { Condition, Place } from './conditions';

export type Scope = 'anywhere' | 'school';

/** A rule as a family file writes it. */
export interface DataRuleSpec {
  id: string;
  category: Category;
  scope: Scope;
  roles?: readonly Role[];
  /** The policy clauses it comes from, for docs/rules.md: every rule file has them; the catalogue the engine ships leaves them out. */
  source?: string;
  message: string;
  phrases: readonly string[];
  /** Phrases, or `@condition`s: a hit is dropped when one of them is found in (or holds for) its sentence. */
  unless?: readonly string[];
  /** Phrases: a hit is kept only when one of them is found in its sentence. */
  requires?: readonly string[];
  /** `@condition`s that must all hold for the hit. */
  checks?: readonly string[];
  /** Rules (by id) whose kept hits this rule also reads, through its own scope, checks and guards. */
  from?: readonly string[];
  /**
   * `false`: the model does not read this rule's hits (it was not trained with them, and new evidence moves a model
   * in ways no one measured); only code that asks for the rule by id does (`Prepared.asked`).
   */
  evidence?: false;
  /**
   * `true`: a plain hit (not quoted or reported) is a finding on its own, whatever the model, as a direct rule's is
   * (decide.ts `standsAlone`). For wording no reading can excuse, where training has not yet measured the rule
   * (train.ts `directRules` sets the rest by their precision).
   */
  alone?: true;
  /** What `npm run rules` and the tests check it against: every rule file has them; the catalogue the engine ships leaves them out. */
  cases?: RuleCases;
}

export interface RuleCases {
  /** Each must give this rule a hit whose words include `find`. */
  fires: readonly { text: string; find: string; role?: Role }[];
  /** None may give this rule a hit. */
  quiet: readonly { text: string; why: string; role?: Role }[];
}

/** A rule as read from its file (scripts/rules/catalogue.ts `loadRules`): its sources and cases always there. */
export type RuleFileSpec = DataRuleSpec & { source: string; cases: RuleCases };

export interface RuleFamily {
  family: string;
  /** What the family covers, for docs/rules.md: every rule file has it; the catalogue the engine ships leaves it out. */
  about?: string;
  rules: readonly DataRuleSpec[];
}

export interface Catalogue {
  lexicon: Lexicon;
  /** The lexicon's items' first words, as the build filed them: a fresh worker then builds only the items drafts wake. */
  starts?: ItemStarts;
  families: readonly RuleFamily[];
}

/** What evidence, findings and explanations need of any rule, data or not. */
export interface RuleInfo {
  id: string;
  category: Category;
  message: string;
  scope: Scope;
  roles?: readonly Role[];
  /** `false`: the model does not read its hits (DataRuleSpec.evidence). */
  evidence?: false;
  /** `true`: a plain hit is a finding on its own (DataRuleSpec.alone). */
  alone?: true;
}

/** A data rule's hit: where, and the phrase that found it. */
export interface DataHit extends Place {
  phrase: string;
}

/** A hit a rule dropped, and why (`check --explain`). */
export interface NearMiss extends DataHit {
  ruleId: string;
  why: string;
}

type Owner = { rule: number; kind: 'phrase' | 'unless' | 'requires'; source: string };

/** A condition a rule names, with its name for `--explain`. */
type CompiledCheck = { name: string; test: Condition };

interface CompiledRule {
  spec: DataRuleSpec;
  unlessConditions: CompiledCheck[];
  checks: CompiledCheck[];
  unlessPhrases: number[];
  requiresPhrases: number[];
}

export interface CompiledCatalogue {
  rules: readonly CompiledRule[];
  byId: ReadonlyMap<string, number>;
  index: PhraseIndex;
  owners: readonly Owner[];
}

const isCondition = (entry: string): boolean => entry.startsWith('@');
const NO_HITS: readonly DataHit[] = Object.freeze([]);
const NO_SOURCES: readonly string[] = [];
/** What `dropped` says when no one reads why. */
const DROPPED = 'dropped';

/**
 * Compiles every phrase of a catalogue into one index. Throws PhraseError (with the rule's id) on a bad one. With
 * `triggers` (the phrases' trigger words filed by the build, phrases numbered in the order they are met here: each
 * rule's phrases, then its unless and requires phrases), phrases are indexed at once and compiled on first use.
 */
export function compileCatalogue(catalogue: Catalogue, triggers?: Triggers): CompiledCatalogue {
  const compiler = new PhraseCompiler(catalogue.lexicon, catalogue.starts);
  const phrases: CompiledPhrase[] = [];
  const owners: Owner[] = [];
  const rules: CompiledRule[] = [];
  const byId = new Map<string, number>();
  const add = (rule: number, kind: Owner['kind'], source: string, id: string): number => {
    try {
      phrases.push(triggers ? compiler.lazy(source) : compiler.compile(source));
    } catch (e) {
      throw new Error(`${id}: ${(e as Error).message}`);
    }
    owners.push({ rule, kind, source });
    return phrases.length - 1;
  };
  const condition = (id: string, entry: string): { name: string; test: Condition } => {
    const name = entry.slice(1);
    const found = CONDITIONS[name];
    if (!found) throw new Error(`${id}: "${entry}" is not a known condition (${Object.keys(CONDITIONS).join(', ')})`);
    return { name, test: found };
  };
  for (const family of catalogue.families) {
    for (const spec of family.rules) {
      const r = rules.length;
      byId.set(spec.id, r);
      for (const p of spec.phrases) add(r, 'phrase', p, spec.id);
      rules.push({
        spec,
        unlessConditions: (spec.unless ?? []).filter(isCondition).map((e) => condition(spec.id, e)),
        checks: (spec.checks ?? []).map((e) => condition(spec.id, e.startsWith('@') ? e : `@${e}`)),
        unlessPhrases: (spec.unless ?? []).filter((e) => !isCondition(e)).map((p) => add(r, 'unless', p, spec.id)),
        requiresPhrases: (spec.requires ?? []).map((p) => add(r, 'requires', p, spec.id)),
      });
    }
  }
  if (triggers && triggers.count !== phrases.length) {
    throw new Error(`the rules' trigger words list ${triggers.count} phrases, the catalogue has ${phrases.length}: run \`npm run rules\``);
  }
  // Guard phrases are only ever asked whether a sentence holds them, and only where their rule has a hit (DataRun).
  const guards: number[] = [];
  for (let i = 0; i < owners.length; i++) if ((owners[i] as Owner).kind !== 'phrase') guards.push(i);
  return { rules, byId, index: new PhraseIndex(phrases, triggers, guards), owners };
}

/** Phrases a `DataRun` does not look for (1 each): in any sentence, and in a sentence not about the school. */
export interface Unread {
  always: Uint8Array;
  outsideSchool: Uint8Array;
}

/**
 * The phrases of the rules that `reads` leaves out, for a `DataRun` that will be asked only of the others (as `all`
 * asks only of the rules that apply): a rule's phrases are still read when a rule read borrows its hits (`from`).
 * A parent's draft then never tries the staff rules' phrases, nor a staff member's the parents' own: a quarter fewer
 * phrases tried on short drafts. In a sentence outside the school's scope, the phrases of rules scoped to the school
 * are left out too: their hits there would be dropped (`dropped`), and a rule that borrows them reads only the kept.
 */
export function unreadPhrases(catalogue: CompiledCatalogue, reads: (rule: DataRuleSpec) => boolean): Unread {
  const read = new Set<number>();
  const add = (r: number): void => {
    if (read.has(r)) return;
    read.add(r);
    for (const source of catalogue.rules[r]?.spec.from ?? []) {
      const s = catalogue.byId.get(source);
      if (s !== undefined) add(s);
    }
  };
  catalogue.rules.forEach((rule, r) => {
    if (reads(rule.spec)) add(r);
  });
  // Marked phrase by phrase in one loop: lists of phrases made with flatMap (an array per phrase) cost a fresh
  // worker's first draft most of a millisecond.
  const always = catalogue.index.leftOut([]);
  const outsideSchool = catalogue.index.leftOut([]);
  const { owners, rules } = catalogue;
  for (let p = 0; p < owners.length; p++) {
    const rule = (owners[p] as Owner).rule;
    if (!read.has(rule)) always[p] = outsideSchool[p] = 1;
    else if (rules[rule]?.spec.scope === 'school') outsideSchool[p] = 1;
  }
  return { always, outsideSchool };
}

/** Reads a draft against a compiled catalogue; hits are worked out per rule, on first asking. */
export class DataRun {
  /** Per rule, its phrases' matches (absent for the many rules with none). */
  private readonly matches: (DataHit[] | undefined)[] = [];
  /** Per sentence × guard phrase asked about: 1 it holds the phrase, 2 it does not. */
  private readonly guardSeen = new Map<number, number>();
  private readonly words: RuleTokens;
  private readonly memo = new Map<number, readonly DataHit[]>();
  readonly nearMisses: NearMiss[] = [];

  constructor(
    private readonly catalogue: CompiledCatalogue,
    private readonly draft: DraftContext,
    private readonly notes: Annotation,
    tokens: Tokens,
    private readonly explain = false,
    /** Phrases not to look for (`unreadPhrases`): no rule asked of this run reads them. */
    unread?: Unread,
  ) {
    this.words = tokenStrings(draft, tokens);
    const { words, starts, ends, ranges, ids } = this.words;
    // One receiver for every sentence's matches, not a closure made per sentence.
    let sentence = 0;
    const found = (m: PhraseMatch): void => {
      const owner = catalogue.owners[m.phrase] as Owner;
      const first = m.hitTo > m.hitFrom ? m.hitFrom : m.from;
      const last = (m.hitTo > m.hitFrom ? m.hitTo : m.to) - 1;
      (this.matches[owner.rule] ??= []).push({
        start: starts[first] as number,
        end: ends[last] as number,
        sentence,
        phrase: owner.source,
      });
    };
    for (; 2 * sentence < ranges.length; sentence++) {
      const from = ranges[2 * sentence] as number;
      const to = ranges[2 * sentence + 1] as number;
      if (to <= from) continue;
      // With `explain`, hits dropped for scope are kept as near-misses: looked for in every sentence.
      const left = unread && (explain || draft.inSchoolScope(sentence) ? unread.always : unread.outsideSchool);
      catalogue.index.scan(words, from, to, found, ids, left);
    }
  }

  /** Whether a sentence holds a guard phrase, worked out on first asking. */
  private seen(sentence: number, phrase: number): boolean {
    const key = sentence * this.catalogue.owners.length + phrase;
    let answer = this.guardSeen.get(key);
    if (answer === undefined) {
      const { words, ranges, ids } = this.words;
      answer = this.catalogue.index.holds(phrase, words, ranges[2 * sentence] as number, ranges[2 * sentence + 1] as number, ids) ? 1 : 2;
      this.guardSeen.set(key, answer);
    }
    return answer === 1;
  }

  /**
   * Why a hit is dropped by rule r, or undefined when it is kept. Said in words only with `explain` (for a near-miss);
   * else only that it is.
   */
  private dropped(r: number, hit: Place): string | undefined {
    const rule = this.catalogue.rules[r] as CompiledRule;
    const explain = this.explain;
    if (rule.spec.scope === 'school' && !this.draft.inSchoolScope(hit.sentence)) return 'scope: the sentence is not about the school community';
    // Loops by index: this runs per hit of every rule, and an iterator or a closure each time was garbage.
    const { checks, unlessConditions, unlessPhrases, requiresPhrases } = rule;
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i] as CompiledCheck;
      if (!c.test(hit, this.draft, this.notes)) return explain ? `checks: @${c.name} does not hold` : DROPPED;
    }
    for (let i = 0; i < unlessConditions.length; i++) {
      const c = unlessConditions[i] as CompiledCheck;
      if (c.test(hit, this.draft, this.notes)) return explain ? `unless: @${c.name}` : DROPPED;
    }
    for (let i = 0; i < unlessPhrases.length; i++) {
      const p = unlessPhrases[i] as number;
      if (this.seen(hit.sentence, p)) return explain ? `unless: "${this.catalogue.owners[p]?.source}"` : DROPPED;
    }
    if (requiresPhrases.length === 0) return undefined;
    for (let i = 0; i < requiresPhrases.length; i++) if (this.seen(hit.sentence, requiresPhrases[i] as number)) return undefined;
    return 'requires: none of its phrases is in the sentence';
  }

  /** The kept hits of a rule of this catalogue, by id (empty when unknown). */
  hitsOf(id: string): readonly DataHit[] {
    const r = this.catalogue.byId.get(id);
    if (r === undefined) return [];
    let hits = this.memo.get(r);
    if (hits) return hits;
    const rule = this.catalogue.rules[r] as CompiledRule;
    // Most rules find nothing in most drafts: nothing to keep, nothing to build.
    const matches = this.matches[r] ?? NO_HITS;
    if (matches.length === 0 && !rule.spec.from) return NO_HITS;
    // A rule borrowing, however indirectly, from itself finds nothing more while its own hits are worked out.
    this.memo.set(r, NO_HITS);
    const kept: DataHit[] = [];
    const from = rule.spec.from ?? NO_SOURCES;
    for (let s = 0; s < from.length; s++) {
      const source = from[s] as string;
      const borrowed = this.hitsOf(source);
      for (let i = 0; i < borrowed.length; i++) {
        const hit = borrowed[i] as DataHit;
        this.consider(r, id, { ...hit, borrowedFrom: hit.borrowedFrom ?? source, phrase: hit.borrowedFrom ? hit.phrase : `(from ${source}) ${hit.phrase}` }, kept);
      }
    }
    for (let i = 0; i < matches.length; i++) this.consider(r, id, matches[i] as DataHit, kept);
    hits = kept;
    this.memo.set(r, hits);
    return hits;
  }

  /** Keeps a hit of rule r (`id`) unless the rule drops it; a dropped one is a near-miss with `explain`. */
  private consider(r: number, id: string, hit: DataHit, kept: DataHit[]): void {
    const why = this.dropped(r, hit);
    if (why === undefined) kept.push(hit);
    else if (this.explain) this.nearMisses.push({ ...hit, ruleId: id, why });
  }

  /** Every rule of the catalogue that applies and keeps a hit, in order, with its kept hits. */
  *all(options: AnalyzeOptions, applies: (rule: RuleInfo, options: AnalyzeOptions) => boolean): Generator<[DataRuleSpec, readonly DataHit[]]> {
    const { rules } = this.catalogue;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as CompiledRule;
      // A rule with no match of its own and none to borrow keeps nothing and drops nothing (`hitsOf`): most rules,
      // in most drafts, are passed over here without being looked up.
      if (this.matches[r] === undefined && !rule.spec.from) continue;
      if (!applies(rule.spec, options)) continue;
      // Asked of every other rule that applies, so that with `explain` every near-miss is kept.
      const hits = this.hitsOf(rule.spec.id);
      if (hits.length > 0) yield [rule.spec, hits];
    }
  }
}
