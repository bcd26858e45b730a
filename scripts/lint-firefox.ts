// Lints the built Firefox package (dist-firefox/, or the folder given as the one argument) with Mozilla's add-on
// linter, as addons.mozilla.org does on upload, and fails on any error or warning. Runs web-ext's lint command
// in-process rather than its CLI, which would first ask the npm registry whether a newer web-ext exists: this check
// stays offline.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error web-ext ships no type declarations; `cmd.lint` is its documented programmatic entry point.
import { cmd } from 'web-ext';

const sourceDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist-firefox', import.meta.url)));
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No built Firefox extension in ${sourceDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

// With shouldExitProgram the linter prints its report and exits non-zero on an error, or on a warning here.
await (cmd as { lint(params: object, options: object): Promise<unknown> }).lint(
  { sourceDir, warningsAsErrors: true, output: 'text', boring: !process.stdout.isTTY },
  { shouldExitProgram: true },
);
