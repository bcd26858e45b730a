/**
 * `check --explain`: why a draft was judged as it was. For each rule that found words, the rule, the phrase (or
 * pattern) and the words, and whether it stands on its own; for each hit a rule dropped, the guard that dropped
 * it; and the learned model's "any breach" score beside its gate, and each category's score beside the scores at which
 * it is named (once the draft nudges) and found on its own.
 */
import { prepare } from '../src/engine/analyze';
import { allowed, decide, floorFor, probabilities, ruleStandsAlone, standsAlone } from '../src/engine/decide';
import { bundledModel } from '../src/engine/model/bundled';
import type { Pack, Role } from '../src/engine/types';

/** A phrase as the rule files write it: the catalogue ships "(a|b)" (tightPhrase in scripts/rules.ts). */
const asWritten = (phrase: string): string => phrase.replace(/\s+/g, ' ').replace(/ ?\| ?/g, ' | ');

export function explain(text: string, pack: Pack, role: Role): string[] {
  const options = { pack, role };
  const p = prepare(text, options, { explain: true });
  const model = bundledModel();
  const verdict = decide(p, options, model);
  const words = (start: number, end: number): string => p.n.text.slice(start, end).replace(/\s+/g, ' ');
  const lines = ['', 'Why:'];
  if (p.evidence.length === 0) lines.push('  No rule found words in this draft.');
  for (const e of p.evidence) {
    const stands = e.school && e.plain ? "the school's own phrase: stands on its own" : e.school ? "the school's own phrase, quoted or reported: evidence only" : model && standsAlone(model, e) ? 'stands on its own' : model && ruleStandsAlone(model, e) ? 'evidence only: quoted or reported' : 'evidence for the model';
    lines.push(`  ${e.ruleId} found "${words(e.start, e.end)}" with ${e.phrase ? `"${asWritten(e.phrase)}"` : 'its pattern'} (${stands})`);
  }
  for (const m of p.nearMisses) lines.push(`  ${m.ruleId} dropped "${words(m.start, m.end)}" (found with "${asWritten(m.phrase)}"): ${asWritten(m.why)}`);
  if (model) {
    const { prob } = probabilities(model, p, options);
    const gateAt = model.labels.indexOf('nudge');
    const gate = model.thresholds[gateAt] as number;
    const at = (v: number): string => (v > 1 ? 'never' : v.toFixed(2));
    lines.push(`  Model: any breach ${(prob[gateAt] as number).toFixed(2)} (nudges from ${at(gate)})`);
    const scores = model.labels
      .map((label, l) => ({ label, score: prob[l] as number, named: model.thresholds[l] as number, alone: model.header.solo[l] as number }))
      // Only the categories this draft may be found for (pack, role, the school-context gate).
      .filter((s) => s.label !== 'nudge' && allowed(s.label, p, options) && (s.score >= 0.05 || verdict.categories.includes(s.label)))
      .sort((a, b) => b.score - a.score);
    lines.push(scores.length === 0 ? '  No category scores 0.05 or more.' : '  Categories (score / named from, once it nudges / found alone from):');
    for (const s of scores) {
      const floor = s.label === 'nudge' ? 0 : floorFor(p, s.label);
      const held = s.score < floor ? ` (short, about no one, and no threat rule read it: found only from ${at(floor)})` : '';
      lines.push(`    ${s.label} ${s.score.toFixed(2)} / ${at(s.named)} / ${at(s.alone)}${held}`);
    }
  }
  return lines;
}
