/**
 * `analyzeDraft`: read one draft (normalise, annotate, run the rules of rules/*.yaml and the pack's own phrases), then
 * score and decide (`decide.ts`):
 * whether to nudge, how strongly, and why. Pure and synchronous; linear in the length of the draft.
 */
import { annotate, M, T } from './annotate';
import type { Annotation } from './annotate';
import { buildContext } from './context';
import type { DraftContext } from './context';
import { decide } from './decide';
import { bundledModel } from './model/bundled';
import { tokenize } from './model/features';
import type { RuleEvidence, Tokens } from './model/features';
import type { Model } from './model/model';
import { normalise } from './normalise';
import { harmFallsOnOwnChild } from './own-harm';
import type { Normalised } from './normalise';
import { bundledCatalogue } from './rules/bundled';
import { DataRun, unreadPhrases } from './rules/data';
import { packCatalogue } from './rules/pack-phrases';
import { readsStrictNaming } from './even-in-praise';
import { tokenStrings } from './rule-tokens';
import { betweenQuotes } from './speech';
import type { CompiledCatalogue, NearMiss, RuleInfo, Unread } from './rules/data';
import type { Place } from './rules/conditions';
import { CATEGORIES, packChecks, ROLES } from './types';
import type { AnalyzeOptions, Verdict } from './types';

function ruleApplies(rule: RuleInfo, options: AnalyzeOptions): boolean {
  if (!packChecks(options.pack, rule.category)) return false;
  // A rule the model does not read is looked for only where something asks for it: today the stricter naming of a
  // school that asks for no names at all (even-in-praise.ts). Elsewhere its phrases would cost every draft for nothing.
  if (rule.evidence === false && !readsStrictNaming(options)) return false;
  if (rule.category === 'staff_conduct' && options.role !== 'staff') return false;
  return !rule.roles || rule.roles.includes(options.role);
}

/**
 * Per catalogue, per role, stricter naming or not, and set of categories the pack checks: the phrases of the rules that do not apply, which
 * `prepare` then does not look for (`unreadPhrases`). Keyed by what `ruleApplies` reads, not by the pack object, so
 * a pack changed in place is never answered for as it was.
 */
const unreadByCatalogue = new WeakMap<CompiledCatalogue, Map<number, Unread>>();
function unreadFor(catalogue: CompiledCatalogue, options: AnalyzeOptions): Unread {
  let key = 2 * ROLES.indexOf(options.role) + (readsStrictNaming(options) ? 1 : 0);
  for (const category of CATEGORIES) key = 2 * key + (packChecks(options.pack, category) ? 1 : 0);
  let known = unreadByCatalogue.get(catalogue);
  if (!known) unreadByCatalogue.set(catalogue, (known = new Map()));
  let unread = known.get(key);
  if (!unread) known.set(key, (unread = unreadPhrases(catalogue, (rule) => ruleApplies(rule, options))));
  return unread;
}

/** A draft read once: its normalised text, sentences and school marks, annotations, tokens and every rule hit. */
export interface Prepared {
  n: Normalised;
  draft: DraftContext;
  notes: Annotation;
  tokens: Tokens;
  /** Every hit of every rule that applies (pack, role), in catalogue order, guardrails applied. */
  evidence: (RuleEvidence & { rule: RuleInfo; plain: boolean; phrase?: string; school?: boolean })[];
  /** Hits of rules the model does not read (`evidence: false`), for the code that asks for them by id. */
  asked: (RuleEvidence & { rule: RuleInfo; plain: boolean; phrase: string })[];
  /** With `explain`: hits of data rules that a scope, check or guard dropped, and which. */
  nearMisses: NearMiss[];
}

/** How `prepare` reads: which data rules (default: the bundled ones), and whether to keep near-misses. */
export interface PrepareOptions {
  catalogue?: CompiledCatalogue;
  explain?: boolean;
}

