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
