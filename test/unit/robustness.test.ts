/**
 * PRODUCT.md §9: any text at all (empty, a 1 MB paste, emoji, right-to-left, zero-width characters, look-alike
 * letters, broken surrogates) gets a verdict without an exception, with offsets inside the text.
 *
 * Properties are checked with fast-check over every bundled pack and both roles; the adversarial drafts (the
 * shapes that make regex engines and text scanners blow up) are checked at growing sizes up to 1 MB. How long they
 * take is a benchmark's business, not a test's: `npm run bench -- --adversarial` prints ms per MB for each.
 *
 * Not checked: that normalise is idempotent. Its contract (src/engine/normalise.ts) does not claim it, and it does
 * not hold: its passes feed each other ("a a a" → "aaa" → "a"; "ß$" → "sss" → "s"). The rules read one pass.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, CATEGORIES, normalise, ROLES, toOriginalSpan } from '../../src/engine';
import type { Pack, Role, Verdict } from '../../src/engine';
import { CATALOGUE } from '../../src/engine/rules/catalogue.generated';
import { BUNDLED_PACKS, getBundledPack } from '../../src/packs';
import { ADVERSARIAL, ADVERSARIAL_SIZES } from '../../scripts/bench/adversarial';
import { loadRules } from '../../scripts/rules/catalogue';

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether offset `at` falls between two characters of `text`, not between the halves of a surrogate pair. */
function onBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));
}

/** Why a span is not a valid range of whole characters of `text`, or undefined when it is. */
function spanProblem(text: string, start: number, end: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `non-integer span ${start}..${end}`;
  if (!(start >= 0 && start < end && end <= text.length)) return `span ${start}..${end} outside 0..${text.length}`;
  if (!onBoundary(text, start)) return `start ${start} splits a surrogate pair`;
  if (!onBoundary(text, end)) return `end ${end} splits a surrogate pair`;
  return undefined;
}

/**
 * A finding comes from a rule of the catalogue (a rule file), or from the model (`model.<category>`,
 * the words that weighed most).
 */
const RULE_IDS = new Set([
  ...CATALOGUE.families.flatMap((family) => family.rules.map((rule) => rule.id)),
  ...CATEGORIES.map((c) => `model.${c}`),
]);

/** Checks one verdict against the draft it is for; throws with the reason (fast-check then shrinks the draft). */
function checkVerdict(text: string, verdict: Verdict, pack: Pack, role: Role): void {
  const at = `${pack.id}/${role}`;
  expect(verdict.packId, at).toBe(pack.id);
  expect(verdict.nudge, at).toBe(verdict.findings.length > 0);
  expect(verdict.severity === 'none', at).toBe(verdict.findings.length === 0);
  const present = new Set(verdict.findings.map((finding) => finding.category));
  expect(verdict.categories, at).toEqual(CATEGORIES.filter((category) => present.has(category)));
  for (const finding of verdict.findings) {
    expect(RULE_IDS.has(finding.ruleId), `${at}: unknown rule ${finding.ruleId}`).toBe(true);
    expect(spanProblem(text, finding.span.start, finding.span.end), `${at} ${finding.ruleId}`).toBeUndefined();
  }
}

/** Runs the draft through every bundled pack and both roles; returns how many verdicts had findings. */
function checkEverywhere(text: string): number {
  let nudged = 0;
  for (const pack of BUNDLED_PACKS) {
    for (const role of ROLES) {
      const verdict = analyzeDraft(text, { role, pack });
      checkVerdict(text, verdict, pack, role);
      if (verdict.nudge) nudged++;
    }
  }
  return nudged;
}

// --- Drafts -------------------------------------------------------------------------------------------------

