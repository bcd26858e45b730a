/**
 * The private-message page (PRODUCT.md §5), opened by every note's "Raise it with <school>": the draft, moved in
 * as typed (less a sentence that could read as a threat, and the page says so: prefill.ts), in a private message to
 * the school (note.ts) to change, copy or send by e-mail, with the school's route beside it. Where no route is known
 * yet it says how to add one, and the page follows the settings, so a route added in another tab appears here at once.
 * Nothing here is saved or sent: the draft is taken out of session storage as the page opens (see handoff.ts).
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { GENERIC_PACK } from '../../packs';
import type { SafeguardingRoute } from '../../engine/types';
import type { ChosenSchool } from '../../settings';
import type { SettingsState } from '../../settings/store';
import { OWN_SCHOOL_ANCHOR } from '../options/OwnSchool';
import { startPage } from '../shared/language';
import { fillSlot, SLOT } from '../shared/slot';
import { useSettings } from '../shared/useSettings';
import { takeOver } from './handoff';
import type { Handoff } from './handoff';
import { mailtoLink } from './mailto';
import { privateNote } from './note';
import { prefill } from './prefill';

const OPTIONS_PAGE = 'src/pages/options/index.html';

/** A link to a form in the settings, in a new tab so that this page (and the draft) stays open. */
function SettingsLink({ anchor, children }: { anchor: string; children: string }) {
  return (
    <a href={browser.runtime.getURL(`${OPTIONS_PAGE}#${anchor}`)} target="_blank" rel="noopener">
      {children}
    </a>
  );
}

/** The school the note named; while none was chosen, the one school chosen since, if there is exactly one. */
function schoolFor(state: SettingsState, packId: string | undefined): ChosenSchool | undefined {
  const { schools } = state.effective;
  const named = schools.find((school) => school.pack.id === packId);
  if (named) return named;
  return (packId === undefined || packId === 'generic') && schools.length === 1 ? schools[0] : undefined;
}

/**
 * The route the note offered: the school's safeguarding route where the note raised a child's welfare and the school
 * has one (STOC's staff: the Designated Safeguarding Lead), its route for the user's role otherwise.
 */
function routeOf(school: ChosenSchool, handoff: Handoff | null): SafeguardingRoute {
  return (handoff?.safeguarding && school.route.safeguarding) || school.route;
}

function Route({ school, route: offered, staff }: { school: ChosenSchool | undefined; route: SafeguardingRoute | undefined; staff: boolean }) {
  if (!school && !staff) {
    return <p class="callout">{fillSlot(t('raiseNoSchool', SLOT), <SettingsLink anchor={OWN_SCHOOL_ANCHOR}>{t('raiseDescribeSchool')}</SettingsLink>)}</p>;
  }
  // Staff with no school chosen raise it as the general guidance says (a line manager, the head): no address to find.
  const pack = school?.pack ?? GENERIC_PACK;
  const route = offered ?? GENERIC_PACK.routes.staff;
  return (
    <>
      <p class="route">{route.instruction}</p>
      {route.url && (
        <p>
          <a class="button secondary" href={route.url} target="_blank" rel="noopener noreferrer">
            {t('raiseOpenPage', pack.shortName)}
          </a>{' '}
          <span class="hint">{route.url}</span>
        </p>
      )}
      {route.email && <p>{t('routeEditorEmail', route.email)}</p>}
      {!route.url && !route.email && staff && <p>{t('raiseNoRouteStaff')}</p>}
      {!route.url && !route.email && !staff && (
        <p class="callout">
          {fillSlot(t('raiseNoRoute', pack.shortName, SLOT), <SettingsLink anchor={`route-${pack.id}-url`}>{t('raiseAddRoute')}</SettingsLink>)}
        </p>
      )}
    </>
  );
}

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard access (a browser that refuses it here), the browser's own copy of the selected text.
    field?.select();
    return document.execCommand('copy');
  }
}

function Raise() {
  const page = useSettings();
  const [handoff, setHandoff] = useState<Handoff | null | undefined>(undefined);
  // The draft as it came (less a threat's line); the box shows it in a private message until the user changes it.
  const [draft, setDraft] = useState('');
  const [edited, setEdited] = useState<string | null>(null);
  const [leftOut, setLeftOut] = useState(false);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    void takeOver(decodeURIComponent(location.hash.slice(1))).then(
      (taken) => {
        setHandoff(taken);
        const start = taken ? prefill(taken.draft, taken.threats) : { text: '', leftOut: false };
        setDraft(start.text);
        setLeftOut(start.leftOut);
      },
      () => setHandoff(null),
    );
  }, []);
  const { state } = page;
  if (!state || handoff === undefined) return <main aria-busy="true" />;
  const school = schoolFor(state, handoff?.packId);
  const route = school && routeOf(school, handoff);
  const staff = state.effective.role === 'staff';
  // Followed as the settings change (a school chosen in another tab greets it) until the user edits the message.
  const text = edited ?? privateNote({ draft, school: school && route && { name: school.pack.name, routeLabel: route.label }, staff });
  const email = route?.email;
  const mail = school && email ? mailtoLink(email, t('routeEmailSubject', school.pack.name), text) : undefined;
  return (
    <main>
      <h1>{school ? t('raiseHeading', school.pack.name) : t('raiseHeadingNoSchool')}</h1>
      <p class="lede">{t(leftOut ? 'raiseLedeThreatLeftOut' : 'raiseLede')}</p>
      <section class="panel" aria-labelledby="where">
        <h2 id="where">{t('raiseWhereHeading')}</h2>
        <Route school={school} route={route} staff={staff} />
      </section>
      <section class="panel message" aria-labelledby="message-heading">
        <h2 id="message-heading">{t('raiseMessageHeading')}</h2>
        {!handoff && <p class="callout">{t('raiseNoDraft')}</p>}
        <label for="message">{t('raiseMessageLabel')}</label>
        <p id="message-hint" class="hint field-hint">
          {t(staff ? 'raiseMessageHintStaff' : 'raiseMessageHint')}
        </p>
        {leftOut && (
          <p id="message-left-out" class="callout">
            {t('raiseThreatLeftOut')}
          </p>
        )}
        <textarea
          id="message"
          ref={field}
          value={text}
          autocomplete="off"
          aria-describedby={leftOut ? 'message-hint message-left-out' : 'message-hint'}
          onInput={(event) => setEdited(event.currentTarget.value)}
        />
        <div class="row">
          {mail && !mail.withBody ? <span class="hint">{t('raiseTooLongForEmail')}</span> : <span />}
          <span class="buttons">
            <button
              type="button"
              class={mail ? 'secondary' : undefined}
              disabled={text === ''}
              onClick={() => void copyText(text, field.current).then((copied) => setStatus(t(copied ? 'raiseCopied' : 'raiseCopyFailed')))}
            >
              {t('raiseCopy')}
            </button>
            {mail && (
              <a class="button" href={mail.href}>
                {t('raiseSendEmail')}
              </a>
            )}
          </span>
        </div>
      </section>
      <p class="hint">{t('raisePrivacy')}</p>
      <p class="status" role="status">
        {status || page.status}
      </p>
    </main>
  );
}

startPage('raiseTitle');
const app = document.getElementById('app');
if (app) render(<Raise />, app);
