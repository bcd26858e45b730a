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

/** Every hit of one rule in the draft, guardrails applied. Reads only the sentences holding a trigger word. */
export function ruleHits(rule: Rule, draft: DraftContext): Hit[] {
  const hits: Hit[] = [];
  const candidates = rule.triggers ? draft.sentencesWith(rule.triggers) : draft.sentences.map((_, i) => i);
  for (const sentence of candidates) {
    if (rule.scope === 'school' && !draft.inSchoolScope(sentence)) continue;
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

function sourceFor(options: AnalyzeOptions, category: Category): string {
  const clause = options.pack.rules[category]?.clause;
  const title = options.pack.policy.title;
  return clause ? `${title}, ${clause.ref}` : title;
}

export function analyzeDraft(text: string, options: AnalyzeOptions): Verdict {
  const draftText = typeof text === 'string' ? text : '';
  const n = normalise(draftText);
  const draft = buildContext(n, options.pack, options.role);
  const byCategory = new Map<Category, { rule: Rule; start: number; end: number }[]>();
  for (const rule of RULES) {
    if (!ruleApplies(rule, options)) continue;
    // Nothing about the school community: only rules that fire anywhere can, so skip the rest unread.
    if (rule.scope === 'school' && !draft.aboutSchool) continue;
    for (const hit of ruleHits(rule, draft)) {
      const list = byCategory.get(rule.category) ?? [];
      list.push({ rule, start: hit.start, end: hit.end });
      byCategory.set(rule.category, list);
    }
  }
  // One finding per category per stretch of text: overlapping hits of the same category merge into the first.
  const findings: Finding[] = [];
  for (const [category, hits] of byCategory) {
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const { rule, start, end } of hits) {
      if (start < reach) {
        reach = Math.max(reach, end);
        continue;
      }
      reach = end;
      findings.push({
        ruleId: rule.id,
        category,
        span: toOriginalSpan(n, start, end),
        message: options.pack.rules[category]?.message ?? rule.message,
        source: sourceFor(options, category),
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
