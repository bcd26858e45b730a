/**
 * Normalisation: one plain lower-case view of a draft for the rules to read, with a map from every normalised
 * character back to the UTF-16 range it came from, so findings always point at the user's own words.
 *
 * What it folds, and why: people who want to post something rude disguise it (f*ck, b@stard, sh!t, k1ll,
 * Cyrillic "о" for Latin "o", zero-width spaces, "sooooo", "s h i t", "womn", "gayvermin"), and ordinary typing
 * brings accents, curly quotes and dashes. None of that should change what the draft means to a rule.
 */
import { continuesWord, foldCodePoint, isDigitCode, isInvisible, isLetterCode, leetCode, STAR } from './fold';
import { findRepairs } from './spelling';
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

/** Typed arrays use the platform's byte order; UTF-16LE decoding reads them directly where that is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = LITTLE_ENDIAN && typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;

function fromCodes(codes: Uint16Array, length: number): string {
  if (UTF16 && length > 1024) {
    // Fast for long drafts; the codes are well-formed UTF-16 (lone surrogates became spaces), so nothing is replaced.
    const decoded = UTF16.decode(codes.subarray(0, length));
    if (decoded.length === length) return decoded;
  }
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Working arrays: codes, their source ranges and capital flags, as one pass of `normalise` leaves them. */
class Scratch {
  c: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  u: Uint8Array;
  constructor(readonly cap: number) {
    this.c = new Uint16Array(cap);
    this.s = new Int32Array(cap);
    this.e = new Int32Array(cap);
    this.u = new Uint8Array(cap);
  }
  /** A copy with room for `cap`, the first `n` entries kept. */
  grown(cap: number, n: number): Scratch {
    const next = new Scratch(cap);
    next.c.set(this.c.subarray(0, n));
    next.s.set(this.s.subarray(0, n));
    next.e.set(this.e.subarray(0, n));
    next.u.set(this.u.subarray(0, n));
    return next;
  }
}

/**
 * The passes' working arrays, kept between drafts so a short draft allocates only its result; one long draft does
 * not keep its large arrays past its own reading (KEEP_SCRATCH code units at most), and hands them over as its result
 * instead of copying them.
 */
const KEEP_SCRATCH = 4096;
let folded = new Scratch(KEEP_SCRATCH);

/**
 * Normalise a draft. Cost is linear in its length; any string is accepted, lone surrogates included.
 */
