/**
 * What a note says once the user has turned one kind of it off (or paused it) from the card: the verdict without
 * those kinds, found again the way the worker takes muted kinds out of its verdicts (`withoutCategories`,
 * src/engine/decide.ts; both take a verdict's severity from `severityOf`), so that what remains (naming a child, under an accusation turned off) is still shown and
 * still asked about before posting. Kept here rather than imported, so the content script does not carry the engine.
 */
import { CATEGORIES, pausesPost, severityOf } from '../engine/types';
import type { Category, Verdict } from '../engine/types';
import type { VerdictReply } from './nudge/Nudge';

export function withoutKinds(reply: VerdictReply, kinds: ReadonlySet<Category>): VerdictReply {
  const { verdict } = reply;
  if (!verdict.categories.some((category) => kinds.has(category))) return reply;
  const findings = verdict.findings.filter((finding) => !kinds.has(finding.category));
  // A reply cut short keeps fewer findings than categories: a kind not turned off stays even without its findings.
  const categories = CATEGORIES.filter((category) => verdict.categories.includes(category) && !kinds.has(category));
  const { onPost, ...kept } = verdict;
  const severity = severityOf(categories);
  // Held until posting (`Verdict.onPost`) while what remains would still pause the post, as the worker does.
  const rest: Verdict = { ...kept, nudge: categories.length > 0, severity, categories, findings, ...(onPost && pausesPost(severity) ? { onPost } : {}) };
  return { ...reply, verdict: rest };
}
