/**
 * The engine as the extension ships it, for every figure of `npm run bench`: the engine's sources bundled into one
 * ES module by esbuild (as Vite bundles them for the worker) and imported from there. Running the sources through
 * tsx instead would time code the extension never runs: tsx keeps every function's name by wrapping each closure as
 * it is made (`__name`), which cost a quarter of the engine's time on short drafts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../../src/engine';
import type * as Packs from '../../src/packs';
import type * as Handler from '../../src/background/handler';
import type * as Schools from '../../src/engine/schools';
import type * as Settings from '../../src/settings';
import type * as Model from '../../src/engine/model/bundled';
import { readModelFile } from '../model-file';
import { bundleEngine } from './bundle';

const dir = mkdtempSync(join(tmpdir(), 'st-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const bundle = bundleEngine(dir, {
  'analyzeDraft, ROLES': 'src/engine/index.ts',
  getBundledPack: 'src/packs/index.ts',
  createHandler: 'src/background/handler.ts',
  'judgeSchoolsNow, schoolStats': 'src/engine/schools.ts',
  'defaultSettings, resolveSettings': 'src/settings/index.ts',
  installBundledModel: 'src/engine/model/bundled.ts',
});

const shipped = (await import(pathToFileURL(bundle).href)) as typeof Engine & typeof Packs & typeof Handler & typeof Schools & typeof Settings & typeof Model;
// The shipped model file, installed as the worker installs it.
shipped.installBundledModel(readModelFile());

export const { analyzeDraft, ROLES, getBundledPack, createHandler, judgeSchoolsNow, schoolStats, defaultSettings, resolveSettings } = shipped;
