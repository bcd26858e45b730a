/**
 * Every interface string goes through the WebExtension i18n system: `_locales/<locale>/messages.json`, en_GB
 * first. The message type is taken from the en_GB file, so a missing key is a compile error.
 */
import type messages from './_locales/en_GB/messages.json';

export type MessageKey = keyof typeof messages;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

function api(): I18nApi | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The message in the browser's language (falling back to en_GB), with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  // The key itself is the fallback, so a missing translation shows up in review rather than as a blank button.
  return api()?.getMessage(key, substitutions) || key;
}

/**
 * The translation's own language tag (the `pagesLanguage` message), so that `lang`, times and lists follow the
 * messages the browser chose, which may be the en_GB fallback rather than the browser's language.
 */
export function messagesLanguage(): string {
  const tag = t('pagesLanguage');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    // Not a language tag (a translation got it wrong, or no i18n API): English rather than a RangeError.
    return 'en-GB';
  }
}
