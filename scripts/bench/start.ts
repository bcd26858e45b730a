/**
 * Fresh-process start to first verdict (PRODUCT.md §7: ≤ 50 ms CPU): the engine and the bundled packs, bundled as
 * the extension bundles them (esbuild, one ES module), loaded by a new Node process that then judges one draft.
 * Each run reports the CPU time its process spent from just before the import to just after the first verdict,
 * which is what a sleeping service worker pays (reading and decoding the model file, compiling the rules on first
 * use).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_FILE } from '../model-file';
import { bundleEngine } from './bundle';

export interface StartCost {
  runs: number;
  median: number;
  p95: number;
  max: number;
}

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
      `const before = process.cpuUsage();\n` +
        `const { analyzeDraft, getBundledPack, installBundledModel } = await import(${JSON.stringify(bundle)});\n` +
        // Reading the model file stands for the worker's fetch of the packaged file: both are counted.
        `const { readFileSync } = await import('node:fs');\n` +
        `installBundledModel(new Uint8Array(readFileSync(${JSON.stringify(MODEL_FILE)})));\n` +
        `const v = analyzeDraft('The head at Bexton is a disgrace and I will be waiting for him.', { role: 'parent', pack: getBundledPack('bexton') });\n` +
        `const used = process.cpuUsage(before);\n` +
        `if (typeof v.nudge !== 'boolean') throw new Error('no verdict');\n` +
        `process.stdout.write(String((used.user + used.system) / 1000));\n`,
    );
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, [probe], { encoding: 'utf8' })));
    times.sort((a, b) => a - b);
    return { runs, median: times[Math.floor(runs / 2)] as number, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)] as number, max: times[runs - 1] as number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
