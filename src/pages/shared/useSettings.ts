/**
 * The settings as a page sees them: loaded (validated and repaired) on open, and again whenever anything changes in
 * storage, from this page, another tab, the worker or the school's or trust's policy.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { resolveSettings } from '../../settings';
import type { Settings } from '../../settings';
import { loadState, onStateChanged, updateSettings } from '../../settings/store';
import type { SettingsState } from '../../settings/store';

export const SAVED = 'Saved. Open tabs use it straight away.';

export interface SettingsPage {
  state: SettingsState | null;
  /** The last thing that happened, for a polite status line: "Saved. …", or what went wrong. */
  status: string;
  setStatus(status: string): void;
  /** Changes the user's own settings, shows the change at once, saves it and says so. */
  update(change: (settings: Settings) => Settings, done?: string): Promise<void>;
  /** Runs another storage change, reporting success or failure the same way. */
  run(action: () => Promise<unknown>, done?: string): Promise<void>;
}

export function useSettings(): SettingsPage {
  const [state, setState] = useState<SettingsState | null>(null);
  const [status, setStatus] = useState('');
  const shown = useRef<SettingsState | null>(null);
  shown.current = state;
  const live = useRef(true);

  const reload = useCallback(() => {
    void loadState().then(
      (next) => live.current && setState(next),
      (error: unknown) => live.current && setStatus(`Your settings could not be loaded: ${String(error)}`),
    );
  }, []);

  useEffect(() => {
    live.current = true;
    reload();
    const stop = onStateChanged(reload);
    return () => {
      live.current = false;
      stop();
    };
  }, [reload]);

  const run = useCallback(
    async (action: () => Promise<unknown>, done = SAVED) => {
      try {
        await action();
        setStatus(done);
      } catch (error) {
        setStatus(`That could not be saved: ${error instanceof Error ? error.message : String(error)}`);
        // Whatever was shown ahead of saving goes back to what storage holds.
        reload();
      }
    },
    [reload],
  );

  const update = useCallback(
    (change: (settings: Settings) => Settings, done = SAVED) => {
      // Shown at once, so a ticked box stays ticked; storage's change event then confirms it.
      const before = shown.current;
      if (before) {
        const user = change(before.effective.user);
        setState({ ...before, effective: resolveSettings({ user, managed: before.managed, imported: before.imported }) });
      }
      return run(() => updateSettings(change), done);
    },
    [run],
  );

  return { state, status, setStatus, update, run };
}
