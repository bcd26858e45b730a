// What the package script counts as the content script for the PRODUCT.md §7 budget: everything a page loads for
// it, found from the manifest through the loader's runtime.getURL and the chunks' imports, and nothing else.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentScriptFiles, measurePackage, overBudget, workerFiles } from '../../scripts/package';

let dir: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'second-thought-package-'));
  write(
    'manifest.json',
    JSON.stringify({
      background: { service_worker: 'service-worker-loader.js' },
      content_scripts: [{ js: ['assets/index.ts-loader.js'], css: ['src/content/highlight.css'] }],
    }),
  );
  write('assets/index.ts-loader.js', 'import(chrome.runtime.getURL("assets/content.js")).then((m) => m.onExecute?.());');
  write('assets/content.js', 'import{t as e}from"./composer.js";import"./side-effect.js";import("./lazy.js");');
  write('assets/composer.js', 'import{n}from"../assets/jsx.js";export const t=1;');
  write('assets/jsx.js', 'export const n=2;');
  write('assets/side-effect.js', '');
  write('assets/lazy.js', '');
  write('src/content/highlight.css', '::highlight(x){}');
  write('service-worker-loader.js', 'import "./assets/worker.js";');
  write('assets/worker.js', 'import{n}from"./jsx.js";');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('contentScriptFiles', () => {
  it('follows the loader and every import from the content script, and leaves out the worker', () => {
    expect(contentScriptFiles(dir)).toEqual([
      'assets/composer.js',
      'assets/content.js',
      'assets/index.ts-loader.js',
      'assets/jsx.js',
      'assets/lazy.js',
      'assets/side-effect.js',
      'src/content/highlight.css',
    ]);
  });

  it('fails when the content script loads a file the package does not have', () => {
    rmSync(join(dir, 'assets/jsx.js'));
    expect(() => contentScriptFiles(dir)).toThrow(/assets\/jsx\.js, loaded by the content script, is not in/);
  });
});

describe('workerFiles', () => {
  it('follows the worker entry and its imports, and leaves out the content script', () => {
    expect(workerFiles(dir)).toEqual(['assets/jsx.js', 'assets/worker.js', 'service-worker-loader.js']);
  });
});

describe('the content script listed as web-accessible resources', () => {
  it('counts each script the manifest exposes to the pages, even one no import reaches', () => {
    write('assets/chunk-only-listed.js', 'export const lazy=1;');
    write(
      'manifest.json',
      JSON.stringify({
        background: { service_worker: 'service-worker-loader.js' },
        content_scripts: [{ js: ['assets/index.ts-loader.js'] }],
        web_accessible_resources: [{ matches: ['https://x.com/*'], resources: ['assets/chunk-only-listed.js', 'assets/icon.png'] }],
      }),
    );
    expect(contentScriptFiles(dir)).toContain('assets/chunk-only-listed.js');
    expect(contentScriptFiles(dir)).not.toContain('assets/icon.png');
  });
});

describe('overBudget', () => {
  it('names each budget a package exceeds, and none when it keeps them', () => {
    const sizes = measurePackage(dir);
    expect(overBudget('chrome', sizes)).toEqual([]);
    // Random bytes do not compress: about 450 KB either way, over both budgets.
    write('assets/content.js', `export const noise="${randomBytes(450 * 1024).toString('base64')}";`);
    const over = overBudget('chrome', measurePackage(dir));
    expect(over).toHaveLength(2);
    expect(over[0]).toMatch(/^the chrome package is [\d.]+ KB zipped \(budget 400\.0 KB\)$/);
    expect(over[1]).toMatch(/^the chrome content script is [\d.]+ KB gzipped \(budget 50\.0 KB\)$/);
  });
});

describe('the store zip', () => {
  it('leaves out the development key (the store assigns its own id) and keeps everything else as built', () => {
    const manifest = { manifest_version: 3, name: 'x', key: 'MIIBIjAN', version: '1.0', icons: { '16': 'a.png' } };
    write('manifest.json', JSON.stringify(manifest, null, 2));
    const files = unzipSync(measurePackage(dir).zip);
    const zipped = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as Record<string, unknown>;
    expect(zipped).not.toHaveProperty('key');
    expect(zipped).toEqual({ manifest_version: 3, name: 'x', version: '1.0', icons: { '16': 'a.png' } });
    expect(strFromU8(files['assets/jsx.js'] as Uint8Array)).toBe('export const n=2;');
    // The built folder itself keeps its key, for development and policy testing with a fixed id.
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toHaveProperty('key', 'MIIBIjAN');
  });

  it('holds every file byte for byte, deflated, the same from one build to the next', () => {
    // A binary file and a text one large enough to compress: both come back as they were.
    const binary = randomBytes(5000);
    writeFileSync(join(dir, 'assets/model.bin'), binary);
    write('assets/big.js', 'export const words = "the school the head the note ".repeat(2000);');
    const zip = measurePackage(dir).zip;
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'assets/big.js',
      'assets/composer.js',
      'assets/content.js',
      'assets/index.ts-loader.js',
      'assets/jsx.js',
      'assets/lazy.js',
      'assets/model.bin',
      'assets/side-effect.js',
      'assets/worker.js',
      'manifest.json',
      'service-worker-loader.js',
      'src/content/highlight.css',
    ]);
    expect(Buffer.from(files['assets/model.bin'] as Uint8Array).equals(binary)).toBe(true);
    expect(strFromU8(files['assets/big.js'] as Uint8Array)).toBe(readFileSync(join(dir, 'assets/big.js'), 'utf8'));
    // Deflated: the 60 KB of repeated text takes a small part of the zip.
    expect(zip.length).toBeLessThan(binary.length + 4000);
    expect(Buffer.from(measurePackage(dir).zip).equals(Buffer.from(zip))).toBe(true);
  });
});
