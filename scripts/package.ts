// Writes the store packages into artifacts/: the Chrome Web Store zip (from dist/), the addons.mozilla.org zip (from
// dist-firefox/) and the source archive AMO's reviewers ask for (the git-tracked source at HEAD). Prints their sizes
// and checks the size budgets in PRODUCT.md §7, exiting non-zero when one is exceeded.
// Usage: npm run package (builds both packages first).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = join(ROOT, 'artifacts');
const KB = 1024;

/** PRODUCT.md §7. */
export const BUDGETS = {
  /** Everything a page loads for the content script (its loader, the chunks it imports, its CSS), gzipped. */
  contentScriptGzip: 50 * KB,
  /** Each store zip. */
  packageZip: 300 * KB,
};

interface Target {
  browser: 'chrome' | 'firefox';
  dir: string;
  build: string;
}

const TARGETS: Target[] = [
  { browser: 'chrome', dir: join(ROOT, 'dist'), build: 'npm run build' },
  { browser: 'firefox', dir: join(ROOT, 'dist-firefox'), build: 'npm run build:firefox' },
];

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      return entry.isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
    });
  return walk(dir).sort();
}

/**
 * The files a page loads for the content scripts: each script and stylesheet the manifest names, then every chunk
 * reached from them by `import … from "./x.js"`, `import("./x.js")` or `runtime.getURL("assets/x.js")` (how the
 * build's loader pulls in the module).
 */
export function contentScriptFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const seen = new Set<string>();
  const queue = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    if (!existsSync(join(dir, file))) throw new Error(`${file}, loaded by the content script, is not in ${dir}`);
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, specifier] of code.matchAll(/\b(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), specifier as string)));
    }
    for (const [, path] of code.matchAll(/\bgetURL\(\s*["'`]\/?([^"'`]+)["'`]\s*\)/g)) queue.push(path as string);
  }
  return [...seen].sort();
}

function zipFolder(dir: string): Uint8Array {
  // A fixed timestamp, so the same build gives the same zip.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const files: Zippable = {};
  for (const file of filesUnder(dir)) files[file] = [readFileSync(join(dir, file)), { mtime }];
  return zipSync(files, { level: 9 });
}

function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

async function main(): Promise<number> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
  await mkdir(ARTIFACTS, { recursive: true });
  const rows: string[][] = [];
  const overBudget: string[] = [];

  for (const target of TARGETS) {
    if (!existsSync(join(target.dir, 'manifest.json'))) {
      console.error(`No build in ${relative(ROOT, target.dir)}/: run \`${target.build}\` first.`);
      return 1;
    }
    const zipPath = join(ARTIFACTS, `second-thought-${version}-${target.browser}.zip`);
    const zip = zipFolder(target.dir);
    await writeFile(zipPath, zip);
    const contentGzip = contentScriptFiles(target.dir).reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(target.dir, file)), { level: 9 }).length,
      0,
    );
    rows.push([relative(ROOT, zipPath), formatKb(zip.length), `budget ${formatKb(BUDGETS.packageZip)}`]);
    const contentBudget = `budget ${formatKb(BUDGETS.contentScriptGzip)}`;
    rows.push(['  its content script, gzipped', formatKb(contentGzip), contentBudget]);
    if (zip.length > BUDGETS.packageZip) {
      overBudget.push(`the ${target.browser} package is ${formatKb(zip.length)} zipped`);
    }
    if (contentGzip > BUDGETS.contentScriptGzip) {
      overBudget.push(`the ${target.browser} content script is ${formatKb(contentGzip)} gzipped`);
    }
  }

  const sourcePath = join(ARTIFACTS, `second-thought-${version}-source.zip`);
  git(['archive', '--format=zip', `--prefix=second-thought-${version}/`, '-o', sourcePath, 'HEAD']);
  const head = git(['rev-parse', '--short', 'HEAD']);
  rows.push([relative(ROOT, sourcePath), formatKb(statSync(sourcePath).size), `the git-tracked source at ${head}`]);

  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) {
    const cells = row.map((cell, column) => {
      const width = widths[column] ?? 0;
      return column === 1 ? cell.padStart(width) : cell.padEnd(width);
    });
    console.log(cells.join('  ').trimEnd());
  }
  if (git(['status', '--porcelain', '--untracked-files=no']) !== '') {
    console.warn(
      '\nNote: tracked files have uncommitted changes. The packages were built from them; the source archive is HEAD.',
    );
  }
  if (overBudget.length > 0) {
    console.error(`\nOver the PRODUCT.md §7 budget: ${overBudget.join('; ')}.`);
    return 1;
  }
  console.log('\nWithin the PRODUCT.md §7 budgets.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
