/**
 * Stages 5 and 6 of PRODUCT.md §3: decide and explain.
 *
 * - The model gives each category a probability (the highest over a long draft's chunks); a category is found when
 *   it reaches the threshold chosen on held-back data, and, except for threats and hate, only when the draft is
 *   about the school community (the school-context gate: the school, its staff, other families' children or
 *   parents; for staff, their work).
 * - Phrase rules are evidence (features of the model). Only rules whose wording is unmistakable (the model file
 *   lists them: explicit threats, slurs, addresses, phone numbers, car registrations, each proven precise on the
 *   training corpus) find their category on their own.
 * - The model's `nudge` output decides whether to nudge at all, and its category outputs then say which categories;
 *   a category output sure enough on its own (its stand-alone threshold) is found whatever the gate says.
 * - Every finding points at words: the rule hits of its category, or else the words that weighed most for it.
 */
import type { Prepared } from './analyze';
import { namedEvenInPraise } from './even-in-praise';
import { withGivenName } from './names';
import { MANNERS, T, TARGETS } from './annotate';
import { readFirstStage } from './model/first-stage';
import { weightiest } from './model/quote';
import { unfinished } from './unfinished';
import type { FirstStage } from './model/first-stage';
import { sigmoid } from './model/model';
import type { Model } from './model/model';
import { INPUT_SCALE, stackForward, stackWidth } from './model/stack';
import { toOriginalSpan } from './normalise';
import { sortStably } from './sorted';
import { CATEGORIES, clauseFor, packChecks, pausesPost, severityOf } from './types';
import type { AnalyzeOptions, Category, Finding, Span, Verdict } from './types';

const CATEGORY_ORDER = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const ANYWHERE: ReadonlySet<Category> = new Set(['threat', 'hate']);

/** What a finding says when the model found it and the pack has no wording of its own. */
export const CATEGORY_MESSAGE: Readonly<Record<Category, string>> = {
  complaint: 'This reads as a public complaint about the school, which its policy asks you to raise privately.',
  allegation: 'This makes an accusation against someone at the school that the policy asks you not to post.',
  abuse: 'This could read as insulting or hurtful to someone in the school community.',
  threat: 'This could read as a threat, even if it is not meant as one.',
  hate: 'This could read as prejudiced against a group of people.',
  naming_child: "This singles out another family's child.",
  personal_info: "This shares someone's personal details, such as where they live or how to reach them.",
  confidential: 'This shares private details about someone at the school (health, care, investigations).',
  photo: 'This shares or promises photos or video of pupils or staff.',
  impersonation: 'This could read as speaking for the school, or using its name or badge.',
  staff_conduct: 'Staff are asked not to post about pupils, parents, colleagues or school matters on personal accounts.',
};

const CLIP = 12;
const squash = (z: number): number => Math.max(-CLIP, Math.min(CLIP, z)) / INPUT_SCALE;

/**
 * Whether a rule's plain hits stand alone: training found it precise enough (the model's direct rules), or it is
 * marked `alone`.
 */
export function ruleStandsAlone(model: Model, e: { ruleId: string; rule: { alone?: true } }): boolean {
  return model.direct.has(e.ruleId) || e.rule.alone === true;
}

/**
 * Whether a hit is a finding on its own: a plain hit (not quoted or reported) of such a rule, or of the school's own
 * phrases.
 */
export function standsAlone(model: Model, e: Prepared['evidence'][number]): boolean {
  return e.plain && (ruleStandsAlone(model, e) || e.school === true);
}

/**
 * What the second stage (model/stack.ts) reads of a draft: the first stage's log-odds for the whole draft (`z`) and
 * the highest any one sentence gives each label read alone; how many sentences and words, and the writer's role; the
 * rules' hits by category (plain, reported or quoted, standing alone); which categories may be found at all; who the
 * draft is about and how it is said.
 */
export function stackInputs(model: Model, p: Prepared, options: AnalyzeOptions, first: FirstStage): Float32Array {
  const L = model.labels.length;
  const C = CATEGORIES.length;
  const x = new Float32Array(stackWidth(L));
  const { z, sentences } = first;
  let o = 0;
  for (let l = 0; l < L; l++) x[o++] = squash(z[l] as number);
  // The strongest sentence read alone.
  for (let l = 0; l < L; l++) x[o++] = squash(first.sentenceBest[l] as number);
  const t = p.tokens;
  x[o++] = Math.log2(1 + sentences) / 4;
  x[o++] = Math.log2(1 + t.count) / 8;
  x[o++] = options.role === 'staff' ? 1 : 0;
  for (const e of p.evidence) {
    const c = CATEGORY_ORDER.get(e.category) ?? 0;
    x[o + (e.plain ? 0 : C) + c] = 1;
    if (standsAlone(model, e)) x[o + 2 * C + c] = 1;
  }
  o += 3 * C;
  for (let c = 0; c < C; c++) x[o++] = allowed(CATEGORIES[c] as Category, p, options) ? 1 : 0;
  for (let b = 0; b < TARGETS.length; b++) x[o++] = p.notes.targets & (1 << b) ? 1 : 0;
  for (let b = 0; b < MANNERS.length; b++) x[o++] = p.notes.manner & (1 << b) ? 1 : 0;
  return x;
}

