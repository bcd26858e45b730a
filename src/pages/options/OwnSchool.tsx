/**
 * "Your own school" (PRODUCT.md §4), in onboarding and the settings: a school no pack covers, described in a minute
 * (its name, the names people use for it, where concerns go, the staff names it publishes). It becomes a personal
 * pack on the generic rules, stored and chosen like an imported pack; it can be edited, removed and exported as a
 * pack file for other parents or the school. Each problem is shown next to its field.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { Pack } from '../../engine/types';
import { removeImportedPack, saveImportedPack } from '../../settings/store';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from '../shared/Locked';
import type { SettingsPage } from '../shared/useSettings';
import { buildOwnPack, isOwnPack, ownSchoolInput, packFile } from './own-pack';
import type { OwnSchoolErrors, OwnSchoolField, OwnSchoolInput } from './own-pack';

/** The element the raise page and the onboarding link to. */
export const OWN_SCHOOL_ANCHOR = 'own-school';

const EMPTY: OwnSchoolInput = { name: '', aliases: '', email: '', url: '', staff: '' };
const FIELDS: OwnSchoolField[] = ['name', 'aliases', 'email', 'url', 'staff'];

/** What the page says about a field that will not do (the schema's own sentence is for tools). */
function fieldError(field: OwnSchoolField): string {
  switch (field) {
    case 'name':
      return t('ownSchoolNameError');
    case 'email':
      return t('routeEditorEmailError');
    case 'url':
      return t('routeEditorUrlError');
    case 'aliases':
    case 'staff':
      return t('ownSchoolNamesError');
  }
}

/** The pack as a file to save: a data: address, so nothing is kept in memory for it and nothing leaves the device. */
function exportHref(pack: Pack): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(packFile(pack).text)}`;
}

interface FieldProps {
  field: OwnSchoolField;
  label: string;
  type: 'text' | 'email' | 'url';
  hint?: string;
  placeholder?: string;
  value: string;
  error?: string;
  onInput(value: string): void;
}

function Field({ field, label, type, hint, placeholder, value, error, onInput }: FieldProps) {
  const id = `own-${field}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        // Preact's types take each input type apart; all three are one-line text inputs here.
        type={type as 'text'}
        inputMode={type === 'text' ? undefined : type}
        autocomplete="off"
        placeholder={placeholder}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </>
  );
}

export function OwnSchool({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const locked = state.effective.locks.schools;
  const own = state.imported.filter(isOwnPack);
  const [editing, setEditing] = useState<Pack | null>(null);
  const [input, setInput] = useState<OwnSchoolInput>(EMPTY);
  const [errors, setErrors] = useState<OwnSchoolErrors>({});
  const box = useRef<HTMLFieldSetElement>(null);

  const focusField = (field: OwnSchoolField): void => {
    // After the render that shows the field's error (or the pack's values).
    requestAnimationFrame(() => box.current?.querySelector<HTMLInputElement>(`#own-${field}`)?.focus());
  };
  const startOver = (): void => {
    setEditing(null);
    setInput(EMPTY);
    setErrors({});
  };
  const edit = (pack: Pack): void => {
    setEditing(pack);
    setInput(ownSchoolInput(pack));
    setErrors({});
    box.current?.scrollIntoView({ block: 'start' });
    focusField('name');
  };
  const save = async (): Promise<void> => {
    const taken = [...state.imported, ...(state.managed.packs ?? [])].map((pack) => pack.id);
    const built = buildOwnPack(input, editing ? { id: editing.id } : { taken });
    if (!built.ok) {
      setErrors(built.errors);
      const first = FIELDS.find((field) => built.errors[field]);
      if (first) focusField(first);
      return;
    }
    const { pack } = built;
    const adding = !editing;
    startOver();
    await page.run(
      async () => {
        await saveImportedPack(pack);
        // A new school is chosen as the user's school at once; an edited one stays as chosen or not.
        if (adding) await page.update((settings) => ({ ...settings, schools: [...settings.schools.filter((id) => id !== pack.id), pack.id] }));
      },
      adding ? t('packImportAdded', pack.name) : t('ownSchoolSaved', pack.name),
    );
  };
  const remove = (pack: Pack): void => {
    if (editing?.id === pack.id) startOver();
    void page.run(async () => {
      await removeImportedPack(pack.id);
      await page.update((settings) => ({
        ...settings,
        schools: settings.schools.filter((id) => id !== pack.id),
        routes: Object.fromEntries(Object.entries(settings.routes).filter(([id]) => id !== pack.id)),
      }));
    }, t('packImportRemoved', pack.name));
  };
  const set = (field: OwnSchoolField) => (value: string) => setInput((before) => ({ ...before, [field]: value }));

  return (
    <fieldset id={OWN_SCHOOL_ANCHOR} class="own-school" disabled={locked} ref={box}>
      <legend>{editing ? t('ownSchoolEditLegend', editing.name) : t('ownSchoolLegend')}</legend>
      <p class="hint">{t('ownSchoolHint')}</p>
      {own.length > 0 && (
        <ul class="own-list" aria-label={t('ownSchoolListLabel')}>
          {own.map((pack) => (
            <li key={pack.id}>
              <span>{pack.name}</span>
              <span class="buttons">
                <button type="button" class="secondary" onClick={() => edit(pack)}>
                  {t('ownSchoolEdit', pack.shortName)}
                </button>
                <a class="button secondary" href={exportHref(pack)} download={packFile(pack).name}>
                  {t('ownSchoolExport', pack.shortName)}
                </a>
                <button type="button" class="secondary" onClick={() => remove(pack)}>
                  {t('packImportRemove', pack.shortName)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {own.length > 0 && <p class="hint">{t('ownSchoolExportHint')}</p>}
      <Field field="name" label={t('ownSchoolNameLabel')} type="text" value={input.name} error={errors.name && fieldError('name')} onInput={set('name')} />
      <Field
        field="aliases"
        label={t('ownSchoolAliasesLabel')}
        hint={t('ownSchoolAliasesHint')}
        type="text"
        value={input.aliases}
        error={errors.aliases && fieldError('aliases')}
        onInput={set('aliases')}
      />
      <p class="hint">{t('ownSchoolRouteHint')}</p>
      <Field
        field="email"
        label={t('ownSchoolEmailLabel')}
        type="email"
        placeholder={t('routeEditorEmailExample')}
        value={input.email}
        error={errors.email && fieldError('email')}
        onInput={set('email')}
      />
      <Field field="url" label={t('ownSchoolUrlLabel')} type="url" placeholder="https://" value={input.url} error={errors.url && fieldError('url')} onInput={set('url')} />
      <Field
        field="staff"
        label={t('ownSchoolStaffLabel')}
        hint={t('ownSchoolStaffHint')}
        type="text"
        value={input.staff}
        error={errors.staff && fieldError('staff')}
        onInput={set('staff')}
      />
      <div class="row">
        {editing ? (
          <button type="button" class="secondary" onClick={startOver}>
            {t('ownSchoolCancel')}
          </button>
        ) : (
          <span />
        )}
        <button type="button" onClick={() => void save()}>
          {editing ? t('ownSchoolSave', editing.shortName) : t('ownSchoolAdd')}
        </button>
      </div>
      <LockedNote when={locked} />
    </fieldset>
  );
}
