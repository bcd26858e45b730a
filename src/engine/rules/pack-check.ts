/**
 * Whether a school's own phrase (a pack's `rules.<category>.phrases`) is in the phrase language: read against the
 * shared lexicon alone. Kept apart from `pack-phrases.ts` because the settings' pack check runs in the content
 * script, which need not carry every family's rules (PRODUCT.md §7 budget).
 */
import { PhraseCompiler } from '../phrases/matcher';
import { LEXICON } from './lexicon.generated';

const compiler = new PhraseCompiler(LEXICON);

/** Why a phrase cannot be a pack phrase, or undefined when it can. */
export function checkPackPhrase(phrase: string): string | undefined {
  try {
    compiler.compile(phrase);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
