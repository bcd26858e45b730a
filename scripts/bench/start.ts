/**
 * Fresh-process start to first verdict (PRODUCT.md §7: ≤ 50 ms CPU): the engine and the bundled packs, bundled as
 * the extension bundles them (esbuild, one ES module), loaded by a new Node process that then judges one draft.
 * Each run reports the CPU time its process spent from just before the import to just after the first verdict,
 * which is what a sleeping service worker pays (reading and decoding the model file, compiling the rules on first
 * use). The runs take turns among three first drafts (a threat, an everyday question, a longer complaint naming
 * people), since what a first verdict builds and compiles depends on the words it meets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelFilePath } from '../model-file';
import { bundleEngine } from './bundle';

export interface StartCost {
  runs: number;
  median: number;
  p95: number;
  max: number;
  /** The median of each first draft's runs, in FIRST_DRAFTS' order. */
  byDraft: number[];
}

/** The first drafts, in turn: each run judges one. */
const FIRST_DRAFTS = [
  'The head at Bexton is a disgrace and I will be waiting for him.',
  'Does anyone know if the Year 3 trip to the castle is still going ahead on Friday? Lost the letter somewhere!',
  "Honestly fuming. Mrs Patel kept Jake in at lunch again for something another boy did, and when I asked at " +
    "pick up the office just fobbed me off. Third time this half term. If Bexton won't sort it I'm going to the governors.",
];

export function measureStart(runs = 15): StartCost {
  const dir = mkdtempSync(join(tmpdir(), 'st-start-'));
  try {
    const bundle = bundleEngine(dir, {
      analyzeDraft: 'src/engine/index.ts',
      getBundledPack: 'src/packs/index.ts',
      installBundledModel: 'src/engine/model/bundled.ts',
    });
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      // Node's file module is the probe's, not the engine's: loaded before the clock starts (about 2 ms of Node's
      // module machinery, which a worker's fetch has no counterpart of). Reading the model file stands for the
      // worker's fetch of the packaged file: both are counted.
      `const { readFileSync } = await import('node:fs');\n` +
        `const before = process.cpuUsage();\n` +
        `const { analyzeDraft, getBundledPack, installBundledModel } = await import(${JSON.stringify(bundle)});\n` +
        `installBundledModel(new Uint8Array(readFileSync(${JSON.stringify(modelFilePath())})));\n` +
        `const v = analyzeDraft(JSON.parse(process.argv[2]), { role: 'parent', pack: getBundledPack('bexton') });\n` +
        `const used = process.cpuUsage(before);\n` +
        `if (typeof v.nudge !== 'boolean') throw new Error('no verdict');\n` +
        `process.stdout.write(String((used.user + used.system) / 1000));\n`,
    );
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const draft = JSON.stringify(FIRST_DRAFTS[i % FIRST_DRAFTS.length]);
      times.push(Number(execFileSync(process.execPath, [probe, draft], { encoding: 'utf8' })));
    }
    const median = (of: number[]): number => [...of].sort((a, b) => a - b)[Math.floor(of.length / 2)] as number;
    const byDraft = FIRST_DRAFTS.map((_, d) => median(times.filter((_, i) => i % FIRST_DRAFTS.length === d)));
    times.sort((a, b) => a - b);
    return { runs, median: median(times), p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)] as number, max: times[runs - 1] as number, byDraft };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
