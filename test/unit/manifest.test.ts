/**
 * What the extension may ask the browser for, held to the allow-list that docs/security.md explains (PRODUCT.md
 * §9: storage and the two sites' hosts, the default MV3 content security policy, no remote code).
 *
 * The source manifest is checked always. The built ones (dist/, dist-firefox/) are checked whenever they exist,
 * because the build adds to the manifest (crxjs exposes the content script's chunks as web-accessible resources);
 * this test builds nothing itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The one API permission: the user's settings and imported packs. */
const PERMISSIONS = ['storage'];
/** Where composers are watched: X and Facebook, nowhere else. */
const HOSTS = [
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
const KEYS = new Set([
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

type Manifest = Record<string, unknown> & {
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

const read = (path: string): Manifest => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Manifest;

/** The checks every manifest passes, source or built. */
function checkManifest(manifest: Manifest): void {
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
function contentScriptChunks(dir: string, entry: string): Set<string> {
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

function files(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** Code that loads or makes code at run time, from anywhere: none of it may ship. */
const REMOTE_OR_DYNAMIC_CODE: readonly [string, RegExp][] = [
  ['a dynamic import from the network', /\bimport\s*\(\s*["'`]\s*(?:https?:)?\/\//],
  ['a static import from the network', /\b(?:from|import)\s*["'](?:https?:)?\/\//],
  ['importScripts', /\bimportScripts\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['eval', /(?:(?<![\w$.])|\b(?:window|self|globalThis)\.)eval\s*\(/],
  ['a string run as code by a timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

const remoteCodeInText = (code: string): boolean => REMOTE_OR_DYNAMIC_CODE.some(([, pattern]) => pattern.test(code));

function remoteCodeIn(paths: readonly string[]): string[] {
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

describe('the source manifest', () => {
  const manifest = read('manifest.json');

  it('asks for storage and the X and Facebook hosts, nothing more', () => {
    checkManifest(manifest);
  });

  it('exposes nothing to web pages itself (the build adds only the content script, checked below)', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('runs its worker and pages from files in the package', () => {
    const background = manifest.background as { service_worker: string; type?: string };
    expect(background.service_worker).toMatch(/^src\/[\w/.-]+\.ts$/);
    for (const script of manifest.content_scripts ?? []) {
      for (const path of [...(script.js ?? []), ...(script.css ?? [])]) {
        expect(existsSync(join(ROOT, path)), path).toBe(true);
      }
    }
  });

  it('is explained in docs/security.md, permission by permission and host by host', () => {
    const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');
    for (const entry of [...PERMISSIONS, ...HOSTS]) expect(doc, entry).toContain(`\`${entry}\``);
    for (const key of ['web_accessible_resources', 'content_security_policy', 'externally_connectable']) {
      expect(doc, key).toContain(key);
    }
  });
});

describe('the source code that ships', () => {
  it('loads no remote code and makes no code from strings', () => {
    expect(remoteCodeIn([...files('src', '.ts'), ...files('src', '.tsx')])).toEqual([]);
  });

  it('the remote-code scan finds each thing it looks for', () => {
    const samples = [
      'await import("https://cdn.example/x.js")',
      'import x from "https://cdn.example/x.js"',
      'importScripts("x.js")',
      'const f = new Function("return 1")',
      'eval("1")',
      'setTimeout("alert(1)", 10)',
    ];
    for (const [index, [what, pattern]] of REMOTE_OR_DYNAMIC_CODE.entries()) {
      expect(pattern.test(samples[index] as string), what).toBe(true);
    }
    expect(remoteCodeInText('globalThis.eval(code)')).toBe(true);
    // …and not the words in ordinary code.
    expect(remoteCodeInText('retrieval(x); evaluate(y); node.eval(z); import("./chunk.js"); from"./a.js"')).toBe(false);
  });
});

/** The built packages present now; each is checked like the source, plus what the build adds. */
const BUILT = ['dist', 'dist-firefox'].filter((dir) => existsSync(join(ROOT, dir, 'manifest.json')));

describe.each(BUILT)('the built manifest in %s/', (dir) => {
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
});
