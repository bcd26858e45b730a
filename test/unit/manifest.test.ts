/**
 * What the extension may ask the browser for, held to the allow-list that docs/security.md explains (PRODUCT.md
 * §9: storage and the two sites' hosts, the default MV3 content security policy, no remote code).
 *
 * The source manifest and the code that ships, here; the built packages (dist/, dist-firefox/) right after the build
 * that makes them, by the browser and Firefox projects (test/manifest-checks.ts has the checks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, files, HOSTS, PERMISSIONS, read, REMOTE_OR_DYNAMIC_CODE, remoteCodeIn, remoteCodeInText, ROOT } from '../manifest-checks';

describe('the source manifest', () => {
  const manifest = read('manifest.json');

  it('asks for storage and the X and Facebook hosts, nothing more', () => {
    checkManifest(manifest);
  });

  it('exposes nothing to web pages itself (the build adds only the content script: test/manifest-checks.ts)', () => {
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
