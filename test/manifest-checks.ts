/**
 * What the extension may ask the browser for, held to the allow-list that docs/security.md explains (PRODUCT.md
 * §9: storage and the two sites' hosts, the default MV3 content security policy, no remote code): the checks every
 * manifest passes, and those of a built package. The source manifest is checked by test/unit/manifest.test.ts; each
 * built package right after the build that makes it, by the project that tests it (test/browser for dist/,
 * test/firefox for dist-firefox/), because the build adds to the manifest (crxjs exposes the content script's chunks
 * as web-accessible resources).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The one API permission: the user's settings and imported packs. */
export const PERMISSIONS = ['storage'];
/** Where composers are watched: X and Facebook, nowhere else. */
export const HOSTS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
];
/**
 * Every top-level key the manifests may hold. A new key is a new capability or surface (a side panel, an
 * override page, a declarative rule set, externally_connectable, a CSP): add it here only with a line in
 * docs/security.md.
 */
export const KEYS = new Set([
  'manifest_version',
  'name',
  'short_name',
  'version',
  'default_locale',
  'description',
  'icons',
  'permissions',
  'host_permissions',
  'background',
  'content_scripts',
  'options_ui',
  'action',
  'commands',
  // Chrome only: pins the extension id, sets the oldest Chrome, describes the managed-storage policy schema.
  'key',
  'minimum_chrome_version',
  'storage',
  // Built only: the content script's own chunks (see webAccessibleResources below).
  'web_accessible_resources',
  // Firefox only: the add-on id and its declaration that no data is collected.
  'browser_specific_settings',
]);

export type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    js?: string[];
    css?: string[];
    world?: string;
    match_origin_as_fallback?: boolean;
  }[];
  web_accessible_resources?: { matches?: string[]; resources: string[]; extension_ids?: string[] }[];
};

export const read = (path: string): Manifest => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Manifest;

/** The checks every manifest passes, source or built. */
export function checkManifest(manifest: Manifest): void {
  expect(manifest.manifest_version).toBe(3);
  expect(Object.keys(manifest).filter((key) => !KEYS.has(key))).toEqual([]);
  expect(manifest.permissions ?? []).toEqual(PERMISSIONS);
  expect(manifest.host_permissions ?? []).toEqual(HOSTS);
  // Nothing to grant later either: an optional permission is a request waiting to be made.
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
  // No web page or other extension may message the worker.
  expect(manifest.externally_connectable).toBeUndefined();
  // The default MV3 policy: script-src 'self'; no remote script, no eval, no 'wasm-unsafe-eval'.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.sandbox).toBeUndefined();
  for (const script of manifest.content_scripts ?? []) {
    expect(script.matches).toEqual(HOSTS);
    // The isolated world: page script cannot reach the content script's functions or its messaging.
    expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    expect(script.match_origin_as_fallback ?? false).toBe(false);
  }
}

/** Every chunk the content script imports, from the file the loader imports, following `import … from "./x.js"`. */
export function contentScriptChunks(dir: string, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(ROOT, dir, path), 'utf8');
    for (const m of code.matchAll(/\b(?:from|import)\s*\(?\s*["']\.\/([^"']+)["']/g)) {
      visit(join(path, '..', m[1] as string).replaceAll('\\', '/'));
    }
  };
  visit(entry);
  return seen;
}

export function files(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** Code that loads or makes code at run time, from anywhere: none of it may ship. */
export const REMOTE_OR_DYNAMIC_CODE: readonly [string, RegExp][] = [
  ['a dynamic import from the network', /\bimport\s*\(\s*["'`]\s*(?:https?:)?\/\//],
  ['a static import from the network', /\b(?:from|import)\s*["'](?:https?:)?\/\//],
  ['importScripts', /\bimportScripts\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['eval', /(?:(?<![\w$.])|\b(?:window|self|globalThis)\.)eval\s*\(/],
  ['a string run as code by a timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

export const remoteCodeInText = (code: string): boolean => REMOTE_OR_DYNAMIC_CODE.some(([, pattern]) => pattern.test(code));

export function remoteCodeIn(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const code = readFileSync(join(ROOT, path), 'utf8');
    for (const [what, pattern] of REMOTE_OR_DYNAMIC_CODE) {
      const m = pattern.exec(code);
      if (m) found.push(`${path}: ${what}: …${code.slice(Math.max(0, m.index - 40), m.index + 60)}…`);
    }
  }
  return found;
}

/** The checks of a built package in `dir` (dist or dist-firefox): those of the source, plus what the build adds. */
export function builtManifestChecks(dir: string): void {
  const manifest = read(`${dir}/manifest.json`);

  it('asks for storage and the X and Facebook hosts, nothing more', () => {
    checkManifest(manifest);
    if (manifest.browser_specific_settings !== undefined) {
      const gecko = (manifest.browser_specific_settings as { gecko: { data_collection_permissions?: unknown } }).gecko;
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  it("exposes to the two sites only the content script's own chunks", () => {
    const exposed = manifest.web_accessible_resources ?? [];
    expect(exposed.length).toBeLessThanOrEqual(1);
    const resources = exposed.flatMap((entry) => {
      expect([...(entry.matches ?? [])].sort()).toEqual([...HOSTS].sort());
      expect(entry.extension_ids).toBeUndefined();
      return entry.resources;
    });
    for (const resource of resources) {
      expect(resource).toMatch(/^assets\/[\w.-]+\.js$/);
      expect(existsSync(join(ROOT, dir, resource)), resource).toBe(true);
    }
    // The loader crxjs writes imports the content script from the extension's own URL; that file and what it
    // imports must be web-accessible to the page for the import to load, and nothing else is.
    const loaders = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
    expect(loaders.length).toBeGreaterThan(0);
    const needed = new Set<string>();
    for (const loader of loaders) {
      const code = readFileSync(join(ROOT, dir, loader), 'utf8');
      for (const m of code.matchAll(/runtime\.getURL\(\s*["']([^"']+)["']\s*\)/g)) {
        for (const chunk of contentScriptChunks(dir, m[1] as string)) needed.add(chunk);
      }
    }
    expect([...resources].sort()).toEqual([...needed].sort());
  });

  it('ships no remote or string-made code', () => {
    const code = files(dir, '.js');
    expect(code.length).toBeGreaterThan(0);
    expect(remoteCodeIn(code)).toEqual([]);
  });

  it("loads its pages' scripts from the package", () => {
    for (const page of files(dir, '.html')) {
      const html = readFileSync(join(ROOT, page), 'utf8');
      const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)["']/g)].map((m) => m[1]);
      expect(sources.length, page).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source, page).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i);
        expect(existsSync(join(ROOT, dir, (source as string).replace(/^\//, ''))), `${page}: ${source}`).toBe(true);
      }
    }
  });
}
