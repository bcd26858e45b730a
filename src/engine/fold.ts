/**
 * Folding one character at a time, for normalise.ts: look-alike letters from other scripts, accents and full-width
 * forms to plain Latin, curly quotes and dashes to ASCII, invisible characters, and the symbols and digits that stand
 * for letters inside a disguised word.
 */
/** Look-alike letters from other scripts that are used to dodge word filters, folded to Latin. */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ь: 'b',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  ω: 'w', μ: 'u', ς: 's', σ: 'o',
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.', '\u00a3': '£', '\u20ac': '€',
};

/** Symbols and digits that stand for letters inside a word ("b@stard", "sh!t", "k1ll", "a$$"). */
const LEET: Record<string, string> = {
  '@': 'a', $: 's', '!': 'i', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '€': 'e', '|': 'i',
  '*': '*', '#': '*',
};

/** Characters that carry nothing visible: zero-width spaces and joiners, soft hyphens, bidi controls. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

const COMBINING = /\p{M}/gu;

/** A code point folded: its text (possibly empty, possibly two letters: ß → ss), and 1 when it was a capital. */
interface Fold {
  text: string;
  upper: number;
}
const foldCache = new Map<number, Fold>();

/** The folded form of one non-ASCII code point. */
export function foldCodePoint(cp: number): Fold {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out: string;
  const lower = ch.toLowerCase();
  const alike = LOOK_ALIKES[lower] ?? LOOK_ALIKES[ch];
  if (alike !== undefined) {
    out = alike;
  } else if (/\s/.test(ch)) {
    out = ' ';
  } else {
    // NFKD turns accented, full-width and mathematical letters into plain ones plus marks we then drop.
    const decomposed = lower.normalize('NFKD').replace(COMBINING, '').toLowerCase();
    const folded = decomposed.length > 0 ? (LOOK_ALIKES[decomposed] ?? decomposed) : '';
    out = /^[\x20-\x7e]{1,3}$/.test(folded) ? folded : lower.length === ch.length ? lower : ch;
  }
  const fold = { text: out, upper: ch !== lower ? 1 : 0 };
  if (foldCache.size < 4096) foldCache.set(cp, fold);
  return fold;
}

export const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const STAR = 42;

/** LEET as a table over ASCII codes: the letter code a stand-in reads as, or 0. */
const LEET_CODE = new Int32Array(128);
for (const [from, to] of Object.entries(LEET)) {
  const code = from.charCodeAt(0);
  if (code < 128) LEET_CODE[code] = to.charCodeAt(0);
}
const EURO = 0x20ac;
export const leetCode = (c: number): number => (c < 128 ? (LEET_CODE[c] as number) : c === EURO ? 101 : 0);
/** Characters that may continue a word after a masked run ("a$$-hole" is rare; "a$$." ends it). */
export const continuesWord = (c: number): boolean => isLetterCode(c) || isDigitCode(c) || c === 39 || c === 45;