/** Stages 1–3 of PRODUCT.md §3 and the rules' evidence: everything the model and the decision read. */
export function prepare(text: string, options: AnalyzeOptions, how: PrepareOptions = {}): Prepared {
  const draftText = typeof text === 'string' ? text : '';
  const n = normalise(draftText);
  const draft = buildContext(n, options.pack, options.role);
  const tokens = tokenize(draft);
  const notes = annotate(draft, tokenStrings(draft, tokens));
  const catalogue = how.catalogue ?? bundledCatalogue();
  const data = new DataRun(catalogue, draft, notes, tokens, how.explain, unreadFor(catalogue, options));
  const evidence: Prepared['evidence'] = [];
  const asked: Prepared['asked'] = [];
  // Plain: said in the writer's own voice, not quoted or reported ("he said…", "apparently…"); only a plain hit
  // of a direct rule stands as a finding on its own (decide.ts).
  const plainAt = (sentence: number): boolean => ((notes.sentences[sentence]?.manner ?? 0) & M.reported) === 0;
  const push = (rule: RuleInfo, hit: { start: number; end: number; sentence: number }, phrase?: string, school = false): void => {
    if (rule.category === 'threat' && aboutOwnFamilyOnly(draft, notes, hit)) return;
    const plain = plainAt(hit.sentence);
    evidence.push({ rule, ruleId: rule.id, category: rule.category, start: hit.start, end: hit.end, plain, ...(phrase ? { phrase } : {}), ...(school ? { school } : {}) });
  };
  for (const [rule, hits] of data.all(options, ruleApplies)) {
    if (rule.evidence === false) {
      for (const hit of hits) asked.push({ rule, ruleId: rule.id, category: rule.category, start: hit.start, end: hit.end, plain: plainAt(hit.sentence), phrase: hit.phrase });
    } else for (const hit of hits) push(rule, hit, hit.phrase);
  }
  // The school's own phrases: findings on their own when said plainly (decide.ts).
  const own = packCatalogue(options.pack);
  if (own) {
    const run = new DataRun(own, draft, notes, tokens, how.explain, unreadFor(own, options));
    for (const [rule, hits] of run.all(options, ruleApplies)) for (const hit of hits) push(rule, hit, hit.phrase, true);
    data.nearMisses.push(...run.nearMisses);
  }
  return { n, draft, notes, tokens, evidence, asked, nearMisses: data.nearMisses };
}

/**
 * "My toddler has posted the car keys through next door's letterbox. I'm going to kill him.": a sentence that names
 * nobody and carries on, by its pronoun, from one about the writer's own child and no one else is exasperation, not
 * a threat. So are the words in quotation marks in a sentence about the writer's child and no one else ("my
 * four-year-old told her brother 'I'm going to kill you'"), and a sentence whose subject is the writer's own child
 * with the harm falling on them and no one else ("if my son touches my straighteners again ill break his fingers",
 * own-harm.ts). (A threat that names the child as the one wronged, "touch my boy again and…" or "he will pay for
 * what he said to my girl", is none of these.)
 */
function aboutOwnFamilyOnly(draft: DraftContext, notes: Annotation, hit: Place): boolean {
  const note = notes.sentences[hit.sentence];
  if (!note) return false;
  if ((note.targets & (T.staff | T.pupil | T.parent | T.school | T.group)) !== 0) return false;
  if ((note.carried & T.own_child) !== 0) return true;
  if ((note.targets & T.own_child) === 0) return false;
  return betweenQuotes(hit, draft) || harmFallsOnOwnChild(draft, hit.sentence, hit.end);
}

/**
 * Whether to nudge, how strongly, and why: the rules' evidence and the learned model's judgement (`decide.ts`).
 * `options.model` null judges by the rules alone; absent, the bundled model is used.
 */
export function analyzeDraft(text: string, options: AnalyzeOptions & { model?: Model | null }): Verdict {
  const steps = analyzeInSteps(text, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `analyzeDraft` in steps, pausing between reading the draft and deciding: the worker runs other drafts in the
 * pauses, so a short draft is not kept waiting behind a long one (src/background/queue.ts).
 */
export function* analyzeInSteps(text: string, options: AnalyzeOptions & { model?: Model | null }): Generator<void, Verdict> {
  const prepared = prepare(text, options);
  yield;
  const model = options.model === undefined ? bundledModel() : options.model;
  return decide(prepared, options, model);
}
