/**
 * The language the pages speak: the translation's own tag (the `pagesLanguage` message), so that `lang`, times and
 * lists follow the messages the browser chose, which may be the en_GB fallback rather than the browser's language.
 */
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

const FALLBACK = 'en-GB';

export function pageLanguage(): string {
  const tag = t('pagesLanguage');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK;
  } catch {
    // Not a language tag (a translation got it wrong, or no i18n API): English rather than a RangeError.
    return FALLBACK;
  }
}

/** Gives the page its language and its title (the HTML's own <title> is the English one, until this runs). */
export function startPage(title: MessageKey): void {
  document.documentElement.lang = pageLanguage();
  document.title = t(title);
}

/** "Bexton, STOC": a short list, written the page language's way. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(pageLanguage(), { style: 'short', type: 'unit' }).format(items);
}
