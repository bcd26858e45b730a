import { describe, expect, it } from 'vitest';
import { siteOf, tabStatus } from '../../src/pages/popup/status';
import { defaultSettings, resolveSettings } from '../../src/settings';

const NOW = Date.UTC(2025, 0, 15, 9, 0);
const settings = (user = {}) => resolveSettings({ user: { ...defaultSettings(), ...user } });

describe('the popup status for the active tab', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://mobile.x.com/compose/post', 'x'],
    ['https://www.facebook.com/groups/1', 'facebook'],
    ['https://web.facebook.com/', 'facebook'],
    ['https://m.facebook.com/', 'facebook'],
  ])('knows %s as %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it.each([undefined, 'about:blank', 'chrome://extensions', 'http://x.com/home', 'https://x.com.evil.example/', 'https://facebook.com.example/', 'not a url'])(
    'calls %s not a supported site',
    (url) => {
      expect(tabStatus(url, settings(), NOW)).toEqual({ kind: 'unsupported' });
    },
  );

  it('says paused before switched off, and on otherwise', () => {
    expect(tabStatus('https://x.com/home', settings(), NOW)).toEqual({ kind: 'active', site: 'x' });
    expect(tabStatus('https://x.com/home', settings({ sites: { x: false, facebook: true } }), NOW)).toEqual({ kind: 'site-off', site: 'x' });
    expect(tabStatus('https://x.com/home', settings({ sites: { x: false, facebook: true }, pause: { until: NOW + 1 } }), NOW)).toEqual({
      kind: 'paused',
      site: 'x',
    });
    expect(tabStatus('https://x.com/home', settings({ pause: { until: NOW - 1 } }), NOW)).toEqual({ kind: 'active', site: 'x' });
  });
});
