/** Settings: who the user is and which school's code of conduct their drafts are checked against. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { BUNDLED_PACKS } from '../../packs';
import type { Role } from '../../engine/types';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY } from '../../settings';
import type { Settings } from '../../settings';

const SCHOOLS = BUNDLED_PACKS.filter((pack) => pack.id !== 'generic');

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void browser.storage.sync.get(SETTINGS_KEY).then((items) => setSettings(readSettings(items[SETTINGS_KEY])));
  }, []);

  if (!settings) return <main aria-busy="true" />;

  const save = async (next: Settings): Promise<void> => {
    setSettings(next);
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    setStatus('Saved. Open tabs use it straight away.');
  };

  return (
    <main>
      <h1>Second Thought settings</h1>
      <p class="lede">Everything stays in your browser: drafts are checked on this device and never sent anywhere.</p>
      <form class="panel" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>I am</legend>
          {(
            [
              ['parent', 'A parent or carer'],
              ['staff', 'A member of school staff'],
            ] as [Role, string][]
          ).map(([role, label]) => (
            <label key={role} style={{ fontWeight: 400 }}>
              <input
                type="radio"
                name="role"
                value={role}
                checked={settings.role === role}
                onChange={() => void save({ ...settings, role })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <label for="school">My school</label>
        <select
          id="school"
          value={settings.schools[0] ?? ''}
          onChange={(event) => {
            const id = event.currentTarget.value;
            void save({ ...settings, schools: id ? [id] : [] });
          }}
        >
          <option value="">Not chosen yet (general guidance)</option>
          {SCHOOLS.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name}
            </option>
          ))}
        </select>
        <div class="row">
          <span class="hint" role="status">
            {status}
          </span>
          <button type="button" onClick={() => void save({ ...DEFAULT_SETTINGS })}>
            Reset
          </button>
        </div>
      </form>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