export function normalise(source: string): Normalised {
  const len = source.length;
  // Folding can widen a character (ß → ss, ㎏ → kg), rarely: start at the draft's length and grow if needed.
  let a = folded.cap >= len + 16 ? folded : new Scratch(len + 16);
  // The working arrays in hand, not read off `a` at every character.
  let { c: c1, s: s0, e: e0, u: u0 } = a;
  let n1 = 0;
  // Whether every character so far is ASCII that folds to itself lower-cased: the text is then the draft lower-cased.
  let asTyped = true;

  // Pass 1: fold each code point; remember where it came from.
  for (let i = 0; i < len; ) {
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      if (n1 >= a.cap) {
        a = a.grown(a.cap * 2, n1);
        ({ c: c1, s: s0, e: e0, u: u0 } = a);
      }
      if (code >= 65 && code <= 90) {
        c1[n1] = code + 32;
        u0[n1] = 1;
      } else {
        if (code === 9 || code === 13 || code === 96) asTyped = false;
        c1[n1] = code === 9 || code === 13 ? 32 : code === 96 ? 39 : code;
        u0[n1] = 0;
      }
      s0[n1] = i;
      e0[n1] = i + 1;
      n1++;
      i++;
      continue;
    }
    asTyped = false;
    let cp = code;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    // At most three units per code point; a lone surrogate becomes one neutral space, keeping the offsets honest.
    if (n1 + 3 > a.cap) {
      a = a.grown(a.cap * 2, n1);
      ({ c: c1, s: s0, e: e0, u: u0 } = a);
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      c1[n1] = 32;
      s0[n1] = i;
      e0[n1] = i + 1;
      u0[n1] = 0;
      n1++;
    } else if (!isInvisible(cp)) {
      const fold = foldCodePoint(cp);
      const upper = width === 1 ? fold.upper : 0;
      // One entry per UTF-16 unit; both halves of an emoji map to the whole pair, so spans never split it.
      for (let u = 0; u < fold.text.length && u < 3; u++) {
        c1[n1] = fold.text.charCodeAt(u);
        s0[n1] = i;
        e0[n1] = i + width;
        u0[n1] = upper;
        n1++;
      }
    }
    i += width;
  }
  const kept = a.cap <= KEEP_SCRATCH;
  if (kept) folded = a;
  const s1 = a.s;
  const e1 = a.e;
  const u1 = a.u;

  // Pass 2: symbols and digits standing in for letters inside words; stretched letters collapsed. In place: it never
  // writes past what it has read, and the character before is kept in hand (`before`), as it was before any writing.
  const out = c1;
  const start = s1;
  const end = e1;
  const upper = u1;
  let n = 0;
  let k = 0;
  let before = 0;
  while (k < n1) {
    if (n === k) {
      // Until a character is dropped, one that starts no stand-in run and no stretch stays as it is: most of a draft
      // is passed over here, reading each character once (a long draft's pass was a tenth of its normalising).
      for (; k < n1; k++) {
        const c = c1[k] as number;
        if (isLetterCode(c) ? k + 2 < n1 && c1[k + 1] === c && c1[k + 2] === c : k > 0 && leetCode(c) !== 0 && isLetterCode(before)) break;
        before = c;
      }
      n = k;
      if (k === n1) break;
    }
    const code = c1[k] as number;
    if (k > 0 && !isLetterCode(code) && leetCode(code) !== 0 && isLetterCode(before)) {
      // A run of stand-ins after a letter: converted when a letter follows, or when it ends a word that
      // is masked ("a$$", "f**"); a lone digit only between letters ("k1ll", not "y6" or "4kx").
      let r = k;
      let digits = 0;
      let masks = true;
      let last = code;
      while (r < n1 && leetCode(c1[r] as number) !== 0 && !isLetterCode(c1[r] as number)) {
        const c = c1[r] as number;
        if (isDigitCode(c)) digits++;
        if (c !== STAR && c !== 36 && c !== 35) masks = false;
        last = c;
        r++;
      }
      const followedByLetter = r < n1 && isLetterCode(c1[r] as number);
      const endsWord = r >= n1 || !continuesWord(c1[r] as number);
      const ok = (followedByLetter && (digits === 0 || (digits === 1 && r - k === 1))) || (endsWord && masks);
      if (ok) {
        for (let q = k; q < r; q++) {
          const to = leetCode(c1[q] as number);
          if (to !== c1[q]) asTyped = false;
          out[n] = to;
          start[n] = s1[q] as number;
          end[n] = e1[q] as number;
          upper[n] = 0;
          n++;
        }
        before = last;
        k = r;
        continue;
      }
    }
    let r = k + 1;
    if (isLetterCode(code)) while (r < n1 && c1[r] === code) r++;
    // "sooooo" → "so": one letter standing for the whole stretch of three or more.
    const last = r - k >= 3 ? r - 1 : k;
    // Until a character is dropped, each already stands where it is written: only a stretch's end moves.
    if (n !== k) {
      out[n] = code;
      start[n] = s1[k] as number;
      end[n] = e1[last] as number;
      upper[n] = u1[k] as number;
    } else if (last !== k) end[n] = e1[last] as number;
    n++;
    before = code;
    if (r - k >= 3) {
      asTyped = false;
      k = r;
    } else k++;
  }
  const spaced = collapseSpacedLetters(out, start, end, upper, n);
  if (spaced !== n) asTyped = false;
  return repairWords(source, a, spaced, asTyped, kept);
}

/** Separators people put between the letters of a spaced-out word: "s h i t", "k.i.l.l", "w-o-m-e-n". */
const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95;

/**
 * "s h i t" → "shit": three or more single letters, each standing alone, joined by the same separator.
 * Works in place (it only removes characters) and returns the new length.
 */