/** Any UTF-16 code unit: lone and reversed surrogates, controls, private use, everything. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** What people paste and type, and what they use to dodge word filters. */
const HOSTILE: readonly string[] = [
  // Emoji: astral, with skin tones, joined families, flags, keycaps, variation selectors.
  '😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇬🇧', '1️⃣', '❤️', '🔪', '💩',
  // Right-to-left scripts and the bidi controls that reorder text.
  'שלום', 'مرحبا', '\u202e', '\u202d', '\u200f', '\u2067', '\u2069', '\u061c',
  // Zero-width and invisible characters.
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\ufe0f', '\u{e0041}',
  // Look-alike letters: Cyrillic, Greek, full-width, mathematical, small capitals, a dotted capital I.
  'а', 'о', 'е', 'с', 'р', 'і', 'ѕ', 'ο', 'ν', 'Ｋｉｌｌ', '𝐤𝐢𝐥𝐥', '𝓉𝑒𝒶𝒸𝒽𝑒𝓇', 'ᴋɪʟʟ', 'İ', 'ǅ', 'ß', 'ﬁ',
  // Combining marks, stacked (zalgo).
  '\u0301', '\u0308\u0308\u0308', 'e\u0301', 'k\u0337i\u0337l\u0337l\u0337',
  // Masks, stand-ins and stretched or spaced-out words.
  'f*ck', 'b@stard', 'sh!t', 'k1ll', 'a$$', 'sooooo', 's h i t', 'k.i.l.l', 'w-o-m-e-n', '#', '|', '€',
  // Sentence ends, quotes, brackets, whitespace of every kind.
  '.', '!!!', '?!', '…', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '"', '“', '’', "'", '(', ')', '[', ']',
  // Broken surrogate pairs: a lone high, a lone low, a pair reversed.
  '\ud83d', '\ude00', '\ude00\ud83d',
];

/** The rule files' own cases (the shipped catalogue leaves them out). */
const DATA_CASES = loadRules().catalogue.families.flatMap((family) => family.rules.map((rule) => rule.cases));
const FIRES = [...DATA_CASES.flatMap((cases) => cases.fires.map((c) => c.text))];
const QUIET = [...DATA_CASES.flatMap((cases) => cases.quiet.map((c) => c.text))];

/** Words from the rules' own cases, so random drafts come near what the rules look for. */
const CASE_WORDS = [...new Set([...FIRES, ...QUIET].join(' ').split(/\s+/))];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CASE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: anyUnit },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A mixture of rule words, emoji, RTL, zero-width and look-alike letters, broken surrogates and noise. */
const mixture = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** A draft a rule fires on, disguised: hostile characters dropped in anywhere, even inside a surrogate pair. */
const disguised = fc
  .tuple(
    fc.constantFrom(...FIRES),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...HOSTILE), loneSurrogate)), { maxLength: 6 }),
  )
  .map(([text, insertions]) => {
    let out = text;
    for (const [position, insert] of insertions) {
      const at = position % (out.length + 1);
      out = out.slice(0, at) + insert + out.slice(at);
    }
    return out;
  });

/** Each property runs its draft through 6 packs × 2 roles; these counts keep the file to seconds. */
const RUNS = { numRuns: 150 };