/**
 * Per label: the model's probability for the draft (the second stage's, when the model has one), and which chunk
 * of a long draft gave the first stage its highest score (where its words are looked for).
 */
export function probabilities(model: Model, p: Prepared, options: AnalyzeOptions): { prob: Float32Array; chunk: Int32Array; ranges: [number, number][]; first: FirstStage } {
  const first = readFirstStage(model, p, options.role);
  const { z, chunk, ranges } = first;
  const prob = model.stack ? stackForward(model.stack, stackInputs(model, p, options, first)) : z.map(sigmoid);
  return { prob, chunk, ranges, first };
}

/** Whether category `c` is one this pack checks for this role, whatever the draft is about. */
export function fitsRole(c: Category, options: AnalyzeOptions): boolean {
  return packChecks(options.pack, c) && (c !== 'staff_conduct' || options.role === 'staff');
}

/** Whether category `c` may be found at all for this pack, role and draft (the gates, before any score). */
export function allowed(c: Category, p: Prepared, options: AnalyzeOptions): boolean {
  if (!fitsRole(c, options)) return false;
  if (ANYWHERE.has(c) || p.draft.aboutSchool) return true;
  // Other families' children and other parents are the school community too, named or not ("that kid Tyler"),
  // and a member of staff's post about their work is what the staff code is about.
  if ((p.notes.targets & (T.pupil | T.parent)) !== 0 || c === 'staff_conduct') return true;
  // Someone's home address, pointed at, with no sentence naming the school: the one personal-info rule that reads
  // anywhere found it (rules/personal-info.yaml, @someones-home).
  return c === 'personal_info' && p.evidence.some((e) => e.category === c && e.rule.scope === 'anywhere');
}

/**
 * What a finding says under general guidance (a clause marked `general`: the general pack's, a personal pack's, STOC's
 * for parents): what schools usually ask, not what "the school" asks, since no policy of this school stands behind it.
 */
const SCHOOL_ASKS: readonly [RegExp, string][] = [
  [/\bThe school asks\b/g, 'Schools usually ask'],
  [/\bwhich its policy asks you\b/g, 'which schools usually ask you'],
  [/\bthat the policy asks you\b/g, 'that schools usually ask you'],
];

/** A finding's words as general guidance puts them (idempotent: the worker applies it again where the note quotes another chosen school's general guidance). */
export function asGeneralGuidance(message: string): string {
  return SCHOOL_ASKS.reduce((text, [from, to]) => text.replace(from, to), message);
}

function wordingFor(options: AnalyzeOptions, category: Category, message: string): string {
  const rule = options.pack.rules[category];
  return rule && clauseFor(rule, options.role).general === true ? asGeneralGuidance(message) : message;
}

function sourceFor(options: AnalyzeOptions, category: Category): string {
  const rule = options.pack.rules[category];
  const clause = rule && clauseFor(rule, options.role);
  const title = options.pack.policy.title;
  // General guidance is not the school's policy: never cited under its title.
  if (clause?.general) return `General guidance (${clause.ref})`;
  return clause ? `${title}, ${clause.ref}` : title;
}

/**
 * The labels the model finds a draft for, given each label's probability: with the `nudge` gate open, every category
 * at or above its naming threshold; whatever the gate says, every category at or above its stand-alone threshold.
 * Only categories the pack checks (`checked`) and the draft may be found for (`mayFind`) count. When the gate is open
 * and nothing else names a category (`ruled`: rules already found one), a category is still named, unless a
 * category the pack does not check is likelier still: a draft most likely about photos stays quiet for a school
 * that does not check photos, rather than being named as the next likeliest thing. The one named is the likeliest
 * that suits the pack and role (`fits`) and is not below its floor, even where the draft's scope would not let it
 * be found on its own: in a draft the context pass did not see as about the school ("pta treasurer at hillside spent
 * the fund on her own party"), only threats and hate may be found, and naming the likelier of those two called an
 * allegation prejudice. A label below its `floor` for this draft (`floorFor`) is not found however it was reached.
 * `decide` and the threshold search of `npm run train` both judge by this.
 */
