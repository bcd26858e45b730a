// Writes the store packages into artifacts/: the Chrome Web Store zip (from dist/), the addons.mozilla.org zip (from
// dist-firefox/) and the source archive AMO's reviewers ask for (the git-tracked source at HEAD). The store zips
// leave out the manifest's development `key` (storeManifest). Prints their sizes
// and checks the size budgets in PRODUCT.md §7, exiting non-zero when one is exceeded.
// Usage: npm run package (builds both packages first).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { strToU8, Zip, ZipPassThrough } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTIFACTS = join(ROOT, 'artifacts');
const KB = 1024;

/** PRODUCT.md §7. */
export const BUDGETS = {
  /** Everything a page loads for the content script (its loader, the chunks it imports, its CSS), gzipped. */
  contentScriptGzip: 50 * KB,
  /** Each store zip. */
  packageZip: 400 * KB,
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

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * The files a page loads for the content scripts: each script and stylesheet the manifest names and each script
 * the manifest lets the pages load (web_accessible_resources: the build lists the content script's chunks there so
 * its loader may import them), then every chunk reached from them by `import … from "./x.js"`, `import("./x.js")`
 * or `runtime.getURL("assets/x.js")` (how the build's loader pulls in the module).
 */
export function contentScriptFiles(dir: string): string[] {
  const manifest = readManifest(dir);
  const scripts = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  const exposed = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources ?? [])
    .filter((file) => /\.(?:js|css)$/.test(file));
  return filesLoadedFrom(dir, [...scripts, ...exposed], 'the content script');
}

/** The files the background service worker loads: its entry and every chunk it imports. */
export function workerFiles(dir: string): string[] {
  const { background } = readManifest(dir);
  const entries = [...(background?.service_worker ? [background.service_worker] : []), ...(background?.scripts ?? [])];
  return filesLoadedFrom(dir, entries, 'the background worker');
}

/** `entries` and everything they import, as paths relative to `dir`, sorted. */
function filesLoadedFrom(dir: string, entries: string[], loader: string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    if (!existsSync(join(dir, file))) throw new Error(`${file}, loaded by ${loader}, is not in ${dir}`);
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

/**
 * The manifest as the store gets it: without `key`. The key fixes the extension's id for development, the tests and
 * policy testing (docs/deploying.md); the Chrome Web Store assigns its own id, so the store package has none.
 */
export function storeManifest(text: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  delete manifest.key;
  // Without the indentation the browser never reads.
  return JSON.stringify(manifest);
}

/**
 * A zip entry deflated by Node's zlib at level 9, through fflate's documented way of adding a compressor to its zip
 * writer (a ZipPassThrough whose `process` compresses what `push` was given). zlib packs the package some 9 KB
 * tighter than fflate's own deflate (403.7 KB against 394.4 KB for the Firefox build before this change), and every
 * kilobyte ships to every user. The whole file is pushed at once, so it is deflated as one stream.
 */
class ZlibEntry extends ZipPassThrough {
  constructor(filename: string, mtime: Date) {
    super(filename);
    this.compression = 8;
    this.mtime = mtime;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, new Uint8Array(deflateRawSync(chunk, { level: 9, memLevel: 9 })), final);
  }
}

/** The built folder zipped for the store (its manifest through storeManifest). */
export function zipFolder(dir: string): Uint8Array {
  // A fixed timestamp, so the same build gives the same zip.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(join(dir, file));
    const entry = new ZlibEntry(file, mtime);
    zip.add(entry);
    entry.push(file === 'manifest.json' ? strToU8(storeManifest(bytes.toString('utf8'))) : new Uint8Array(bytes), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The gzipped size of `files` under `dir`, each compressed on its own as a server or the store would. */
function gzipSize(dir: string, files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

/** What the PRODUCT.md §7 size budgets are held against, for one built package. */
export interface PackageSizes {
  /** The package zipped for the store. */
  zip: Uint8Array;
  contentScript: { files: string[]; gzip: number };
  /** Reported beside the budgets: PRODUCT.md §7 sets none for the worker. */
  worker: { files: string[]; gzip: number };
}

export function measurePackage(dir: string): PackageSizes {
  const contentScript = contentScriptFiles(dir);
  const worker = workerFiles(dir);
  return {
    zip: zipFolder(dir),
    contentScript: { files: contentScript, gzip: gzipSize(dir, contentScript) },
    worker: { files: worker, gzip: gzipSize(dir, worker) },
  };
}

/** Each budget the package exceeds, in words (empty when it keeps them all). */
export function overBudget(name: string, sizes: PackageSizes): string[] {
  const over: string[] = [];
  if (sizes.zip.length > BUDGETS.packageZip) {
    over.push(`the ${name} package is ${formatKb(sizes.zip.length)} zipped (budget ${formatKb(BUDGETS.packageZip)})`);
  }
  if (sizes.contentScript.gzip > BUDGETS.contentScriptGzip) {
    over.push(
      `the ${name} content script is ${formatKb(sizes.contentScript.gzip)} gzipped (budget ${formatKb(BUDGETS.contentScriptGzip)})`,
    );
  }
  return over;
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

async function main(): Promise<number> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
  await mkdir(ARTIFACTS, { recursive: true });
  const rows: string[][] = [];
  const over: string[] = [];

  for (const target of TARGETS) {
    if (!existsSync(join(target.dir, 'manifest.json'))) {
      console.error(`No build in ${relative(ROOT, target.dir)}/: run \`${target.build}\` first.`);
      return 1;
    }
    const zipPath = join(ARTIFACTS, `second-thought-${version}-${target.browser}.zip`);
    const sizes = measurePackage(target.dir);
    await writeFile(zipPath, sizes.zip);
    rows.push([relative(ROOT, zipPath), formatKb(sizes.zip.length), `budget ${formatKb(BUDGETS.packageZip)}`]);
    const contentBudget = `budget ${formatKb(BUDGETS.contentScriptGzip)}`;
    rows.push(['  its content script, gzipped', formatKb(sizes.contentScript.gzip), contentBudget]);
    rows.push(['  its background worker, gzipped', formatKb(sizes.worker.gzip), 'no budget']);
    over.push(...overBudget(target.browser, sizes));
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
  if (over.length > 0) {
    console.error(`\nOver the PRODUCT.md §7 budget: ${over.join('; ')}.`);
    return 1;
  }
  console.log('\nWithin the PRODUCT.md §7 budgets.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
