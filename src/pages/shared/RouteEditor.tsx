/**
 * Where concerns about each chosen school go: the pack's route, which a parent may confirm or replace with the
 * school's web address or e-mail for complaints (checked: https:// and an e-mail address). Staff see their pack's
 * staff route (a line manager, the head) with nothing to fill in: the complaints address is for parents. A school or
 * trust can set the route by policy.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { checkOwnRoute } from '../../settings';
import type { ChosenSchool } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from './Locked';
import { fillSlot, SLOT } from './slot';
import type { SettingsPage } from './useSettings';

function CurrentRoute({ school, staff }: { school: ChosenSchool; staff: boolean }) {
  const { route } = school;
  return (
    <>
      <p class="route" data-source={school.routeSource}>
        {route.instruction}{' '}
        {route.url && (
          <>
            {fillSlot(
              t('routeEditorWeb', SLOT),
              <a href={route.url} target="_blank" rel="noopener noreferrer">
                {route.url}
              </a>,
            )}{' '}
          </>
        )}
        {route.email && t('routeEditorEmail', route.email)}
        {!route.url && !route.email && !staff && t('routeEditorNone')}
      </p>
      {/* Where the school names someone for a child's welfare (STOC's Designated Safeguarding Lead), that route too. */}
      {route.safeguarding && (
        <p class="route" data-route="safeguarding">
          {route.safeguarding.instruction}
          {route.safeguarding.email && <> {t('routeEditorEmail', route.safeguarding.email)}</>}
        </p>
      )}
    </>
  );
}

/** A member of staff's route, as the school's pack (or the trust's policy) gives it. */
function StaffRoute({ school }: { school: ChosenSchool }) {
  return (
    <fieldset class="school-route" data-school={school.pack.id}>
      <legend>{school.pack.name}</legend>
      <CurrentRoute school={school} staff />
      {!school.routeLocked && <p class="hint">{t('routeEditorStaff', school.pack.shortName)}</p>}
      <LockedNote when={school.routeLocked} />
    </fieldset>
  );
}

function SchoolRoute({ school, page }: { school: ChosenSchool; page: SettingsPage }) {
  const { pack } = school;
  const own = school.routeSource === 'pack' ? undefined : school.route;
  const [url, setUrl] = useState(own?.url ?? '');
  const [email, setEmail] = useState(own?.email ?? '');
  // Which fields will not do; the page says why in its own words (checkOwnRoute's English is for other callers).
  const [errors, setErrors] = useState<{ url?: string; email?: string }>({});
  const id = `route-${pack.id}`;
  const save = (): void => {
    const checked = checkOwnRoute({ url, email });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const { route } = checked;
    void page.update((settings) => {
      const others = Object.entries(settings.routes).filter(([key]) => key !== pack.id);
      const routes = Object.fromEntries(route.url || route.email ? [...others, [pack.id, route]] : others);
      return { ...settings, routes };
    });
  };
  return (
    <fieldset class="school-route" disabled={school.routeLocked} data-school={pack.id}>
      <legend>{pack.name}</legend>
      <CurrentRoute school={school} staff={false} />
      <label for={`${id}-url`}>{t('routeEditorUrlLabel', pack.shortName)}</label>
      <input
        id={`${id}-url`}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={url}
        aria-invalid={Boolean(errors.url)}
        aria-describedby={errors.url ? `${id}-url-error` : undefined}
        onInput={(event) => setUrl(event.currentTarget.value)}
      />
      {errors.url && (
        <p id={`${id}-url-error`} class="error">
          {t('routeEditorUrlError')}
        </p>
      )}
      <label for={`${id}-email`}>{t('routeEditorEmailLabel', pack.shortName)}</label>
      <input
        id={`${id}-email`}
        type="email"
        inputMode="email"
        placeholder={t('routeEditorEmailExample')}
        value={email}
        aria-invalid={Boolean(errors.email)}
        aria-describedby={errors.email ? `${id}-email-error` : undefined}
        onInput={(event) => setEmail(event.currentTarget.value)}
      />
      {errors.email && (
        <p id={`${id}-email-error`} class="error">
          {t('routeEditorEmailError')}
        </p>
      )}
      <div class="row">
        {school.routeSource === 'user' ? (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setUrl('');
              setEmail('');
              void page.update((settings) => ({
                ...settings,
                routes: Object.fromEntries(Object.entries(settings.routes).filter(([key]) => key !== pack.id)),
              }));
            }}
          >
            {t('routeEditorUseOwn', pack.shortName)}
          </button>
        ) : (
          <span />
        )}
        <button type="button" onClick={save}>
          {t('routeEditorSave', pack.shortName)}
        </button>
      </div>
      <LockedNote when={school.routeLocked} />
    </fieldset>
  );
}

export function RouteEditor({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { schools } = state.effective;
  if (schools.length === 0) {
    return <p class="hint">{t('routeEditorChooseFirst')}</p>;
  }
  return (
    <>
      {schools.map((school) =>
        state.effective.role === 'staff' ? (
          <StaffRoute key={school.pack.id} school={school} />
        ) : (
          // Keyed by the saved route too, so the fields show what another tab or the policy saved.
          <SchoolRoute key={`${school.pack.id}:${school.route.url ?? ''}:${school.route.email ?? ''}`} school={school} page={page} />
        ),
      )}
    </>
  );
}
