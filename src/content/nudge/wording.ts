/** The nudge's words, all from the i18n messages: plain, warm British English that never accuses. */
import { FOR_STAFF } from '../../category-labels';
import type { Category, Finding, Role, Severity } from '../../engine/types';
import { messagesLanguage, t } from '../../i18n';
import { formatUntil } from '../../time';

/** A note's headline for this role (staff read of pupils: FOR_STAFF). */
export const headline = (category: Category, role: Role): string =>
  t((role === 'staff' && FOR_STAFF[category]?.headline) || `headline_${category}`);

/**
 * The line under the headline that says why: the lead finding's own message, or for staff the kind's staff wording
 * (a rule that finds another family's child tells a parent "The school asks parents not to").
 */
export const explanation = (finding: Pick<Finding, 'category' | 'message'>, role: Role): string => {
  const intro = role === 'staff' ? FOR_STAFF[finding.category]?.intro : undefined;
  return intro ? t(intro) : finding.message;
};

/** A kind of note as it reads in a sentence: "public complaints", "naming other families' children" ("naming pupils"). */
export const kind = (category: Category, role: Role): string =>
  t((role === 'staff' && FOR_STAFF[category]?.kind) || `kind_${category}`);

/**
 * The line that names the draft's other concerns, besides the headline's ("It also touches on naming other families'
 * children and public complaints."), or null when there are none: a parent told only of the allegation would not
 * learn that naming another family's child is a concern of its own.
 */
export function alsoTouchesOn(others: readonly Category[], role: Role): string | null {
  if (others.length === 0) return null;
  const kinds = others.map((category) => kind(category, role));
  return t('alsoTouchesOn', new Intl.ListFormat(messagesLanguage(), { type: 'conjunction' }).format(kinds));
}

/**
 * The link that turns the headline's kind of note off ("Turn off notes about public complaints"), or pauses it
 * ("Pause notes about someone's personal details for a day"): it says what the click does.
 */
export const muteAction = (category: Category, snooze: boolean, role: Role): string =>
  t(snooze ? 'actionSnooze' : 'actionMute', kind(category, role));

/**
 * What that link did, in the link's words: turned off, or paused until `until` (ms since the epoch), written as the
 * settings page writes when a snooze ends. One line of a note that lists what was turned off, each with its "Undo".
 */
export const turnedOffLine = (category: Category, until: number | null, role: Role): string =>
  until === null ? t('mutedNotice', kind(category, role)) : t('snoozedNotice', kind(category, role), formatUntil(until));

/** Where to turn a kind of note back on once "Undo" has gone: said after what was turned off or paused. */
export const backOnLater = (): string => t('backOnInSettings');

/** What that link just did, as the confirmation card shows it and as it is announced: the line, and where to undo it later. */
export const mutedNotice = (category: Category, until: number | null, role: Role): string => `${turnedOffLine(category, until, role)} ${backOnLater()}`;

/**
 * Why the link did nothing: the school or trust's policy sets which notes are shown (`locked`), or the change could
 * not be made (`failed`).
 */
export const muteRefusal = (reason: 'locked' | 'failed'): string => t(reason === 'locked' ? 'muteLocked' : 'muteFailed');

/**
 * Said to screen-reader users as a note appears: what it is about, and the keys that reach it, as the browser has
 * them (`shortcut`; null when it has none, or they could not be learnt). Without keys the sentence is left out, not
 * replaced: where the note sits in the reading order differs by site and composer (the end of the page, or of a
 * dialog), so "find it at…" could mislead, and advice to set a shortcut, said at every note, would bury the headline,
 * the one thing the user needs to hear. The card itself is named "Second Thought: <headline>".
 */
export const announcement = (category: Category, shortcut: string | null, role: Role): string =>
  shortcut ? t('nudgeAnnouncement', headline(category, role), shortcut) : t('nudgeAnnouncementNoShortcut', headline(category, role));

export const tone = (severity: Exclude<Severity, 'none'>): string => t(`tone_${severity}`);
