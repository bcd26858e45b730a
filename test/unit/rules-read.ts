/** For tests of rule changes: what the rules read in a draft (the evidence the model is given), and its verdict. */
import { analyzeDraft } from '../../src/engine';
import { prepare } from '../../src/engine/analyze';
import type { Pack, Role, Verdict } from '../../src/engine/types';
import { getBundledPack } from '../../src/packs';

export const pack = (id: string): Pack => {
  const p = getBundledPack(id);
  if (!p) throw new Error(`no pack ${id}`);
  return p;
};

/** The ids of the rules whose evidence `prepare` gives for `text`. */
export const rulesRead = (text: string, school = 'bexton', role: Role = 'parent'): string[] =>
  prepare(text, { role, pack: pack(school) }).evidence.map((e) => e.ruleId);

export const check = (text: string, school = 'bexton', role: Role = 'parent'): Verdict => analyzeDraft(text, { role, pack: pack(school) });
