/**
 * A school's own phrases (a pack's `rules.<category>.phrases`): compiled by the same phrase compiler as the rule
 * files, against the same shared lexicon, into one rule per category, `<category>.pack-<pack id>`. A pack phrase is
 * a finding on its own when said plainly (decide.ts): the school has said these words matter, and the model has
 * never seen them. Threats and hate count wherever aimed; the rest only about the school community.
 */
import { CATALOGUE } from './catalogue.generated';
import { compileCatalogue } from './data';
import { checkPackPhrase } from './pack-check';
import type { CompiledCatalogue, DataRuleSpec } from './data';
import { CATEGORIES } from '../types';
import type { Pack } from '../types';


export const packRuleId = (category: string, pack: Pack): string => `${category}.pack-${pack.id}`;

const compiled = new WeakMap<Pack, CompiledCatalogue | null>();

/** The pack's phrases as a catalogue of their own, or null when it has none. Compiled once per pack object. */
export function packCatalogue(pack: Pack): CompiledCatalogue | null {
  const known = compiled.get(pack);
  if (known !== undefined) return known;
  const rules: DataRuleSpec[] = [];
  for (const category of CATEGORIES) {
    const rule = pack.rules[category];
    const phrases = (rule?.phrases ?? []).filter((p) => checkPackPhrase(p) === undefined);
    if (!rule || phrases.length === 0) continue;
    rules.push({
      id: packRuleId(category, pack),
      category,
      scope: category === 'threat' || category === 'hate' ? 'anywhere' : 'school',
      message: rule.message ?? rule.clause.quote,
      phrases,
    });
  }
  const catalogue = rules.length === 0 ? null : compileCatalogue({ lexicon: CATALOGUE.lexicon, families: [{ family: `pack-${pack.id}`, about: pack.name, rules }] });
  compiled.set(pack, catalogue);
  return catalogue;
}
