/**
 * `analyzeDraft`: read one draft (normalise, annotate, run the rule catalogue), then score and decide (`decide.ts`):
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
import type { Normalised } from './normalise';
import type { Hit, Rule } from './rule';
import { RULES } from './rules';
import { bundledCatalogue } from './rules/bundled';
import { DataRun } from './rules/data';
import { packCatalogue } from './rules/pack-phrases';
import type { CompiledCatalogue, NearMiss, RuleInfo } from './rules/data';
import type { Place } from './rules/conditions';
import type { AnalyzeOptions, Verdict } from './types';

function ruleApplies(rule: RuleInfo, options: AnalyzeOptions): boolean {
  const packRule = options.pack.rules[rule.category];
  if (!packRule?.enabled) return false;
  if (rule.category === 'staff_conduct' && options.role !== 'staff') return false;
  return !rule.roles || rule.roles.includes(options.role);
}

/** Trigger words of many rules, inverted: which rules a word (or a word's first letters) wakes. */
interface TriggerIndex {
  exact: Map<string, number[]>;
  stems: Map<string, number[]>;
  /** Stem lengths present, ascending. */
  stemLengths: number[];
}

function buildIndex(lists: readonly (readonly string[] | undefined)[]): TriggerIndex {
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const lengths = new Set<number>();
  const add = (map: Map<string, number[]>, key: string, rule: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [rule]);
    else if (list[list.length - 1] !== rule) list.push(rule);
  };
  lists.forEach((list, rule) => {
    for (const word of list ?? []) {
      if (word.length > 1 && word.endsWith('*')) {
        add(stems, word.slice(0, -1), rule);
        lengths.add(word.length - 1);
      } else add(exact, word, rule);
    }
  });
  return { exact, stems, stemLengths: [...lengths].sort((a, b) => a - b) };
}

let ruleIndex: { triggers: TriggerIndex; also: TriggerIndex } | undefined;
const RULE_INDEX = new Map<string, number>(RULES.map((r, i) => [r.id, i]));

/**
 * For every rule of the catalogue, the sentences its prefilter lets through (undefined: every sentence), found
 * in one pass over the draft's words rather than one pass per rule.
 */
export function candidateSentences(draft: DraftContext): (number[] | undefined)[] {
  ruleIndex ??= { triggers: buildIndex(RULES.map((r) => r.triggers)), also: buildIndex(RULES.map((r) => r.alsoTriggers)) };
  const count = draft.sentences.length;
  const rules = RULES.length;
  // One pass over the draft's words marks, rule by sentence, where a trigger word (and an "also" word) occurs.
  const mark = (index: TriggerIndex, marks: Uint8Array, woken: Uint8Array): void => {
    const lengths = index.stemLengths;
    const wake = (hit: readonly number[] | undefined, sentences: readonly number[]): void => {
      if (!hit) return;
      for (let i = 0; i < hit.length; i++) {
        const r = hit[i] as number;
        woken[r] = 1;
        const row = r * count;
        for (let j = 0; j < sentences.length; j++) marks[row + (sentences[j] as number)] = 1;
      }
    };
    for (const [word, sentences] of draft.words()) {
      wake(index.exact.get(word), sentences);
      for (let i = 0; i < lengths.length; i++) {
        const length = lengths[i] as number;
        if (word.length < length) break;
        wake(index.stems.get(word.slice(0, length)), sentences);
      }
    }
  };
  const first = new Uint8Array(rules * count);
  const second = new Uint8Array(rules * count);
  const wokenFirst = new Uint8Array(rules);
  const wokenSecond = new Uint8Array(rules);
  mark(ruleIndex.triggers, first, wokenFirst);
  mark(ruleIndex.also, second, wokenSecond);
  const out: (number[] | undefined)[] = new Array<number[] | undefined>(rules);
  for (let r = 0; r < rules; r++) {
    const rule = RULES[r] as Rule;
    const needFirst = rule.triggers !== undefined;
    const needSecond = rule.alsoTriggers !== undefined;
    if (!needFirst && !needSecond) continue;
    const list: number[] = [];
    out[r] = list;
    if ((needFirst && wokenFirst[r] === 0) || (needSecond && wokenSecond[r] === 0)) continue;
    const row = r * count;
    for (let s = 0; s < count; s++) {
      if ((!needFirst || first[row + s] === 1) && (!needSecond || second[row + s] === 1)) list.push(s);
    }
  }
  return out;
}

