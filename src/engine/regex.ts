/** Small helpers for the regular expressions the annotation pass and some conditions still build from word lists. */

/** Join alternatives into a non-capturing group. */
export const any = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** A one-off test pattern: never global, so `.test` keeps no state. */
export function test(...parts: string[]): RegExp {
  return new RegExp(parts.join(''));
}

/**
 * Ordinary words, 1,000 characters of them: V8 compiles a pattern first run on a subject this long straight to
 * machine code (its threshold), and tunes that code to a sample of the subject's characters.
 */
const LONG_SUBJECT = 'we were told at pick up that the class trip is still going ahead on friday, thanks to all of you. '
  .repeat(11)
  .slice(0, 1000);

/**
 * Has V8 compile a pattern to machine code now, before its first real run. Left to itself, V8 compiles a pattern to
 * bytecode on its first run (a list of a few hundred characters: about 1 ms, four times the machine code) and to
 * machine code as well on its second: a fresh worker paid both for most of the patterns its first draft met. Call it
 * where a pattern is first needed (compiling one no draft needs costs as much), before lastIndex is used.
 */
export function machineCode<R extends RegExp>(re: R): R {
  re.test(LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}

/** A pattern made, and compiled to machine code (`machineCode`), when first asked for: most drafts ask for few. */
export function onFirstUse(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= machineCode(make()));
}
