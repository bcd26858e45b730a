// @vitest-environment happy-dom
/**
 * The settings a page shows (src/pages/shared/useSettings.ts): a box the user unticks stays unticked, even when a
 * load of the settings begun before the click (after another change, such as a saved route) answers after it; and a
 * page that waits for the school's or trust's policy never shows the user's own settings before it.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { defaultSettings, resolveSettings } from '../../../src/settings';
import type { Settings } from '../../../src/settings';
import type { LoadOptions, SettingsState } from '../../../src/settings/store';
import type { ManagedPolicy } from '../../../src/settings/managed';

const store = vi.hoisted(() => ({
  stored: null as Settings | null,
  loads: [] as ((state: SettingsState) => void)[],
  asked: [] as LoadOptions[],
  listener: (() => undefined) as () => void,
}));

function stateOf(user: Settings): SettingsState {
  return { effective: resolveSettings({ user }), managed: {}, imported: [], notices: [], policyProblems: [], dismissible: false };
}

vi.mock('../../../src/settings/store', () => ({
  // Each load answers only when the test says so, with what storage held when it was asked.
  loadState: (options: LoadOptions = {}) =>
    new Promise<SettingsState>((resolve) => {
      store.loads.push(resolve);
      store.asked.push(options);
    }),
  updateSettings: (change: (settings: Settings) => Settings) => {
    store.stored = change(store.stored as Settings);
    return Promise.resolve(store.stored);
  },
  onStateChanged: (listener: () => void) => {
    store.listener = listener;
    return () => undefined;
  },
}));

const { useSettings } = await import('../../../src/pages/shared/useSettings');

describe('useSettings', () => {
  it('keeps an unticked school unticked when an older load answers after the click', async () => {
    store.stored = { ...defaultSettings(), schools: ['bexton'] };
    let page: ReturnType<typeof useSettings> | undefined;
    function Shown() {
      page = useSettings();
      return <p>{page.state ? page.state.effective.user.schools.join(',') || 'none' : 'loading'}</p>;
    }
    const host = document.createElement('div');
    act(() => render(<Shown />, host));
    const answer = async (index: number, user: Settings) => {
      await act(async () => {
        store.loads[index]?.(stateOf(user));
        await Promise.resolve();
      });
    };
    const held = store.stored;
    await answer(0, held);
    await answer(1, held);
    expect(host.textContent).toBe('bexton');

    // Something else changed in storage (a route saved): the page loads again, and that load is slow.
    act(() => store.listener());
    expect(store.loads).toHaveLength(3);
    // The user unticks the school before it answers.
    await act(async () => {
      await page?.update((settings) => ({ ...settings, schools: [] }));
    });
    expect(host.textContent).toBe('none');
    // The older load answers with the settings from before the click: the box must not tick itself again.
    await answer(2, held);
    expect(host.textContent).toBe('none');
    // Once the change is saved the page loads again, and shows what storage holds.
    expect(store.loads).toHaveLength(4);
    await answer(3, store.stored as Settings);
    expect(host.textContent).toBe('none');
  });

  it('with waitForPolicy, shows no choice until the policy is known, so a locked choice never shows unlocked first', async () => {
    store.loads = [];
    store.asked = [];
    const user = defaultSettings();
    const managed: ManagedPolicy = { role: 'staff', schools: ['bexton'] };
    const policy: SettingsState = { effective: resolveSettings({ user, managed }), managed, imported: [], notices: [], policyProblems: [], dismissible: false };
    function Shown() {
      const { state } = useSettings({ waitForPolicy: true });
      if (!state) return <p>loading</p>;
      const { role, locks } = state.effective;
      return <p>{`${role}${locks.role ? ' (locked)' : ''}`}</p>;
    }
    const host = document.createElement('div');
    act(() => render(<Shown />, host));
    const seen = [host.textContent];
    // Each load answers as the browser would while the policy is late: one that does not wait for it gets the
    // user's own settings, one that waits gets the policy.
    for (const [index, resolve] of store.loads.entries()) {
      const options = store.asked[index] ?? {};
      const waits = !options.withoutManaged && options.managedWithin === undefined;
      await act(async () => {
        resolve(waits ? policy : stateOf(user));
        await Promise.resolve();
      });
      seen.push(host.textContent);
    }
    expect(seen.at(-1)).toBe('staff (locked)');
    expect(seen.filter((text) => text !== 'loading' && text !== 'staff (locked)')).toEqual([]);
  });
});
