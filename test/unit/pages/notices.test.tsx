// @vitest-environment happy-dom
/**
 * The settings page's notices (src/pages/shared/Notices.tsx) when part of a school's or trust's policy cannot be read:
 * the user is told one plain sentence, and the technical lines are folded away for whoever manages the browser.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { defaultSettings, readManaged, resolveSettings } from '../../../src/settings';
import ashdown from '../../../docs/examples/ashdown.json';
import type { SettingsState } from '../../../src/settings/store';

vi.mock('../../../src/settings/store', () => ({ dismissNotices: () => Promise.resolve() }));
const { Notices } = await import('../../../src/pages/shared/Notices');

const PROBLEM = 'packs.1 (stbroken): rules.naming_chlid is not a known field; rules.complaint.phrases.2 is not a phrase: missing ")" at column 26';

function shown(policyProblems: string[], notices: string[] = []): HTMLElement {
  const state: SettingsState = {
    effective: resolveSettings({ user: defaultSettings() }),
    managed: {},
    imported: [],
    notices,
    policyProblems,
    dismissible: false,
  };
  const host = document.createElement('div');
  render(<Notices state={state} />, host);
  return host;
}

/** The text a reader sees without opening anything: everything outside a closed <details> but its summary. */
function visibleText(host: HTMLElement): string {
  const copy = host.cloneNode(true) as HTMLElement;
  for (const details of copy.querySelectorAll('details:not([open])')) {
    for (const child of [...details.children]) if (child.tagName !== 'SUMMARY') child.remove();
  }
  return copy.textContent ?? '';
}

describe('a policy that cannot be read in part', () => {
  it('tells the user one plain sentence, and keeps the technical lines behind a disclosure for the admin', () => {
    const host = shown([PROBLEM]);
    const seen = visibleText(host);
    expect(seen).toContain(
      "Part of your school's or trust's settings could not be read and is left out; everything else works as set, and whoever manages this browser can see why below.",
    );
    expect(seen).toContain('Details for whoever manages this browser');
    expect(seen).not.toContain('packs.1');
    expect(seen).not.toContain('naming_chlid');
    const details = host.querySelector('details');
    expect(details?.open).toBe(false);
    expect([...(details?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([PROBLEM]);
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
  });

  it("shows the user's own notices as they are, beside it", () => {
    const host = shown([PROBLEM], ['Your settings could not be read and were reset.']);
    expect(visibleText(host)).toContain('Your settings could not be read and were reset.');
    expect(visibleText(host)).not.toContain('packs.1');
  });

  it("lists every unknown field of a policy's broken pack for the admin, on that pack's one line", () => {
    const broken = structuredClone(ashdown) as Record<string, unknown> & { routes: { staff: Record<string, unknown> } };
    broken.id = 'stbroken';
    broken.alias = broken.aliases;
    delete broken.aliases;
    broken.routes.staff.emial = 'head@stbroken.example';
    const { problems } = readManaged({ packs: [structuredClone(ashdown), broken] });
    const host = shown(problems);
    expect([...host.querySelectorAll('details li')].map((li) => li.textContent)).toEqual([
      'packs.1 (stbroken): routes.staff.emial is not a known field: did you mean email?; alias is not a known field: did you mean aliases?',
    ]);
  });

  it('shows nothing when there is nothing to say', () => {
    expect(shown([]).textContent).toBe('');
  });
});