function collapseSpacedLetters(c: Uint16Array, s: Int32Array, e: Int32Array, u: Uint8Array, n: number): number {
  let w = 0;
  const copy = (r: number): void => {
    c[w] = c[r] as number;
    s[w] = s[r] as number;
    e[w] = e[r] as number;
    u[w] = u[r] as number;
    w++;
  };
  for (let r = 0; r < n; ) {
    if (w === r) {
      // Until a letter is dropped, nothing moves: passed over up to the next letter that stands alone before a spacer.
      while (r + 2 < n && !(isSpacer(c[r + 1] as number) && isLetterCode(c[r] as number) && (r === 0 || !isLetterCode(c[r - 1] as number)))) r++;
      w = r;
      if (r + 2 >= n) return n;
    }
    const code = c[r] as number;
    // Most text has no spaced-out word: a letter followed by a letter, or by anything but a spacer, moves on.
    if (r + 2 >= n || !isSpacer(c[r + 1] as number) || !isLetterCode(code)) {
      if (w !== r) copy(r);
      else w++;
      r++;
      continue;
    }
    if ((r === 0 || !isLetterCode(c[r - 1] as number)) && r + 2 < n) {
      const sep = c[r + 1] as number;
      let k = r;
      let count = 1;
      if (isSpacer(sep)) {
        while (
          k + 2 < n &&
          c[k + 1] === sep &&
          isLetterCode(c[k + 2] as number) &&
          (k + 3 >= n || !isLetterCode(c[k + 3] as number))
        ) {
          k += 2;
          count++;
        }
      }
      // "what a s h i t show": a leading "a" or "i" is the word before, not the first letter.
      let first = r;
      if (count >= 4 && (code === 97 || code === 105)) {
        first = r + 2;
        count--;
      }
      if (count >= 3) {
        for (let q = r; q < first; q++) copy(q);
        for (let q = first; q <= k; q += 2) copy(q);
        r = k + 1;
        continue;
      }
    }
    if (w !== r) copy(r);
    else w++;
    r++;
  }
  return w;
}

/**
 * Misspelt or run-together hate vocabulary ("womn", "haet", "gayvermin") read as the words they stand for; the
 * repaired letters all point back at the word as typed. `asTyped`: the text is the draft lower-cased. `kept`: `b` is
 * kept for the next draft (else it is this draft's alone).
 */
function repairWords(source: string, b: Scratch, n: number, asTyped: boolean, kept: boolean): Normalised {
  const { c, s, e, u } = b;
  const text = asTyped ? source.toLowerCase() : fromCodes(c, n);
  const edits = findRepairs(c, u, n, text);
  if (!edits) return result(source, text, s, e, u, n, kept);
  const o = new Scratch(n + edits.length * 4);
  let w = 0;
  let r = 0;
  const put = (code: number, from: number, to: number, up: number): void => {
    o.c[w] = code;
    o.s[w] = from;
    o.e[w] = to;
    o.u[w++] = up;
  };
  for (const edit of edits) {
    for (; r < edit.from; r++) put(c[r] as number, s[r] as number, e[r] as number, u[r] as number);
    if (edit.split > 0) {
      // Keep every letter where it was; the missing space points at the first letter of the second word.
      for (let q = edit.from; q < edit.to; q++) {
        if (q === edit.from + edit.split) put(32, s[q] as number, e[q] as number, 0);
        put(c[q] as number, s[q] as number, e[q] as number, u[q] as number);
      }
    } else {
      const from = s[edit.from] as number;
      const to = e[edit.to - 1] as number;
      for (let q = 0; q < edit.replacement.length; q++) put(edit.replacement.charCodeAt(q), from, to, q === 0 ? (u[edit.from] as number) : 0);
    }
    r = edit.to;
  }
  for (; r < n; r++) put(c[r] as number, s[r] as number, e[r] as number, u[r] as number);
  return result(source, fromCodes(o.c, w), o.s, o.e, o.u, w, false);
}

/**
 * The result, its offsets and capital flags copied out of the kept working arrays into one buffer: each buffer of its
 * own costs an allocation outside the heap, three of them per draft. Working arrays not kept are the result as they
 * stand (a long draft's, allocated for it anyway: copying them was another allocation and pass).
 */
function result(source: string, text: string, s: Int32Array, e: Int32Array, u: Uint8Array, n: number, kept: boolean): Normalised {
  if (!kept) return { source, text, start: s.subarray(0, n), end: e.subarray(0, n), upper: u.subarray(0, n) };
  const buffer = new ArrayBuffer(n * 9);
  const start = new Int32Array(buffer, 0, n);
  const end = new Int32Array(buffer, n * 4, n);
  const upper = new Uint8Array(buffer, n * 8, n);
  for (let i = 0; i < n; i++) {
    start[i] = s[i] as number;
    end[i] = e[i] as number;
    upper[i] = u[i] as number;
  }
  return { source, text, start, end, upper };
}

/** The original UTF-16 range of normalised range [from, to). Always inside the source; never splits a pair. */
export function toOriginalSpan(n: Normalised, from: number, to: number): Span {
  const count = n.text.length;
  if (count === 0) return { start: 0, end: 0 };
  const a = Math.max(0, Math.min(from, count - 1));
  const b = Math.max(a + 1, Math.min(to, count));
  return { start: n.start[a] as number, end: n.end[b - 1] as number };
}
