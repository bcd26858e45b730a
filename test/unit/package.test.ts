// What the package script counts as the content script for the PRODUCT.md §7 budget: everything a page loads for
// it, found from the manifest through the loader's runtime.getURL and the chunks' imports, and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../../scripts/package';

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
