/**
 * Where concerns about each chosen school go: the pack's route, which the user may confirm or replace with the
 * school's web address or e-mail (checked: https:// and an e-mail address). A school or trust can set it by policy.
 */
import { useState } from 'preact/hooks';
import { checkOwnRoute } from '../../settings';
import type { ChosenSchool } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { LockedNote } from './Locked';
import type { SettingsPage } from './useSettings';

function CurrentRoute({ school }: { school: ChosenSchool }) {
  const { route } = school;
  return (
    <p class="route" data-source={school.routeSource}>
      {route.instruction}{' '}
      {route.url && (
        <>
          Web: <a href={route.url} target="_blank" rel="noopener noreferrer">{route.url}</a>.{' '}
        </>
      )}
      {route.email && <>E-mail: {route.email}.</>}
      {!route.url && !route.email && <>The school's pack gives no web address or e-mail; add one below if you know it.</>}
    </p>
  );
}

function SchoolRoute({ school, page }: { school: ChosenSchool; page: SettingsPage }) {
  const { pack } = school;
  const own = school.routeSource === 'pack' ? undefined : school.route;
  const [url, setUrl] = useState(own?.url ?? '');
  const [email, setEmail] = useState(own?.email ?? '');
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
      <CurrentRoute school={school} />
      <label for={`${id}-url`}>{pack.shortName}'s web address for concerns</label>
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
          {errors.url}
        </p>
      )}
      <label for={`${id}-email`}>{pack.shortName}'s e-mail for concerns</label>
      <input
        id={`${id}-email`}
        type="email"
        inputMode="email"
        placeholder="office@school.org.uk"
        value={email}
        aria-invalid={Boolean(errors.email)}
        aria-describedby={errors.email ? `${id}-email-error` : undefined}
        onInput={(event) => setEmail(event.currentTarget.value)}
      />
      {errors.email && (
        <p id={`${id}-email-error`} class="error">
          {errors.email}
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
            Use {pack.shortName}'s own route
          </button>
        ) : (
          <span />
        )}
        <button type="button" onClick={save}>
          Save {pack.shortName}'s route
        </button>
      </div>
      <LockedNote when={school.routeLocked} />
    </fieldset>
  );
}

export function RouteEditor({ state, page }: { state: SettingsState; page: SettingsPage }) {
  const { schools } = state.effective;
  if (schools.length === 0) {
    return <p class="hint">Choose a school first: its complaints route appears here.</p>;
  }
  return (
    <>
      {schools.map((school) => (
        // Keyed by the saved route too, so the fields show what another tab or the policy saved.
        <SchoolRoute key={`${school.pack.id}:${school.route.url ?? ''}:${school.route.email ?? ''}`} school={school} page={page} />
      ))}
    </>
  );
}
