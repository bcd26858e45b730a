// @vitest-environment happy-dom
/**
 * The settings' school list (src/pages/shared/SchoolChoice.tsx) when a chosen school cannot be loaded: the user's
 * own choice can be removed; one the school's or trust's policy set is the trust's to mend, and says so.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { defaultSettings, resolveSettings } from '../../../src/settings';
import type { ManagedPolicy } from '../../../src/settings';
import type { SettingsState } from '../../../src/settings/store';
import { SchoolChoice } from '../../../src/pages/shared/SchoolChoice';
import type { SettingsPage } from '../../../src/pages/shared/useSettings';

function shown(managed: ManagedPolicy, schools: string[]): HTMLElement {
  const user = { ...defaultSettings(), schools };
  const state: SettingsState = { effective: resolveSettings({ user, managed }), managed, imported: [], notices: [], policyProblems: [], dismissible: false };
  const page = { update: vi.fn() } as unknown as SettingsPage;
  const host = document.createElement('div');
  render(<SchoolChoice state={state} page={page} />, host);
  return host;
}

describe('a chosen school that cannot be loaded', () => {
  it('is the user\'s to remove when the user chose it', () => {
    const host = shown({}, ['bexton', 'gone']);
    expect(host.textContent).toContain('A school you chose (gone) is no longer available.');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Remove gone']);
  });

  it('is the trust\'s to mend when its policy set it, with nothing offered to remove', () => {
    const host = shown({ schools: ['bexton', 'stbroken'] }, []);
    expect(host.textContent).toContain('Your school or trust set a school (stbroken) that could not be loaded.');
    expect(host.textContent).not.toContain('A school you chose');
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });
});
