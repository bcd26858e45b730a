/**
 * The settings as a page sees them: loaded (validated and repaired) on open, and again whenever anything changes in
 * storage, from this page, another tab, the worker or the school's or trust's policy.
 *
 * States: loading (nothing to show) → provisional (the user's own settings, every control disabled, while the
 * policy is not yet known) → settled (the settings as they apply, policy included). Right after the browser starts,
 * Chromium holds the policy back for a few seconds; the page then settles on the user's own settings and takes
 * the policy, with its locks, as soon as it arrives.
 *
 * A page asked to `waitForPolicy` (onboarding, opened as the browser starts) skips both: it stays loading until the
 * policy is known, so a choice a trust will lock is never shown unlocked, then undone.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { resolveSettings } from '../../settings';
import type { Settings } from '../../settings';
import { loadState, onStateChanged, updateSettings } from '../../settings/store';
import type { SettingsState } from '../../settings/store';

/** How long a page waits for the school's or trust's policy before settling on the user's own settings. */
const POLICY_WAIT_MS = 150;

export interface SettingsPage {
  state: SettingsState | null;
  /** True while the policy is not yet known: the page shows the settings but lets nothing change. */
  provisional: boolean;
  /** The last thing that happened, for a polite status line: "Saved. …", or what went wrong. */
  status: string;
  setStatus(status: string): void;
  /** Changes the user's own settings, shows the change at once, saves it and says so. */
  update(change: (settings: Settings) => Settings, done?: string): Promise<void>;
  /** Runs another storage change, reporting success or failure the same way. */
  run(action: () => Promise<unknown>, done?: string): Promise<void>;
}

export function useSettings({ waitForPolicy = false }: { waitForPolicy?: boolean } = {}): SettingsPage {
  const [state, setState] = useState<SettingsState | null>(null);
  const [provisional, setProvisional] = useState(true);
  const [status, setStatus] = useState('');
  const shown = useRef<SettingsState | null>(null);
  shown.current = state;
  const live = useRef(true);
  const settled = useRef(false);
  const loads = useRef(0);
  const reloadRef = useRef<() => void>(() => undefined);

  const reload = useCallback(() => {
    const mine = ++loads.current;
    // A slower, older load must not overwrite a newer one.
    const current = () => live.current && mine === loads.current;
    const load = waitForPolicy ? loadState() : loadState({ managedWithin: POLICY_WAIT_MS, onManagedLate: () => reloadRef.current() });
    void load.then(
      (next) => {
        if (!current()) return;
        settled.current = true;
        setState(next);
        setProvisional(false);
      },
      (error: unknown) => current() && setStatus(t('statusLoadFailed', String(error))),
    );
  }, [waitForPolicy]);
  reloadRef.current = reload;

  useEffect(() => {
    live.current = true;
    // A first paint from the user's own settings, with nothing to change until the policy is known.
    if (!waitForPolicy) {
      void loadState({ withoutManaged: true }).then(
        (first) => live.current && !settled.current && setState(first),
        () => undefined,
      );
    }
    reload();
    const stop = onStateChanged(reload);
    return () => {
      live.current = false;
      stop();
    };
  }, [reload, waitForPolicy]);

  const run = useCallback(
    async (action: () => Promise<unknown>, done = t('statusSaved')) => {
      try {
        await action();
        setStatus(done);
      } catch (error) {
        setStatus(t('statusSaveFailed', error instanceof Error ? error.message : String(error)));
        // Whatever was shown ahead of saving goes back to what storage holds.
        reload();
      }
    },
    [reload],
  );

  const update = useCallback(
    (change: (settings: Settings) => Settings, done = t('statusSaved')) => {
      // Shown at once, so a ticked box stays ticked; storage's change event then confirms it.
      const before = shown.current;
      if (before) {
        // A load begun before this change (after a route was saved, say) would answer with the settings from before
        // it and tick the box again. It is dropped, and the page loads again once the change is saved.
        loads.current++;
        const user = change(before.effective.user);
        setState({ ...before, effective: resolveSettings({ user, managed: before.managed, imported: before.imported }) });
      }
      return run(() => updateSettings(change), done).then(() => {
        if (before) reload();
      });
    },
    [run, reload],
  );

  return { state, provisional, status, setStatus, update, run };
}
