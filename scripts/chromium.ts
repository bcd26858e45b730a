// Where to find a Chromium that can load an unpacked extension, and the flags that keep it quiet and offline.
import { existsSync } from 'node:fs';

/** Tried in order after CHROME_PATH. Branded Chrome 137+ ignores --load-extension; Chromium does not. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];

/** The Chromium executable to drive: CHROME_PATH if set, else the first known install path that exists. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to ${fromEnv}, but no file exists there. ` +
        'Point CHROME_PATH at a Chromium or Chrome executable, or unset it to search the usual install paths.',
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found. Tried CHROME_PATH (unset) and:',
      ...CANDIDATES.map((path) => `  ${path}`),
      'Install Chromium (e.g. `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium/Chrome executable.',
    ].join('\n'),
  );
}

/** Flags shared by every launch: no first-run UI, no background traffic to Google, no sync. */
const QUIET_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
];

/** Chromium flags that load only the unpacked extension in `extensionDir` (or no extension when omitted). */
export function chromiumArgs(extensionDir?: string): string[] {
  const args = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_ARGS]
    : [...QUIET_ARGS];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
