// Validates one or more corpus batch files: node corpus/validate.mjs FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const SITES = new Set(['x', 'facebook']);
const ROLES = new Set(['parent', 'staff']);
const SCHOOLS = new Set(['bexton', 'bradgate', 'northwick', 'ogat', 'stoc', 'generic']);
const CATEGORIES = new Set(['complaint', 'allegation', 'abuse', 'threat', 'hate', 'naming_child', 'personal_info',
  'confidential', 'photo', 'impersonation', 'staff_conduct']);
const TARGETS = new Set(['school', 'staff', 'pupil', 'parent', 'group', 'own_child', 'other_org', 'public_figure',
  'self', 'none']);
const REGISTERS = new Set(['standard', 'lowercase', 'text-speak', 'long-rant', 'reply', 'hashtags-emoji', 'formal',
  'regional', 'typos']);

let bad = 0;
for (const file of process.argv.slice(2)) {
  const batch = basename(file).replace(/\.jsonl$/, '');
  const seen = new Set();
  const lines = readFileSync(file, 'utf8').split('\n');
  let n = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    n++;
    const where = `${file}:${i + 1}`;
    const fail = (msg) => { bad++; console.log(`${where}: ${msg}`); };
    let r;
    try { r = JSON.parse(line); } catch (e) { fail(`not JSON (${e.message})`); return; }
    if (typeof r.id !== 'string' || !r.id.startsWith(batch + '-')) fail(`id must start with "${batch}-"`);
    if (seen.has(r.id)) fail(`duplicate id ${r.id}`);
    seen.add(r.id);
    if (!SITES.has(r.site)) fail('site must be x or facebook');
    if (!ROLES.has(r.role)) fail('role must be parent or staff');
    if (!SCHOOLS.has(r.school)) fail('school must be a pack id');
    if (typeof r.text !== 'string' || !r.text.trim()) fail('text must be a non-empty string');
    if (!Array.isArray(r.categories) || r.categories.some((c) => !CATEGORIES.has(c))) fail('categories: unknown value');
    else if (new Set(r.categories).size !== r.categories.length) fail('categories: repeated value');
    if (r.expect !== (r.categories?.length ? 'nudge' : 'quiet')) fail('expect must be nudge iff categories non-empty');
    if (r.categories?.includes('staff_conduct') && r.role !== 'staff') fail('staff_conduct needs role staff');
    if (!TARGETS.has(r.target)) fail(`target must be one of ${[...TARGETS].join(', ')}`);
    if (!REGISTERS.has(r.register)) fail(`register must be one of ${[...REGISTERS].join(', ')}`);
    if (typeof r.topic !== 'string' || !r.topic) fail('topic must be a string');
    if (!(r.lookalike === null || typeof r.lookalike === 'string')) fail('lookalike must be a string or null');
    if (r.lookalike && r.expect !== 'quiet') fail('lookalike only on quiet drafts');
    if (typeof r.why !== 'string' || !r.why) fail('why must be a string');
  });
  console.log(`${file}: ${n} records`);
}
if (bad) { console.log(`${bad} problems`); process.exit(1); }
console.log('ok');
