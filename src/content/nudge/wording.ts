/** The nudge's words, all from the i18n messages: plain, warm British English that never accuses. */
import type { Category, Severity } from '../../engine/types';
import { messagesLanguage, t } from '../../i18n';
import { formatUntil } from '../../time';

export const headline = (category: Category): string => t(`headline_${category}`);

/** A kind of note as it reads in a sentence: "public complaints", "naming other families' children". */
export const kind = (category: Category): string => t(`kind_${category}`);

/**
 * The line that names the draft's other concerns, besides the headline's ("It also touches on naming other families'
 * children and public complaints."), or null when there are none: a parent told only of the allegation would not
 * learn that naming another family's child is a concern of its own.
 */
export function alsoTouchesOn(others: readonly Category[]): string | null {
  if (others.length === 0) return null;
  return t('alsoTouchesOn', new Intl.ListFormat(messagesLanguage(), { type: 'conjunction' }).format(others.map(kind)));
}

/**
 * The link that turns the headline's kind of note off ("Turn off notes about public complaints"), or for a serious one
 * pauses it ("Pause notes about someone's personal details for a day"): it says what the click does.
 */
export const muteAction = (category: Category, snooze: boolean): string => t(snooze ? 'actionSnooze' : 'actionMute', kind(category));

/**
 * What that link just did, shown on the card and announced, in the link's words: turned off, or paused until `until`
 * (ms since the epoch), written as the settings page writes when a snooze ends.
 */
export const mutedNotice = (category: Category, until: number | null): string =>
  until === null ? t('mutedNotice', kind(category)) : t('snoozedNotice', kind(category), formatUntil(until));

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
export const announcement = (category: Category, shortcut: string | null): string =>
  shortcut ? t('nudgeAnnouncement', headline(category), shortcut) : t('nudgeAnnouncementNoShortcut', headline(category));

export const tone = (severity: Exclude<Severity, 'none'>): string => t(`tone_${severity}`);
