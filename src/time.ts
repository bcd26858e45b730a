/** "14:05", or "Tue 14 Jan, 14:05" when it is not today (in the page's language): when a pause or snooze ends. */
import { messagesLanguage, t } from './i18n';

export function formatUntil(until: number, now = Date.now()): string {
  const end = new Date(until);
  const language = messagesLanguage();
  const time = end.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  if (end.toDateString() === new Date(now).toDateString()) return time;
  return t('timeDayAndTime', end.toLocaleDateString(language, { weekday: 'short', day: 'numeric', month: 'short' }), time);
}
