// Where to find a Firefox that can install an unpacked extension temporarily, and the preferences that keep it
// offline and quiet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Tried in order after FIREFOX_PATH. Debian's ESR package first: it is what CI installs. */
const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The Firefox executable to drive: FIREFOX_PATH if set, else the first known install path that exists. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `FIREFOX_PATH is set to ${fromEnv}, but no file exists there. ` +
        'Point FIREFOX_PATH at a Firefox executable, or unset it to search the usual install paths.',
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Firefox found. Tried FIREFOX_PATH (unset) and:',
      ...CANDIDATES.map((path) => `  ${path}`),
      'Install Firefox ESR (e.g. `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox executable.',
    ].join('\n'),
  );
}

/**
 * Throws, saying what to do, when the Firefox at `path` is older than `minimum` (the add-on's strict_min_version,
 * "142.0"): Firefox would otherwise refuse the add-on with "not compatible with application version" deep in the
 * test harness. A Debian machine whose package lists are old installs ESR 140; after `apt-get update`, a newer ESR.
 */
export function assertFirefoxAtLeast(path: string, minimum: string): void {
  const said = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  const version = /(\d+)\.(\d+)/.exec(said);
  const wanted = /(\d+)\.(\d+)/.exec(minimum);
  if (!version || !wanted) throw new Error(`Could not read the version of ${path} ("${said}") or the add-on's minimum ("${minimum}").`);
  const [have, need] = [version, wanted].map((m) => Number(m[1]) * 1000 + Number(m[2])) as [number, number];
  if (have >= need) return;
  throw new Error(
    `${said} (${path}) is older than Firefox ${minimum}, the oldest the add-on supports. Install a newer one ` +
      '(on Debian or Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to one.',
  );
}

/**
 * Preferences for every launch, on top of puppeteer's own (which already turn off updates, telemetry uploads, safe
 * browsing and the like). Anything that still reaches for the network goes to a proxy on loopback port 9, where
 * nothing listens, so it fails on the machine instead of leaving it. Requests the tests answer themselves are
 * intercepted before they get that far.
 */
export function firefoxPrefs(extensionUuids: Record<string, string> = {}): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    // No probes for captive portals or connectivity at start-up.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // A fixed moz-extension:// host per add-on id, so tests know the extension's page URLs in advance (Firefox
    // otherwise picks a random one per profile).
    'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
  };
}