describe('any draft gets a verdict with spans on whole characters of the text', () => {
  it('the empty draft, and every one of the 65,536 code units', () => {
    checkEverywhere('');
    // Each unit alone through normalise (where characters are folded), then all of them in one draft, apart.
    const units: string[] = [];
    const problems: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      const n = normalise(text);
      for (let i = 0; i < n.text.length; i++) {
        const problem = spanProblem(text, n.start[i] as number, n.end[i] as number);
        if (problem) problems.push(`U+${unit.toString(16)}: ${problem}`);
      }
      units.push(text);
    }
    expect(problems).toEqual([]);
    const all = units.join(' ');
    const pack = getBundledPack('generic') as Pack;
    for (const role of ROLES) checkVerdict(all, analyzeDraft(all, { role, pack }), pack, role);
  });

  it('any sequence of UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: anyUnit, maxLength: 200 }), (text) => void checkEverywhere(text)), RUNS);
  });

  it('any sequence of code points, astral planes included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void checkEverywhere(text)), RUNS);
  });

  it('any sequence of graphemes, combining and joined ones included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => void checkEverywhere(text)), RUNS);
  });

  it('mixtures of rule words, emoji, right-to-left text, zero-width and look-alike letters', () => {
    fc.assert(fc.property(mixture, (text) => void checkEverywhere(text)), RUNS);
  });

  it('disguised drafts the rules fire on, so the spans checked are real findings', () => {
    let nudgedDrafts = 0;
    let drafts = 0;
    fc.assert(
      fc.property(disguised, (text) => {
        drafts++;
        if (checkEverywhere(text) > 0) nudgedDrafts++;
      }),
      { numRuns: 300 },
    );
    // Most disguises still read as the words they hide; if almost none fire, the span checks above checked nothing.
    expect(nudgedDrafts).toBeGreaterThan(drafts / 10);
  });

  it('the same draft gets the same verdict, whatever was checked before it', () => {
    const pack = getBundledPack('bexton') as Pack;
    fc.assert(
      fc.property(fc.oneof(disguised, mixture), fc.oneof(disguised, mixture), (text, other) => {
        for (const role of ROLES) {
          const first = analyzeDraft(text, { role, pack });
          analyzeDraft(other, { role, pack });
          expect(analyzeDraft(text, { role, pack })).toEqual(first);
        }
      }),
      RUNS,
    );
  });
});

describe('normalise maps every character back into the original text', () => {
  const source = fc.oneof(fc.string({ unit: anyUnit, maxLength: 200 }), mixture, disguised);

  it('each normalised character comes from a range of whole characters, in order', () => {
    fc.assert(
      fc.property(source, (text) => {
        const n = normalise(text);
        expect(n.source).toBe(text);
        expect(n.start.length).toBe(n.text.length);
        expect(n.end.length).toBe(n.text.length);
        expect(n.upper.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const start = n.start[i] as number;
          const end = n.end[i] as number;
          expect(spanProblem(text, start, end), `character ${i} of ${JSON.stringify(n.text)}`).toBeUndefined();
          if (i > 0) {
            expect(start).toBeGreaterThanOrEqual(n.start[i - 1] as number);
            expect(end).toBeGreaterThanOrEqual(n.end[i - 1] as number);
          }
        }
        // The rules read lower-case text (normalise.ts: "Lower-case, accent-free").
        expect(n.text).not.toMatch(/[A-Z]/);
      }),
      { numRuns: 500 },
    );
  });

  it('toOriginalSpan turns any normalised range into whole characters of the original', () => {
    fc.assert(
      fc.property(source, fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalise(text);
        if (n.text.length === 0) {
          expect(toOriginalSpan(n, 0, 0)).toEqual({ start: 0, end: 0 });
          return;
        }
        const from = a % n.text.length;
        const to = from + 1 + (b % (n.text.length - from));
        const span = toOriginalSpan(n, from, to);
        expect(spanProblem(text, span.start, span.end)).toBeUndefined();
        // It covers what the normalised characters came from.
        expect(span.start).toBe(n.start[from]);
        expect(span.end).toBe(n.end[to - 1]);
      }),
      { numRuns: 500 },
    );
  });
});

// --- Adversarial drafts, at growing sizes ------------------------------------------------------------------

describe('adversarial drafts get a verdict at every size', () => {
  // The shapes that made the engine blow up (scripts/bench/adversarial.ts, where `npm run bench` times them).
  const pack = getBundledPack('bexton') as Pack;

  for (const { name, make } of ADVERSARIAL) {
    it(name, () => {
      for (const size of ADVERSARIAL_SIZES) {
        const text = make(size);
        expect(text.length).toBeGreaterThan(size * 0.9);
        for (const role of ROLES) checkVerdict(text, analyzeDraft(text, { role, pack }), pack, role);
      }
    });
  }
});