export function modelFindings(
  prob: ArrayLike<number>,
  nudgeAt: number,
  name: ArrayLike<number>,
  solo: ArrayLike<number>,
  checked: (label: number) => boolean,
  mayFind: (label: number) => boolean,
  ruled: boolean,
  floor: (label: number) => number = () => 0,
  fits: (label: number) => boolean = mayFind,
): number[] {
  const gate = (prob[nudgeAt] as number) >= (name[nudgeAt] as number);
  let likeliest = -1;
  let unchecked = -1;
  // The likeliest that suits the pack and role and is not below its floor: the one named when none is otherwise.
  let named = -1;
  const out: number[] = [];
  for (let l = 0; l < prob.length; l++) {
    if (l === nudgeAt) continue;
    const pl = prob[l] as number;
    if (!checked(l)) {
      if (unchecked < 0 || pl > (prob[unchecked] as number)) unchecked = l;
      continue;
    }
    if (fits(l) && pl >= floor(l) && (named < 0 || pl > (prob[named] as number))) named = l;
    if (!mayFind(l)) continue;
    if (likeliest < 0 || pl > (prob[likeliest] as number)) likeliest = l;
    if ((gate && pl >= (name[l] as number)) || pl >= (solo[l] ?? 2)) out.push(l);
  }
  const fallback = likeliest >= 0 && (unchecked < 0 || (prob[likeliest] as number) >= (prob[unchecked] as number));
  if (gate && out.length === 0 && !ruled && fallback && named >= 0) return [named];
  return out.filter((l) => (prob[l] as number) >= floor(l));
}

/**
 * A threat needs someone to threaten. In a short draft (fewer than SHORT_TOKENS tokens) that no threat rule read and
 * that is about no one (no person, group or "you" among its targets: annotate.ts), the model alone finds a threat
 * only when it is sure (SURE_ALONE). Short everyday replies are rare in the training corpus, and the model read some
 * of them as veiled threats: "I'll be there at 3.", "Hope that helps someone." and "She'll be ok x" scored 0.58–0.80
 * against threat's stand-alone 0.50. On validation (17,669 drafts) this quiets no labelled threat and takes the
 * threat away from three breaches of other kinds it had been named for; genuine short threats score 0.95 and more,
 * or a rule reads them (docs/model.md).
 */
const SHORT_TOKENS = 10;
export const SURE_ALONE = 0.9;

/**
 * The start of a message. While someone types, the engine reads the draft at every pause, and "Dear Mr Ashworth,",
 * "Hi Mrs Jones" or "the deputy at" are not a threat or an insult; the model, trained on whole drafts, nudged about
 * one such start in fifty (the first one to six words of the validation split's quiet drafts: 1,112 of 54,651). In a
 * draft of fewer than FEW_TOKENS tokens that is still being written (`unfinished`: only a greeting and names, or
 * ending on a word a sentence goes on after), any category that no rule read is found by the model alone only when
 * it is sure (SURE_ALONE). Terse breaches that say something ("sack the head", "muslims out") are judged as before.
 * Chosen on validation; the figures are in docs/model.md.
 */
const FEW_TOKENS = 5;
/** Below this many tokens, a draft ending on a word a sentence goes on after may be held until posting. */
const STILL_TYPED_TOKENS = 9;

/** The least probability at which the model alone finds `category` in this draft (`modelFindings`' `floor`). */
export function floorFor(p: Prepared, category: Category): number {
  const short =
    (p.tokens.count < FEW_TOKENS && unfinished(p.draft, p.tokens)) ||
    (category === 'threat' && p.tokens.count < SHORT_TOKENS && p.notes.targets === 0);
  if (!short) return 0;
  return p.evidence.some((e) => e.category === category) ? 0 : SURE_ALONE;
}

/** Hits in order of where they start, the longest first where they start together. */
const byPlace = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

