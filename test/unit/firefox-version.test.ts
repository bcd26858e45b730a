// The Firefox tests need a Firefox the add-on supports: an older one is named, with what to do, before the harness
// launches it (Firefox itself says only "not compatible with application version" as the add-on installs).
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertFirefoxAtLeast } from '../../scripts/firefox';

const dir = mkdtempSync(join(tmpdir(), 'st-firefox-'));
/** A stand-in executable that answers --version as Firefox does. */
function firefoxSaying(version: string): string {
  const path = join(dir, `firefox-${version}`);
  writeFileSync(path, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('the Firefox the tests drive', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused when older than the add-on supports, saying how to get a newer one', () => {
    const old = firefoxSaying('140.12.0esr');
    expect(() => assertFirefoxAtLeast(old, '142.0')).toThrow(
      `Mozilla Firefox 140.12.0esr (${old}) is older than Firefox 142.0, the oldest the add-on supports. Install a newer one ` +
        '(on Debian or Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to one.',
    );
  });

  it('is taken at or above the minimum', () => {
    expect(() => assertFirefoxAtLeast(firefoxSaying('142.0'), '142.0')).not.toThrow();
    expect(() => assertFirefoxAtLeast(firefoxSaying('153.8.0esr'), '142.0')).not.toThrow();
  });
});