/**
 * Every hit of one rule in the draft, guardrails applied. Reads only the sentences its prefilter lets through:
 * `candidates` when the caller has worked them out for the whole catalogue, else from the rule's own triggers.
 */
export function ruleHits(
  rule: Rule,
  draft: DraftContext,
  candidates?: readonly number[],
  sources: (id: string) => readonly Hit[] = (id) => {
    const source = RULES.find((r) => r.id === id);
    return source ? ruleHits(source, draft) : [];
  },
): Hit[] {
  const hits: Hit[] = [];
  for (const id of rule.from ?? []) {
    for (const hit of sources(id)) {
      if (rule.scope === 'school' && !draft.inSchoolScope(hit.sentence)) continue;
      if (rule.where && !rule.where(hit.sentence, draft)) continue;
      if (rule.unless?.some((guard) => guard.test(draft.sentenceText(hit.sentence)))) continue;
      if (!rule.check || rule.check(hit, draft)) hits.push(hit);
    }
  }
  if (rule.patterns.length === 0) return hits;
  if (!candidates) {
    let own = rule.triggers ? draft.sentencesWith(rule.triggers) : draft.sentences.map((_, i) => i);
    if (rule.alsoTriggers && own.length > 0) {
      const also = new Set(draft.sentencesWith(rule.alsoTriggers));
      own = own.filter((s) => also.has(s));
    }
    candidates = own;
  }
  for (const sentence of candidates) {
    if (rule.scope === 'school' && !draft.inSchoolScope(sentence)) continue;
    if (rule.where && !rule.where(sentence, draft)) continue;
    const base = (draft.sentences[sentence] as { start: number }).start;
    const text = draft.sentenceText(sentence);
    // Guardrails are read once per sentence, and only when a pattern has found something there.
    let guarded: boolean | undefined;
    for (const pattern of rule.patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        guarded ??=
          (rule.unless?.some((guard) => guard.test(text)) ?? false) ||
          (rule.requires !== undefined && !rule.requires.some((need) => need.test(text)));
        if (guarded) break;
        const narrowed = m.indices?.groups?.hit;
        const start = base + (narrowed ? narrowed[0] : m.index);
        const end = base + (narrowed ? narrowed[1] : m.index + m[0].length);
        const hit: Hit = { start, end, sentence, match: m, pattern, base };
        if (!rule.check || rule.check(hit, draft)) hits.push(hit);
      }
      if (guarded) break;
    }
  }
  return hits;
}

/** A draft read once: its normalised text, sentences and school marks, annotations, tokens and every rule hit. */
export interface Prepared {
  n: Normalised;
  draft: DraftContext;
  notes: Annotation;
  tokens: Tokens;
  /** Every hit of every rule that applies (pack, role), in catalogue order, guardrails applied. */
  evidence: (RuleEvidence & { rule: RuleInfo; plain: boolean; phrase?: string; school?: boolean })[];
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
  const candidates = candidateSentences(draft);
  // Each rule's hits are worked out once: a rule that re-reads another's hits (`from`) shares them.
  const memo = new Map<number, readonly Hit[]>();
  const hitsOf = (r: number): readonly Hit[] => {
    let hits = memo.get(r);
    if (!hits) {
      const rule = RULES[r];
      if (!rule) return [];
      const sentences = candidates[r];
      // Nothing about the school community: only rules that fire anywhere can, so skip the rest unread.
      const skip = (rule.scope === 'school' && !draft.aboutSchool) || (sentences !== undefined && sentences.length === 0 && !rule.from);
      hits = skip ? [] : ruleHits(rule, draft, sentences, (id) => (RULE_INDEX.has(id) ? hitsOf(RULE_INDEX.get(id) ?? -1) : (dataRun?.hitsOf(id) ?? []).map((h) => asLegacyHit(draft, h))));
      memo.set(r, hits);
    }
    return hits;
  };
  const notes = annotate(draft);
  const tokens = tokenize(draft);
  const data = new DataRun(how.catalogue ?? bundledCatalogue(), draft, notes, tokens, (id) => hitsOf(RULE_INDEX.get(id) ?? -1), how.explain);
  dataRun = data;
  const evidence: Prepared['evidence'] = [];
  const push = (rule: RuleInfo, hit: { start: number; end: number; sentence: number }, phrase?: string, school = false): void => {
    if (rule.category === 'threat' && aboutOwnFamilyOnly(draft, notes, hit)) return;
    // Plain: said in the writer's own voice, not quoted or reported ("he said…", "apparently…"); only a plain hit
    // of a direct rule stands as a finding on its own (decide.ts).
    const plain = ((notes.sentences[hit.sentence]?.manner ?? 0) & M.reported) === 0;
    evidence.push({ rule, ruleId: rule.id, category: rule.category, start: hit.start, end: hit.end, plain, ...(phrase ? { phrase } : {}), ...(school ? { school } : {}) });
  };
  RULES.forEach((rule, r) => {
    if (!ruleApplies(rule, options)) return;
    for (const hit of hitsOf(r)) push(rule, hit, hit.pattern.source);
  });
  for (const [rule, hits] of data.all(options, ruleApplies)) for (const hit of hits) push(rule, hit, hit.phrase);
  dataRun = undefined;
  // The school's own phrases: findings on their own when said plainly (decide.ts).
  const own = packCatalogue(options.pack);
  if (own) {
    const run = new DataRun(own, draft, notes, tokens, () => [], how.explain);
    for (const [rule, hits] of run.all(options, ruleApplies)) for (const hit of hits) push(rule, hit, hit.phrase, true);
    data.nearMisses.push(...run.nearMisses);
  }
  return { n, draft, notes, tokens, evidence, nearMisses: data.nearMisses };
}

