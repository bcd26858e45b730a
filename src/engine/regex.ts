/** Small helpers for the regular expressions the annotation pass and some conditions still build from word lists. */

/** Join alternatives into a non-capturing group. */
export const any = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** A one-off test pattern: never global, so `.test` keeps no state. */
export function test(...parts: string[]): RegExp {
  return new RegExp(parts.join(''));
}
