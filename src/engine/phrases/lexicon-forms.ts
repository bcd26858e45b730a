/**
 * The lexicon as it ships: an item of word forms ({"singular": "idiot~", "plural": "idiots~"}) is written as an
 * array, the forms' letters first, then their texts, and a plural that is its singular with an "s" (before any "~")
 * as "+": ["sp", "idiot~", "+"]. Two thirds of the form items have such a plural, and the form names repeated on
 * every item were 0.8 KB of the zipped package. `npm run rules` packs; the engine, the pages and the tools read the
 * lexicon unpacked, the same objects as the rule files give.
 */
import type { Lexicon, LexiconEntry } from './matcher';

export type PackedLexicon = Readonly<Record<string, readonly (string | readonly string[])[]>>;

/** Each form's letter. */
const LETTERS: Readonly<Record<string, string>> = { singular: 's', plural: 'p', possessive: 'o', adjective: 'a' };
const FORMS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LETTERS).map(([form, letter]) => [letter, form]));

/** "idiot~" → "idiots~", "parent" → "parents". */
const regularPlural = (singular: string): string => (singular.endsWith('~') ? `${singular.slice(0, -1)}s~` : `${singular}s`);

export function packLexicon(lexicon: Lexicon): PackedLexicon {
  const out: Record<string, (string | string[])[]> = {};
  for (const [name, items] of Object.entries(lexicon)) {
    out[name] = (items as readonly (string | Readonly<Record<string, string>>)[]).map((item) => {
      if (typeof item === 'string') return item;
      const forms = Object.keys(item);
      const letters = forms.map((form) => {
        const letter = LETTERS[form];
        if (!letter) throw new Error(`lexicon ${name}: no letter for the form "${form}" (lexicon-forms.ts LETTERS)`);
        return letter;
      });
      const texts = forms.map((form) => {
        const text = item[form] as string;
        if (text === '+') throw new Error(`lexicon ${name}: the form text "+" is how a regular plural ships`);
        return form === 'plural' && item.singular !== undefined && forms.indexOf('singular') < forms.indexOf('plural') && text === regularPlural(item.singular)
          ? '+'
          : text;
      });
      return [letters.join(''), ...texts];
    });
  }
  return out;
}

export function unpackLexicon(packed: PackedLexicon): Lexicon {
  const out: Record<string, LexiconEntry> = {};
  for (const [name, items] of Object.entries(packed)) {
    out[name] = items.map((item) => {
      if (typeof item === 'string') return item;
      const forms: Record<string, string> = {};
      const letters = item[0] as string;
      for (let i = 0; i < letters.length; i++) {
        const form = FORMS[letters[i] as string] as string;
        const text = item[i + 1] as string;
        forms[form] = text === '+' ? regularPlural(forms.singular as string) : text;
      }
      return forms;
    }) as LexiconEntry;
  }
  return out;
}
