// Gives unit tests the browser's i18n API, answering from the shipped en_GB messages the way browsers do:
// named $PLACEHOLDER$s resolve to their content, then $1… to the substitutions.
import messages from '../../src/_locales/en_GB/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, placeholder: string) => entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '')
    .replace(/\$\$/g, '$');
}

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