export function decide(p: Prepared, options: AnalyzeOptions, model: Model | null): Verdict {
  // The hits by category are the evidence itself (a rule's message read from its rule), not a copy of each.
  const byCategory = new Map<Category, { ruleId: string; rule: { message: string }; start: number; end: number }[]>();
  for (const e of p.evidence) {
    const list = byCategory.get(e.category);
    if (list) list.push(e);
    else byCategory.set(e.category, [e]);
  }
  const found = new Set<Category>();
  // Categories the model alone found, short of sure, in a short draft (`heldUntilPosting`).
  let unsure = 0;
  if (!model) {
    for (const c of byCategory.keys()) found.add(c);
  } else {
    for (const e of p.evidence) if (standsAlone(model, e)) found.add(e.category);
    // And a child named at a school that asks for no names at all, praise included; a name only the pack's reading
    // found (a rule the model does not read) is where the finding points.
    const named = namedEvenInPraise(p, options);
    if (named.length > 0) found.add('naming_child');
    const askedOnly = named.filter((e) => !p.evidence.includes(e as Prepared['evidence'][number]));
    if (askedOnly.length > 0) byCategory.set('naming_child', [...(byCategory.get('naming_child') ?? []), ...askedOnly]);
    const { prob, chunk, ranges, first } = probabilities(model, p, options);
    const nudgeAt = model.labels.indexOf('nudge');
    const modelFound = modelFindings(
      prob,
      nudgeAt,
      model.thresholds,
      model.header.solo,
      (l) => packChecks(options.pack, model.labels[l] as Category),
      (l) => allowed(model.labels[l] as Category, p, options),
      found.size > 0,
      (l) => floorFor(p, model.labels[l] as Category),
      (l) => fitsRole(model.labels[l] as Category, options),
    );
    for (const l of modelFound) {
      const c = model.labels[l] as Category;
      if (!found.has(c) && !byCategory.has(c) && (prob[l] as number) < SURE_ALONE) unsure++;
      found.add(c);
      if ((byCategory.get(c) ?? []).length > 0) continue;
      const [from, to] = ranges[chunk[l] as number] ?? [0, 0];
      const span = weightiest(model, p, options.role, l, from, to, first) ?? weightiest(model, p, options.role, nudgeAt, from, to, first);
      if (span) byCategory.set(c, [{ ruleId: `model.${c}`, rule: { message: CATEGORY_MESSAGE[c] }, ...span }]);
    }
  }
  // One finding per category per stretch of text: overlapping hits of the same category merge into the first.
  const findings: Finding[] = [];
  for (const [category, hits] of byCategory) {
    if (!found.has(category)) continue;
    sortStably(hits, byPlace);
    let reach = -1;
    for (const { ruleId, rule, start, end } of hits) {
      if (start < reach) {
        reach = Math.max(reach, end);
        continue;
      }
      reach = end;
      findings.push({
        ruleId,
        category,
        span: toOriginalSpan(p.n, category === 'naming_child' ? withGivenName(p.draft, start) : start, end),
        message: wordingFor(options, category, options.pack.rules[category]?.message ?? rule.message),
        source: sourceFor(options, category),
      });
    }
  }
  sortStably(
    findings,
    (a, b) =>
      a.span.start - b.span.start ||
      (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0) ||
      a.span.end - b.span.end,
  );
  const verdict = verdictOf(findings, options.pack.id);
  return heldUntilPosting(p, verdict, unsure) ? { ...verdict, onPost: true } : verdict;
}

/**
 * Whether a verdict is shown only on the way to posting (`Verdict.onPost`): a draft of fewer than FEW_TOKENS tokens,
 * or of fewer than STILL_TYPED_TOKENS that is still being written (`unfinished`: "Mrs Reyes who works at the"), whose
 * every category the model alone found, none of them sure (SURE_ALONE), at medium or high severity (the severities
 * the pre-send check pauses for). While someone types, such a draft is most often the start of a message ("whoever
 * the new head"); once it is posted as it stands, it is a terse breach ("travellers ruin everything"), and the
 * pre-send check asks about it. Chosen on validation (docs/model.md).
 */
function heldUntilPosting(p: Prepared, verdict: Verdict, unsure: number): boolean {
  const n = p.tokens.count;
  const short = n < FEW_TOKENS || (n < STILL_TYPED_TOKENS && unfinished(p.draft, p.tokens));
  return verdict.nudge && short && unsure === verdict.categories.length && pausesPost(verdict.severity);
}

/** The verdict its findings make: their categories in catalogue order, the most severe category's severity. */
function verdictOf(findings: Finding[], packId: string): Verdict {
  const present = new Set(findings.map((f) => f.category));
  const categories = CATEGORIES.filter((c) => present.has(c));
  return { nudge: findings.length > 0, severity: severityOf(categories), categories, findings, packId };
}

/**
 * A verdict without the categories a user turned off: their findings dropped, the rest as judged. The draft is
 * judged with every category the school checks and the muted ones are taken out after, so turning one kind of note
 * off never makes the same words come back as another ("Turn off notes about accusations" and then the accusation
 * named a public complaint).
 */
export function withoutCategories(verdict: Verdict, muted: ReadonlySet<Category>): Verdict {
  if (muted.size === 0 || !verdict.categories.some((c) => muted.has(c))) return verdict;
  const rest = verdictOf(
    verdict.findings.filter((f) => !muted.has(f.category)),
    verdict.packId,
  );
  // What remains of a verdict held until posting is held too, while the post would still be paused for it.
  return verdict.onPost && pausesPost(rest.severity) ? { ...rest, onPost: true } : rest;
}
