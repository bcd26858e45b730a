/**
 * `analyzeDraft`: run the rule catalogue over one draft and say whether to nudge, how strongly, and why.
 * Pure and synchronous; linear in the length of the draft.
 */
import { buildContext } from './context';
import type { DraftContext } from './context';
import { normalise, toOriginalSpan } from './normalise';
import type { Hit, Rule } from './rule';
import { RULES } from './rules';
import { CATEGORIES, CATEGORY_SEVERITY, SEVERITIES } from './types';
import type { AnalyzeOptions, Category, Finding, Severity, Verdict } from './types';

const CATEGORY_ORDER = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const SEVERITY_ORDER = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));

function ruleApplies(rule: Rule, options: AnalyzeOptions): boolean {
  const packRule = options.pack.rules[rule.category];
  if (!packRule?.enabled) return false;
  if (rule.category === 'staff_conduct' && options.role !== 'staff') return false;
  return !rule.roles || rule.roles.includes(options.role);
}

function keepHit(rule: Rule, hit: Hit, draft: DraftContext): boolean {
  if (rule.scope === 'school' && !draft.inSchoolScope(hit.sentence)) return false;
  const sentence = draft.sentenceText(hit.sentence);
  if (rule.unless?.some((guard) => guard.test(sentence))) return false;
  if (rule.requires && !rule.requires.some((need) => need.test(sentence))) return false;
  return rule.check ? rule.check(hit, draft) : true;
}

/** Every hit of one rule in the draft, guardrails applied. */
export function ruleHits(rule: Rule, draft: DraftContext): Hit[] {
  const hits: Hit[] = [];
  const text = draft.text;
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const narrowed = m.indices?.groups?.hit;
      const start = narrowed ? narrowed[0] : m.index;
      const end = narrowed ? narrowed[1] : m.index + m[0].length;
      const hit: Hit = { start, end, sentence: draft.sentenceOf(start), match: m };
      if (keepHit(rule, hit, draft)) hits.push(hit);
    }
  }
  return hits;
}

function sourceFor(options: AnalyzeOptions, category: Category): string {
  const clause = options.pack.rules[category]?.clause;
  const title = options.pack.policy.title;
  return clause ? `${title}, ${clause.ref}` : title;
}

export function analyzeDraft(text: string, options: AnalyzeOptions): Verdict {
  const draftText = typeof text === 'string' ? text : '';
  const n = normalise(draftText);
  const draft = buildContext(n, options.pack, options.role);
  const findings: Finding[] = [];
  // One finding per category per stretch of text: overlapping hits of the same category merge.
  const taken = new Map<Category, { start: number; end: number }[]>();
  for (const rule of RULES) {
    if (!ruleApplies(rule, options)) continue;
    // Nothing about the school community: only threats and hate can fire, so skip the rest unread.
    if (rule.scope === 'school' && !draft.aboutSchool) continue;
    for (const hit of ruleHits(rule, draft)) {
      const span = toOriginalSpan(n, hit.start, hit.end);
      const spans = taken.get(rule.category) ?? [];
      if (spans.some((s) => s.start < span.end && span.start < s.end)) continue;
      spans.push(span);
      taken.set(rule.category, spans);
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        span,
        message: options.pack.rules[rule.category]?.message ?? rule.message,
        source: sourceFor(options, rule.category),
      });
    }
  }
  findings.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0) ||
      a.span.end - b.span.end,
  );
  const present = new Set(findings.map((f) => f.category));
  const categories = CATEGORIES.filter((c) => present.has(c));
  let severity: Severity = 'none';
  for (const c of categories) {
    const s = CATEGORY_SEVERITY[c];
    if ((SEVERITY_ORDER.get(s) ?? 0) > (SEVERITY_ORDER.get(severity) ?? 0)) severity = s;
  }
  return { nudge: findings.length > 0, severity, categories, findings, packId: options.pack.id };
}
