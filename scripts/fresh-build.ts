// Makes sure dist/ is the extension built from the sources as they are now: the size budget test and the benchmark
// measure dist/, so a build older than an edit would report figures for code that no longer exists.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** What `vite build` reads: the sources, the static files, the manifest, the build config and the locked deps. */
const INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** Why dist/ needs building, or null when it was built after the last change to any input. */
export function staleReason(): string | null {
  const manifest = join(DIST, 'manifest.json');
  if (!existsSync(manifest)) return 'dist/ has no build';
  const built = statSync(manifest).mtimeMs;
  const changed = INPUTS.filter((input) => newestChange(join(ROOT, input)) > built);
  return changed.length > 0 ? `${changed.join(', ')} changed since dist/ was built` : null;
}

/** Runs `vite build` (as `npm run build` does) when dist/ is missing or older than its inputs; says why. */
export function buildIfStale(log: (line: string) => void = () => {}): void {
  const reason = staleReason();
  if (reason === null) return;
  log(`Building dist/ (${reason}) …`);
  try {
    // NODE_ENV as `npm run build` leaves it: under vitest it is "test", and Vite then builds the libraries'
    // development code into the pages (401 KB where the package is 398).
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    // The build's own output says what went wrong; the child process error around it adds nothing.
    throw new Error(`vite build failed:\n${String(output.stdout ?? '')}${String(output.stderr ?? '')}`);
  }
}
