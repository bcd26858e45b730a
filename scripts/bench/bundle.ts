/**
 * The engine bundled as the extension bundles it: its sources in one ES module made by esbuild (as Vite does for
 * the worker), for the figures of `npm run bench` (shipped.ts) and the fresh-start probe (start.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Bundles `exports` (names to export, by the source file that holds them, from the repository's root) into `dir`/engine.mjs. */
export function bundleEngine(dir: string, exports: Record<string, string>, minify = true): string {
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, Object.entries(exports).map(([names, from]) => `export { ${names} } from ${JSON.stringify(join(ROOT, from))};\n`).join(''));
  const bundle = join(dir, 'engine.mjs');
  const args = [entry, '--bundle', '--format=esm', '--platform=neutral', `--outfile=${bundle}`];
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), minify ? [...args, '--minify'] : args, { stdio: 'pipe' });
  return bundle;
}
