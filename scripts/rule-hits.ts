/**
 * `npx tsx scripts/rule-hits.ts PREFIX [PREFIX…]`: every hit of the rules whose ids start with a prefix, on the
 * training split of the corpus, one line per hit ("draft-id rule-id start-end words"). Run it before and after
 * changing a rule and compare the two outputs: the change's effect on the drafts the model learns from, without
 * reading the drafts kept for measuring (the corpus's validation and test batches, the dev corpus, public sets).
 */
import { prepare } from '../src/engine/analyze';
import { getBundledPack } from '../src/packs';
import { readCorpus } from './train/data';

const prefixes = process.argv.slice(2);
if (prefixes.length === 0) {
  process.stderr.write('usage: npx tsx scripts/rule-hits.ts PREFIX [PREFIX…]   (e.g. threat. or hate.group-)\n');
  process.exit(2);
}
const generic = getBundledPack('generic');
const out: string[] = [];
for (const record of readCorpus().filter((r) => r.split === 'train')) {
  const pack = getBundledPack(record.school) ?? generic;
  if (!pack) throw new Error('the generic pack is missing');
  const p = prepare(record.text, { pack, role: record.role === 'staff' ? 'staff' : 'parent' });
  for (const e of [...p.evidence, ...p.asked]) {
    if (!prefixes.some((x) => e.ruleId.startsWith(x))) continue;
    out.push(`${record.id} ${e.ruleId} ${e.start}-${e.end} ${p.n.text.slice(e.start, e.end).replace(/\s+/g, ' ')}`);
  }
}
out.sort();
process.stdout.write(`${out.join('\n')}\n`);
