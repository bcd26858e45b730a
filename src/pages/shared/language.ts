/** The pages speak the language of the messages the browser chose (`messagesLanguage`), as the note does. */
import { messagesLanguage, t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** Gives the page its language and its title (the HTML's own <title> is the English one, until this runs). */
export function startPage(title: MessageKey): void {
  document.documentElement.lang = messagesLanguage();
  document.title = t(title);
}

/** "Bexton, STOC": a short list, written the page language's way. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(messagesLanguage(), { style: 'short', type: 'unit' }).format(items);
}