/** A data rule's hit as a TypeScript rule reads one: its words as the whole match, at its sentence. */
function asLegacyHit(draft: DraftContext, hit: Place): Hit {
  const base = (draft.sentences[hit.sentence] as { start: number }).start;
  const match = Object.assign([draft.text.slice(hit.start, hit.end)], { index: hit.start - base, input: draft.sentenceText(hit.sentence) }) as RegExpExecArray;
  return { ...hit, match, pattern: /(?:)/g, base };
}

/** The data rules' run of the draft being prepared: a TypeScript rule may read their hits (`from`). */
let dataRun: DataRun | undefined;

/**
 * "My toddler has posted the car keys through next door's letterbox. I'm going to kill him.": a sentence that names
 * nobody and carries on, by its pronoun, from one about the writer's own child and no one else is exasperation, not
 * a threat. So are the words in quotation marks in a sentence about the writer's child and no one else ("my
 * four-year-old told her brother 'I'm going to kill you'"). (A threat that names the child as the one wronged,
 * "touch my boy again and…" or "he will pay for what he said to my girl", is neither carried on nor quoted.)
 */
function aboutOwnFamilyOnly(draft: DraftContext, notes: Annotation, hit: Place): boolean {
  const note = notes.sentences[hit.sentence];
  if (!note) return false;
  if ((note.targets & (T.staff | T.pupil | T.parent | T.school | T.group)) !== 0) return false;
  if ((note.carried & T.own_child) !== 0) return true;
  return (note.targets & T.own_child) !== 0 && quoted(draft, hit);
}

/** Whether a hit sits between quotation marks in its sentence ('…', "…", “…”, ‘…’). */
function quoted(draft: DraftContext, hit: Place): boolean {
  const span = draft.sentences[hit.sentence];
  if (!span) return false;
  const text = draft.text;
  const opens = (at: number): boolean => {
    const c = text[at];
    if (c === '"' || c === '\u201c' || c === '\u2018') return true;
    // An apostrophe opens a quotation only after a space or the sentence's start ("i'm" does not).
    return c === "'" && (at === span.start || /[\s(:]/.test(text[at - 1] ?? ''));
  };
  const closes = (at: number): boolean => {
    const c = text[at];
    if (c === '"' || c === '\u201d' || c === '\u2019') return true;
    return c === "'" && !/[a-z0-9]/.test(text[at + 1] ?? '');
  };
  let open = -1;
  for (let p = hit.start - 1; p >= span.start && p >= hit.start - 200; p--) {
    if (opens(p)) {
      open = p;
      break;
    }
  }
  if (open < 0) return false;
  for (let p = hit.end; p < span.end && p < hit.end + 200; p++) if (closes(p)) return true;
  return false;
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
