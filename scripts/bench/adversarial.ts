/**
 * Adversarial drafts: the shapes that make regex engines and text scanners blow up (runs of one mark, masks,
 * surrogates, sentences without spaces, every rule's near-misses), each made at any size. The robustness test
 * (test/unit/robustness.test.ts) checks every shape gets a valid verdict at every size; `npm run bench --
 * --adversarial` (also printed by `npm run bench`) times them against `msPerMb`.
 */
import { performance } from 'node:perf_hooks';
import { analyzeDraft, ROLES } from '../../src/engine';
import { getBundledPack } from '../../src/packs';
import { loadRules } from '../rules/catalogue';

export const MB = 1 << 20;
/** Sizes in UTF-16 units: a path growing faster than the text shows at the first size it can. */
export const ADVERSARIAL_SIZES = [16 * 1024, 128 * 1024, MB];

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

export interface AdversarialShape {
  name: string;
  /**
   * The budget: milliseconds of one verdict per MB of this shape (the slower role). Set from what 1 MB took on the
   * two-core development machine with the unit suite running beside it, rounded up, never under 250. The blow-ups
   * these shapes found were far beyond: "!!!…!x" took 50 s at 100 KB, "Excluded again. " × 65,536 took 19 s as staff.
   */
  msPerMb: number;
  make: (size: number) => string;
}

/** Every rule's drafts that fire, from the rule files. */
const FIRES = [...loadRules().catalogue.families.flatMap((f) => f.rules.flatMap((r) => r.cases.fires.map((c) => c.text)))];

/** `unit` repeated to `size` code units (cut on a character boundary). */
export function fill(unit: string, size: number): string {
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  if (isHigh(text.charCodeAt(text.length - 1))) text = text.slice(0, -1);
  return text;
}

/** Each rule's cases with the last word cut off: text that comes near every pattern without matching. */
const NEAR_MISSES = FIRES.map((text) => text.split(' ').slice(0, -1).join(' '));

export const ADVERSARIAL: readonly AdversarialShape[] = [
  { name: 'one character a million times', msPerMb: 250, make: (size) => 'a'.repeat(size) },
  { name: 'one capital letter a million times', msPerMb: 300, make: (size) => 'K'.repeat(size) },
  { name: 'exclamation marks', msPerMb: 400, make: (size) => '!'.repeat(size) },
  // Found by the robustness test: sentence ends were retried at every mark of a run not followed by a space.
  { name: 'exclamation marks, then a letter', msPerMb: 250, make: (size) => `${'!'.repeat(size - 1)}x` },
  { name: 'full stops and question marks, then a letter', msPerMb: 250, make: (size) => `${fill('.?', size - 1)}x` },
  { name: 'opening brackets', msPerMb: 300, make: (size) => '('.repeat(size) },
  { name: 'quotes and apostrophes', msPerMb: 650, make: (size) => fill(`"'“’`, size) },
  { name: 'stand-in symbols', msPerMb: 250, make: (size) => fill('@$!1|#*', size) },
  { name: 'a letter masked by a long run of stars', msPerMb: 250, make: (size) => `f${'*'.repeat(size - 2)}k` },
  // Found by the robustness test: an age before "birthday" could be read two ways at every digit.
  {
    name: 'digits after "happy"',
    msPerMb: 400,
    make: (size) => `Well done to the teacher. Happy ${'1'.repeat(size - 32)}x`,
  },
  { name: 'spaced-out letters', msPerMb: 400, make: (size) => fill('a ', size) },
  { name: 'spaced-out letters with dots and dashes', msPerMb: 450, make: (size) => fill('k.i.l.l-w-o-m-e-n ', size) },
  { name: 'stretched letters', msPerMb: 250, make: (size) => fill('sooooooooooooooooo ', size) },
  { name: 'lone surrogates', msPerMb: 250, make: (size) => fill('\ud800', size) },
  { name: 'reversed surrogate pairs', msPerMb: 400, make: (size) => fill('\ude00\ud83d', size) },
  {
    name: 'zero-width characters between letters',
    msPerMb: 250,
    make: (size) => fill('k\u200bi\u200dl\u2060l\ufeff ', size),
  },
  { name: 'combining marks stacked on one letter', msPerMb: 250, make: (size) => `a${fill('\u0301', size - 1)}` },
  {
    name: '1 MB of mixed scripts',
    msPerMb: 500,
    make: (size) =>
      fill(
        'Héllo wörld мир κόσμος שלום עולם مرحبا 世界 こんにちは 😀👨‍👩‍👧 \u202ecba\u202c Ｋｉｌｌ 𝐭𝐞𝐚𝐜𝐡𝐞𝐫 s\u200bh\u200bi\u200bt, ',
        size,
      ),
  },
  {
    name: 'near-matches of every rule, repeated',
    msPerMb: 2800,
    make: (size) => fill(`${NEAR_MISSES.join('. ')}. `, size),
  },
  { name: 'drafts every rule fires on, repeated', msPerMb: 2500, make: (size) => fill(`${FIRES.join(' ')} `, size) },
  // Found by the robustness test: a sentence with no space to cut at was read whole, once per finding in it.
  {
    name: 'drafts every rule fires on, as one sentence without spaces',
    msPerMb: 4000,
    make: (size) => fill(`${FIRES.map((text) => text.replace(/[\s.!?]+/g, '-')).join(',')},`, size),
  },
  {
    name: 'sensitive words in one sentence without spaces',
    msPerMb: 1100,
    make: (size) => fill('Excluded-again,diagnosed-with-autism,', size),
  },
  // Found by the robustness test: staff drafts re-read the whole draft for every sensitive word ("one of my class?").
  {
    name: 'a sensitive word in every sentence',
    msPerMb: 450,
    make: (size) => fill('Excluded again. Diagnosed with autism. ', size),
  },
  {
    name: 'a verdict on the school in every sentence',
    msPerMb: 2000,
    make: (size) => fill('The head is a joke and the teacher is useless. ', size),
  },
  {
    name: 'clause breaks before group words',
    msPerMb: 800,
    make: (size) => fill('but, however; women, although: they are ', size),
  },
];

