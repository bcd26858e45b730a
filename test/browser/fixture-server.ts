// What answers a request for one of the real sites' URLs in the browser tests, whichever browser asks: a fixture
// host gets its fixture page (the pages route on the client, so every path gets index.html) or a built asset under
// FIXTURE_ASSET_BASE; anything else on http(s) is refused, so nothing leaves the machine.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { FIXTURE_ASSET_BASE, FIXTURE_PAGES, FIXTURES_DIST } from './fixtures/build';

type Site = keyof typeof FIXTURE_PAGES;

/** Each host the extension runs on and the fixture page that answers it. */
const FIXTURE_HOSTS: Record<string, Site> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface FixtureResponse {
  status: 200 | 404;
  contentType: string;
  body: Buffer | string;
}

/** Throws unless the fixture pages are built (test/browser/fixtures/build.ts). */
export function assertFixturesBuilt(): void {
  if (!Object.values(FIXTURE_PAGES).every((page) => existsSync(join(FIXTURES_DIST, page)))) {
    throw new Error(`The fixture pages are not built in ${FIXTURES_DIST}: call buildFixtures() first.`);
  }
}

/** Whether a request for `href` is one the harness answers or refuses (http and https); others go ahead. */
export function isWebRequest(href: string): boolean {
  const { protocol } = new URL(href);
  return protocol === 'http:' || protocol === 'https:';
}

/** The response for a request to `href`, or undefined when the request must be refused. */
export async function fixtureResponse(href: string): Promise<FixtureResponse | undefined> {
  const url = new URL(href);
  const site = FIXTURE_HOSTS[url.hostname];
  if (!site || url.protocol !== 'https:') return undefined;
  let file: string | undefined;
  if (url.pathname.startsWith(FIXTURE_ASSET_BASE)) {
    const candidate = resolve(FIXTURES_DIST, decodeURIComponent(url.pathname.slice(FIXTURE_ASSET_BASE.length)));
    if (candidate.startsWith(FIXTURES_DIST + sep)) file = candidate;
  } else {
    file = join(FIXTURES_DIST, FIXTURE_PAGES[site]);
  }
  const body = file ? await readFile(file).catch(() => undefined) : undefined;
  if (!file || !body) return { status: 404, contentType: 'text/plain', body: `No fixture at ${url.pathname}` };
  return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body };
}
