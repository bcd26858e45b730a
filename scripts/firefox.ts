// Where to find a Firefox that can install an unpacked extension temporarily, and the preferences that keep it
// offline and quiet.
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