// --- Timing (npm run bench) -----------------------------------------------------------------------------------

export interface AdversarialRow {
  name: string;
  msPerMb: number;
  /** Per size: milliseconds per MB of the slower role's verdict, wall-clock and CPU time. */
  sizes: { size: number; wallPerMb: number; cpuPerMb: number }[];
}

/** Verdicts timed per size and role; the median is kept. One at 1 MB, where a verdict takes seconds. */
const runsAt = (size: number): number => (size <= 16 * 1024 ? 7 : size <= 128 * 1024 ? 3 : 1);

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/** The engine to time: its sources by default; `npm run bench` passes the bundle the extension ships (shipped.ts). */
export interface Engine {
  analyzeDraft: typeof analyzeDraft;
  getBundledPack: typeof getBundledPack;
  ROLES: typeof ROLES;
}
const SOURCES: Engine = { analyzeDraft, getBundledPack, ROLES };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Times one verdict per role on each shape at each size, against the bexton pack (as the robustness test checks). */
export function timeAdversarial(shape: AdversarialShape, sizes = ADVERSARIAL_SIZES, engine: Engine = SOURCES): AdversarialRow {
  const { analyzeDraft, getBundledPack, ROLES } = engine;
  const pack = getBundledPack('bexton');
  if (!pack) throw new Error('bench: bexton pack missing');
  // Drafts of the same shape first, untimed, so the JIT has seen it: two at the smallest size timed per role. One
  // of 2 KB was not enough: a shape's own paths (lone surrogates, say) were still being optimised through the first
  // of the seven 16 KB verdicts, 8–20 ms each against about 1.5 ms after, and the median caught them.
  const warm = shape.make(Math.min(...sizes));
  for (const role of ROLES) for (let i = 0; i < 2; i++) analyzeDraft(warm, { role, pack });
  const row: AdversarialRow = { name: shape.name, msPerMb: shape.msPerMb, sizes: [] };
  for (const size of sizes) {
    const text = shape.make(size);
    let wall = 0;
    let cpu = 0;
    for (const role of ROLES) {
      const walls: number[] = [];
      const cpus: number[] = [];
      for (let i = 0; i < runsAt(size); i++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        analyzeDraft(text, { role, pack });
        walls.push(performance.now() - t0);
        cpus.push(cpuMs(c0));
      }
      if (median(walls) > wall) {
        wall = median(walls);
        cpu = median(cpus);
      }
    }
    row.sizes.push({ size, wallPerMb: (wall * MB) / text.length, cpuPerMb: (cpu * MB) / text.length });
  }
  return row;
}

const sizeName = (size: number): string => (size >= MB ? `${size / MB} MB` : `${size / 1024} KB`);

/** ×(ms per MB at the largest size ÷ at the one before): about 1 while the time grows with the text. */
function growth(row: AdversarialRow): string {
  const [before, last] = row.sizes.slice(-2).map((at) => at.cpuPerMb);
  return before && last ? `×${(last / before).toFixed(1)}` : '';
}

/** Prints ms per MB for every shape at every size, marking each figure over its shape's budget. */
export function benchAdversarial(out: (line: string) => void, engine: Engine = SOURCES): AdversarialRow[] {
  out(
    '\nAdversarial drafts: one verdict (the slower of parent and staff, pack bexton), ms per MB of draft, wall-clock ' +
      '(CPU time); "over" marks a figure above the shape\'s budget. Growth: ms per MB at the largest size over the ' +
      'next (1 for a linear path; a path that grows faster than the text shows here first)',
  );
  const header = ADVERSARIAL_SIZES.map((size) => sizeName(size).padStart(20)).join('');
  out(`${'shape'.padEnd(60)}${'budget'.padStart(8)}${header}${'growth'.padStart(8)}`);
  const rows: AdversarialRow[] = [];
  let over = 0;
  for (const shape of ADVERSARIAL) {
    const row = timeAdversarial(shape, ADVERSARIAL_SIZES, engine);
    rows.push(row);
    const cells = row.sizes.map(({ wallPerMb, cpuPerMb }) => {
      const mark = wallPerMb > row.msPerMb ? ' over' : '';
      if (mark) over++;
      return `${wallPerMb.toFixed(0)} (${cpuPerMb.toFixed(0)})${mark}`.padStart(20);
    });
    out(`${row.name.slice(0, 59).padEnd(60)}${String(row.msPerMb).padStart(8)}${cells.join('')}${growth(row).padStart(8)}`);
  }
  out(`${over} of ${rows.length * ADVERSARIAL_SIZES.length} figures over their budget`);
  return rows;
}
