// @vitest-environment happy-dom
/**
 * The settings' "What to check" group (src/pages/options/CategoryChoice.tsx): what it says above the tick boxes when
 * the school or trust has locked them, and what it says of the categories the chosen school's pack switches off
 * (from a fresh-eyes review: a pack with threats off was still said to check threats wherever they are aimed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Category, Pack } from '../../../src/engine/types';
import { parsePack } from '../../../src/packs';
import { defaultSettings, resolveSettings } from '../../../src/settings';
import type { ManagedPolicy } from '../../../src/settings';
import type { SettingsState } from '../../../src/settings/store';
import { CategoryChoice } from '../../../src/pages/options/CategoryChoice';
import type { SettingsPage } from '../../../src/pages/shared/useSettings';

/** The worked example in docs/packs.md with `off` switched off. */
function ashdown(off: Category[] = [], id = 'ashdown', name = 'Ashdown Primary School'): Pack {
  const json = JSON.parse(readFileSync('docs/examples/ashdown.json', 'utf8')) as { id: string; name: string; rules: Record<string, { enabled: boolean }> };
  for (const category of off) if (json.rules[category]) (json.rules[category] as { enabled: boolean }).enabled = false;
  const parsed = parsePack({ ...json, id, name });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.pack;
}

function shown(
  schools: string[],
  { managed = {}, imported = [], role = 'parent' }: { managed?: ManagedPolicy; imported?: Pack[]; role?: 'parent' | 'staff' } = {},
): HTMLElement {
  const user = { ...defaultSettings(), schools, role };
  const state: SettingsState = { effective: resolveSettings({ user, managed, imported }), managed, imported, notices: [], policyProblems: [], dismissible: false };
  const page = { update: vi.fn() } as unknown as SettingsPage;
  const host = document.createElement('div');
  render(<CategoryChoice state={state} page={page} now={Date.now()} />, host);
  return host;
}

/** The fieldset's lines above the tick boxes, in order. */
const lines = (host: HTMLElement): string[] => [...host.querySelectorAll('fieldset > p')].map((p) => p.textContent ?? '');
const box = (host: HTMLElement, category: Category) => host.querySelector<HTMLInputElement>(`[data-category="${category}"] input`);
const row = (host: HTMLElement, category: Category) => host.querySelector(`[data-category="${category}"]`)?.textContent ?? '';

describe('the "What to check" group', () => {
  it('invites the user to untick, and says threats and prejudice are checked wherever aimed, when the school checks both', () => {
    const host = shown(['bexton']);
    expect(lines(host)).toEqual([
      'Untick anything you do not want a second thought about.',
      'Threats and prejudice are checked wherever they are aimed.',
    ]);
    expect(box(host, 'threat')?.checked).toBe(true);
    expect(box(host, 'threat')?.disabled).toBe(false);
    expect(host.textContent).not.toContain('not checked');
  });

  it('says the general guidance checks both when no school is chosen', () => {
    expect(lines(shown([]))[1]).toBe('Threats and prejudice are checked wherever they are aimed.');
  });

  it('under a lock, says first that the school or trust set which notes are shown, and never invites unticking', () => {
    const host = shown(['bexton'], { managed: { lock: ['categories'] } });
    expect(lines(host)).toEqual([
      'Your school or trust has set which notes are shown.',
      'Threats and prejudice are checked wherever they are aimed.',
    ]);
    expect(host.textContent).not.toContain('Untick');
    expect(host.querySelector('fieldset')?.disabled).toBe(true);
    // Said once, first, not again after the boxes.
    expect(host.querySelector('fieldset > :last-child')?.matches('label')).toBe(true);
  });

  it("names what the chosen school's pack leaves out, and says nothing of threats being checked when they are not", () => {
    const host = shown(['ashdown'], { imported: [ashdown(['threat'])] });
    expect(lines(host)).toEqual([
      'Untick anything you do not want a second thought about.',
      'Prejudice is checked wherever it is aimed.',
    ]);
    expect(row(host, 'threat')).toBe("Threats, veiled ones included (not checked: your school's pack leaves it out)");
    expect(box(host, 'threat')?.checked).toBe(false);
    expect(box(host, 'threat')?.disabled).toBe(true);
    // The example pack has no rule for personal details, and photo switched off.
    expect(row(host, 'personal_info')).toContain("(not checked: your school's pack leaves it out)");
    expect(row(host, 'photo')).toContain("(not checked: your school's pack leaves it out)");
    expect(row(host, 'hate')).toBe('Prejudiced remarks (serious)');
  });

  it('with hate off, says threats alone are checked wherever aimed', () => {
    const host = shown(['ashdown'], { imported: [ashdown(['hate'])] });
    expect(lines(host)[1]).toBe('Threats are checked wherever they are aimed.');
    expect(row(host, 'hate')).toBe("Prejudiced remarks (not checked: your school's pack leaves it out)");
  });

  it('with both off, says neither is checked wherever aimed, also under a lock (a locked box is not shown ticked)', () => {
    const pack = ashdown(['threat', 'hate']);
    const host = shown([], { managed: { packs: [pack], lock: ['categories'] } });
    expect(lines(host)).toEqual(['Your school or trust has set which notes are shown.']);
    expect(box(host, 'threat')?.checked).toBe(false);
    expect(box(host, 'hate')?.checked).toBe(false);
    expect(box(host, 'complaint')?.checked).toBe(true);
  });

  it('with several schools, a category is left out only when none of their packs checks it', () => {
    const host = shown(['ashdown', 'ashford'], {
      imported: [ashdown(['threat', 'hate']), ashdown(['threat'], 'ashford', 'Ashford Infants')],
    });
    expect(lines(host)[1]).toBe('Prejudice is checked wherever it is aimed.');
    expect(row(host, 'threat')).toBe("Threats, veiled ones included (not checked: none of your schools' packs checks it)");
    expect(row(host, 'hate')).toBe('Prejudiced remarks (serious)');
  });

  it("names the kind by the user's role: staff read of pupils, parents of other families' children", () => {
    expect(row(shown(['bexton']), 'naming_child')).toBe("Naming other families' children");
    expect(row(shown(['bexton'], { role: 'staff' }), 'naming_child')).toBe('Naming pupils');
  });
});
