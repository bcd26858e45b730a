/** Facts about the built extension shared by `npm start` and the real-browser tests. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** The extension's id, from the `key` in manifest.json. */
export function extensionId(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error('manifest.json has no "key", so the extension id is not stable.');
  return extensionIdForKey(manifest.key);
}

/** Chromium derives an extension's id from the manifest key: the first 128 bits of its SHA-256, as a–p. */
export function extensionIdForKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error(`No built extension in ${DIST}: run \`npm run build\` first.`);
  }
}

export const PRACTICE_PATH = 'src/pages/practice/index.html';
export const OPTIONS_PATH = 'src/pages/options/index.html';
