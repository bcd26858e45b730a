/**
 * Adds a school that is not bundled, from a pack file or pasted JSON. The pack is checked exactly as
 * `npm run pack -- validate` checks it: a bad one is refused whole, with each problem's line and column. A pack
 * whose id a bundled pack or the school's or trust's policy already uses is refused too (it would never be used).
 * Adding is locked while a policy sets the schools; removing a pack added earlier never is.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { formatLocated, packTooLarge, readPackJson } from '../../packs/locate';
import { importClash } from '../../settings';
import { removeImportedPack, saveImportedPack } from '../../settings/store';
import type { SettingsState } from '../../settings/store';
import { isOwnPack } from '../options/own-pack';
import { LockedNote } from './Locked';
import type { SettingsPage } from './useSettings';

export function PackImport({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const locked = state.effective.locks.schools;
  // Schools the user described themselves are listed, edited and removed with the own-school form.
  const imported = state.imported.filter((pack) => !isOwnPack(pack));

  const add = async (source: string): Promise<void> => {
    const read = readPackJson(source, {
      refuse: (pack) => {
        const clash = importClash(pack, state.managed);
        return clash ? [{ path: ['id'], text: clash }] : [];
      },
    });
    if (!read.ok) {
      setErrors(read.errors.map(formatLocated));
      return;
    }
    setErrors([]);
    const { pack } = read;
    await page.run(async () => {
      await saveImportedPack(pack);
      await page.update((settings) => ({ ...settings, schools: [...settings.schools.filter((id) => id !== pack.id), pack.id] }));
    }, t('packImportAdded', pack.name));
    setText('');
  };

  return (
    <>
      <fieldset class="import" disabled={locked}>
        <legend>{t('packImportLegend')}</legend>
        <p class="hint">{t('packImportHint')}</p>
        <label for="pack-file">{t('packImportFileLabel')}</label>
        <input
          id="pack-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            // A file far too large to be a pack is refused before it is read.
            const tooLarge = packTooLarge(file.size);
            input.value = '';
            if (tooLarge) {
              setErrors([tooLarge]);
              return;
            }
            void file.text().then(add, (error: unknown) => setErrors([t('packImportUnreadable', String(error))]));
          }}
        />
        <label for="pack-text">{t('packImportTextLabel')}</label>
        <textarea
          id="pack-text"
          class="code"
          value={text}
          spellcheck={false}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length > 0 ? 'pack-errors' : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <div class="row">
          <span />
          <button type="button" disabled={text.trim() === ''} onClick={() => void add(text)}>
            {t('packImportAdd')}
          </button>
        </div>
        {errors.length > 0 && (
          <div id="pack-errors" class="errors" role="alert">
            <p>{t('packImportErrors')}</p>
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
        <LockedNote when={locked} />
      </fieldset>
      {imported.length > 0 && (
        <ul class="imported" aria-label={t('packImportListLabel')}>
          {imported.map((pack) => (
            <li key={pack.id}>
              {pack.name}{' '}
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  void page.run(async () => {
                    await removeImportedPack(pack.id);
                    // Only when it was chosen and nothing else has its id: removing an unused copy of a bundled
                    // pack keeps that school chosen, and is never refused for settings it does not touch.
                    const unused = state.effective.shadowed.includes(pack);
                    if (!unused && state.effective.user.schools.includes(pack.id)) {
                      await page.update((settings) => ({ ...settings, schools: settings.schools.filter((id) => id !== pack.id) }));
                    }
                  }, t('packImportRemoved', pack.name))
                }
              >
                {t('packImportRemove', pack.shortName)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
