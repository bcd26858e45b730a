/**
 * Normalisation: one plain lower-case view of a draft for the rules to read, with a map from every normalised
 * character back to the UTF-16 range it came from, so findings always point at the user's own words.
 *
 * What it folds, and why: people who want to post something rude disguise it (f*ck, b@stard, sh!t, k1ll,
 * Cyrillic "о" for Latin "o", zero-width spaces, "sooooo"), and ordinary typing brings accents, curly quotes
 * and dashes. None of that should change what the draft means to a rule.
 */
import type { Span } from './types';

export interface Normalised {
  /** The original draft. */
  readonly source: string;
  /** Lower-case, accent-free, de-obfuscated text; `*` stands for a masked letter (f*ck). */
  readonly text: string;
  /** For normalised character i, the UTF-16 range [start[i], end[i]) in `source` it came from. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1 where the source character was an upper-case letter (names and titles are capitalised). */
  readonly upper: Uint8Array;
}

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
function isInvisible(cp: number): boolean {
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
const foldCache = new Map<number, string>();

/** The folded form of one non-ASCII code point: possibly empty, possibly two letters (ß → ss). */
function foldCodePoint(cp: number): string {
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
  if (foldCache.size < 4096) foldCache.set(cp, out);
  return out;
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Normalise a draft. Cost is linear in its length; any string is accepted, lone surrogates included.
 */
export function normalise(source: string): Normalised {
  const len = source.length;
  // Pass 1: fold each code point; remember where it came from.
  const chars: string[] = [];
  const s1: number[] = [];
  const e1: number[] = [];
  const up1: number[] = [];
  for (let i = 0; i < len; ) {
    const code = source.charCodeAt(i);
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (cp < 0x80) {
      if (cp >= 65 && cp <= 90) {
        chars.push(String.fromCharCode(cp + 32));
        up1.push(1);
      } else {
        chars.push(cp === 9 || cp === 13 ? ' ' : cp === 96 ? "'" : String.fromCharCode(cp));
        up1.push(0);
      }
      s1.push(i);
      e1.push(i + width);
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate: keep the offsets honest with a neutral space.
      chars.push(' ');
      up1.push(0);
      s1.push(i);
      e1.push(i + 1);
    } else if (!isInvisible(cp)) {
      const folded = foldCodePoint(cp);
      const isUpper = width === 1 && source[i] !== source[i]?.toLowerCase() ? 1 : 0;
      // One entry per UTF-16 unit; both halves of an emoji map to the whole pair, so spans never split it.
      for (let u = 0; u < folded.length; u++) {
        chars.push(folded.charAt(u));
        up1.push(isUpper);
        s1.push(i);
        e1.push(i + width);
      }
    }
    i += width;
  }

  // Pass 2: symbols and digits standing in for letters inside words; stretched letters collapsed.
  const n1 = chars.length;
  const codes = new Int32Array(n1);
  for (let k = 0; k < n1; k++) codes[k] = (chars[k] as string).charCodeAt(0);
  const leetAt = (k: number): string | undefined => (k >= 0 && k < n1 ? LEET[chars[k] as string] : undefined);
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const upper: number[] = [];
  let k = 0;
  while (k < n1) {
    const ch = chars[k] as string;
    const code = codes[k] as number;
    if (!isLetterCode(code) && leetAt(k) !== undefined && k > 0 && isLetterCode(codes[k - 1] as number)) {
      // A run of stand-ins after a letter: converted when a letter follows, or when it ends a word that
      // is mostly masked ("a$$", "f**", "w***"); a lone digit only between letters ("k1ll", not "y6").
      let r = k;
      while (r < n1 && leetAt(r) !== undefined && !isLetterCode(codes[r] as number)) r++;
      const run = chars.slice(k, r);
      const digits = run.filter((c) => isDigitCode(c.charCodeAt(0))).length;
      const followedByLetter = r < n1 && isLetterCode(codes[r] as number);
      const endsWord = r >= n1 || !/[a-z0-9'-]/.test(chars[r] as string);
      const masks = run.every((c) => c === '*' || c === '$' || c === '#');
      const ok =
        (followedByLetter && (digits === 0 || (digits === 1 && run.length === 1))) || (endsWord && masks && digits === 0);
      if (ok) {
        for (let q = k; q < r; q++) {
          out.push(LEET[chars[q] as string] as string);
          start.push(s1[q] as number);
          end.push(e1[q] as number);
          upper.push(0);
        }
        k = r;
        continue;
      }
    }
    if (isLetterCode(code)) {
      let r = k + 1;
      while (r < n1 && codes[r] === code) r++;
      if (r - k >= 3) {
        // "sooooo" → "so": one letter standing for the whole stretch.
        out.push(ch);
        start.push(s1[k] as number);
        end.push(e1[r - 1] as number);
        upper.push(up1[k] as number);
        k = r;
        continue;
      }
    }
    out.push(ch);
    start.push(s1[k] as number);
    end.push(e1[k] as number);
    upper.push(up1[k] as number);
    k++;
  }
  return {
    source,
    text: out.join(''),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    upper: Uint8Array.from(upper),
  };
}

/** The original UTF-16 range of normalised range [from, to). Always inside the source; never splits a pair. */
export function toOriginalSpan(n: Normalised, from: number, to: number): Span {
  const count = n.text.length;
  if (count === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(from, count - 1));
  const b = Math.max(a + 1, Math.min(to, count));
  return { start: n.start[a] as number, end: n.end[b - 1] as number };
}
