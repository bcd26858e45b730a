/** What the toolbar popup says about the active tab: not a supported site, off for this site, paused, or on. */
import { isPaused } from '../../settings';
import type { EffectiveSettings, SiteSwitch } from '../../settings';

/** The hosts the content script runs on (manifest.json host_permissions), by site switch. */
const SITE_HOSTS: Record<SiteSwitch, readonly string[]> = {
  x: ['x.com', 'twitter.com', 'mobile.x.com'],
  facebook: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
};

export type TabStatus =
  | { kind: 'unsupported' }
  | { kind: 'site-off'; site: SiteSwitch }
  | { kind: 'paused'; site: SiteSwitch }
  | { kind: 'active'; site: SiteSwitch };

/** Which site a tab shows. Without the "tabs" permission, `url` is only known for the sites above. */
export function siteOf(url: string | undefined): SiteSwitch | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return (Object.keys(SITE_HOSTS) as SiteSwitch[]).find((site) => SITE_HOSTS[site].includes(parsed.hostname));
}

export function tabStatus(url: string | undefined, settings: EffectiveSettings, now: number): TabStatus {
  const site = siteOf(url);
  if (!site) return { kind: 'unsupported' };
  if (isPaused(settings, now)) return { kind: 'paused', site };
  if (!settings.sites[site]) return { kind: 'site-off', site };
  return { kind: 'active', site };
}
