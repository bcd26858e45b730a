/**
 * `check --explain`: why a draft was judged as it was. For each rule that found words, the rule, the phrase (or
 * pattern) and the words, and whether it stands on its own; for each hit a rule dropped, the guard that dropped
 * it; and the learned model's score per category beside the score at which it speaks.
 */
import { prepare } from '../src/engine/analyze';
import { decide, probabilities } from '../src/engine/decide';
import { bundledModel } from '../src/engine/model/bundled';
import type { Pack, Role } from '../src/engine/types';

export function explain(text: string, pack: Pack, role: Role): string[] {
  const options = { pack, role };
  const p = prepare(text, options, { explain: true });
  const model = bundledModel();
  const verdict = decide(p, options, model);
  const words = (start: number, end: number): string => p.n.text.slice(start, end).replace(/\s+/g, ' ');
  const direct = new Set(model?.header.direct ?? []);
  const lines = ['', 'Why:'];
  if (p.evidence.length === 0) lines.push('  No rule found words in this draft.');
  for (const e of p.evidence) {
    const stands = e.school && e.plain ? "the school's own phrase: stands on its own" : e.school ? "the school's own phrase, quoted or reported: evidence only" : direct.has(e.ruleId) && e.plain ? 'stands on its own' : direct.has(e.ruleId) ? 'evidence only: quoted or reported' : 'evidence for the model';
    lines.push(`  ${e.ruleId} found "${words(e.start, e.end)}" with ${e.phrase ? `"${e.phrase.replace(/\s+/g, ' ')}"` : 'its pattern'} (${stands})`);
  }
  for (const m of p.nearMisses) lines.push(`  ${m.ruleId} dropped "${words(m.start, m.end)}" (found with "${m.phrase.replace(/\s+/g, ' ')}"): ${m.why}`);
  if (model) {
    const { prob } = probabilities(model, p, role);
    const scores = model.labels
      .map((label, l) => ({ label, score: prob[l] as number, at: model.header.solo[l] as number }))
      .filter((s) => s.label !== 'nudge' && (s.score >= 0.05 || verdict.categories.includes(s.label as never)))
      .sort((a, b) => b.score - a.score);
    lines.push(scores.length === 0 ? '  Model: no category scores 0.05 or more.' : '  Model (score / speaks at):');
    for (const s of scores) lines.push(`    ${s.label} ${s.score.toFixed(2)} / ${s.at > 1 ? 'never alone' : s.at.toFixed(2)}`);
  }
  return lines;
}
