/**
 * The shape of one rule in the catalogue (`rules/*.ts`): data first — trigger words, patterns, guardrails and the
 * cases that must and must not fire — with a small `check` only where a pattern cannot say it alone.
 */
import type { DraftContext } from './context';
import type { Category, Role } from './types';

/** Where a rule applies. PRODUCT.md §3: threats and hate anywhere; the rest only about the school community. */
export type Scope = 'anywhere' | 'school';

export interface Hit {
  /** Normalised offsets of the words the rule points at. */
  start: number;
  end: number;
  /** Index of the sentence the hit is in. */
  sentence: number;
  match: RegExpExecArray;
  /** The pattern that matched (rules that borrow another rule's patterns use it to find that rule's checks). */
  pattern: RegExp;
  /** Where the matched sentence starts in the normalised text: `match` offsets are relative to it. */
  base: number;
}

export interface Rule {
  /** Stable id, `category.what-it-notices`. */
  id: string;
  category: Category;
  /** Short plain British English for the nudge; a pack's own wording wins. */
  message: string;
  /** The seed clause(s) it comes from, e.g. "000 §3.4.2". */
  source: string;
  scope: Scope;
  /** Roles it applies to; both when absent. */
  roles?: readonly Role[];
  /**
   * Words of which a sentence must contain at least one for the patterns to read it (the prefilter: most rules
   * never look at most sentences). `kill*` is a prefix; `*` stands for any masked word ("f*ck"). Absent: every
   * sentence. A pattern must not be able to match a sentence that holds none of them.
   */
  triggers?: readonly string[];
  /** A second prefilter list: the sentence must also hold one of these (a group word *and* a word of contempt). */
  alsoTriggers?: readonly string[];
  /** Which sentences the rule reads at all, decided before any pattern runs (e.g. only those naming staff). */
  where?: (sentence: number, draft: DraftContext) => boolean;
  /**
   * Rules whose kept hits this rule also reads, as a finding of its own: prejudice aimed at a member of staff is
   * abuse too, insulting staff is a complaint too. The hits pass this rule's scope, `where`, `unless` and `check`.
   */
  from?: readonly string[];
  /** Over one normalised sentence (lower-case, `'` apostrophes). Global flag; a `hit` group narrows the span. */
  patterns: readonly RegExp[];
  /** Guardrails: a hit is dropped when one of these matches its sentence. */
  unless?: readonly RegExp[];
  /** A hit is kept only when one of these also matches its sentence. */
  requires?: readonly RegExp[];
  /** For what a pattern cannot say alone (who a name belongs to, whether a target is the school's). */
  check?: (hit: Hit, draft: DraftContext) => boolean;
  /** Drafts written for this rule: every `fires` case must fire its category, no `quiet` case may. */
  cases: { fires: readonly string[]; quiet: readonly string[] };
}

/** Join alternatives into a non-capturing group. */
export const any = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** A global pattern from source pieces; adds the indices flag when a named group is present. */
export function re(...parts: string[]): RegExp {
  const source = parts.join('');
  // A `hit` group that is the whole match needs no indices: the match itself is the hit, and the `d` flag
  // makes every match slower.
  const whole = wholeMatchHit(source);
  if (whole !== undefined) return new RegExp(whole, 'g');
  return new RegExp(source, /\(\?<[a-z]/.test(source) ? 'gd' : 'g');
}

/** Index just past the group opening at `open` (a `(`), or -1 when it never closes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Zero-width pieces only: `\b`, `^`, `$` and lookarounds, one after another. */
function zeroWidth(source: string): boolean {
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('\\b', i)) i += 2;
    else if (source[i] === '^' || source[i] === '$') i += 1;
    else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      const end = groupEnd(source, i);
      if (end < 0) return false;
      i = end;
    } else return false;
  }
  return true;
}

/**
 * The source with its `hit` group made plain, when that group is the only named one and nothing but zero-width
 * assertions stands outside it; otherwise undefined.
 */
function wholeMatchHit(source: string): string | undefined {
  const open = source.indexOf('(?<hit>');
  if (open < 0 || /\(\?<(?!hit>)[a-z]/.test(source)) return undefined;
  const end = groupEnd(source, open);
  if (end < 0 || !zeroWidth(source.slice(0, open)) || !zeroWidth(source.slice(end))) return undefined;
  return `${source.slice(0, open)}(?:${source.slice(open + 7)}`;
}

/** A one-off test pattern (guardrails, requirements): never global, so `.test` keeps no state. */
export function test(...parts: string[]): RegExp {
  return new RegExp(parts.join(''));
}

const SKIP_LEADING = new Set(['a', 'an', 'the', 'not', 'no', 'so', 'such']);

/**
 * Trigger words for a list of pattern alternatives: the first word each one must start with. An optional last
 * letter or a character class turns the word into a prefix ("degenerates?" → "degenerate*"); a leading group
 * of alternatives gives each alternative's first word; an article is skipped ("a plague" → "plague").
 */
export function leadWords(entries: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (entry: string): void => {
    let rest = entry.replace(/^\\b/, '');
    if (rest.startsWith('(?:')) {
      let depth = 0;
      let end = -1;
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === '\\') i++;
        else if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) {
          end = i;
          break;
        }
      }
      const inner = rest.slice(3, end);
      const after = rest.slice(end + 1);
      const parts: string[] = [];
      let d = 0;
      let from = 0;
      for (let i = 0; i < inner.length; i++) {
        if (inner[i] === '\\') i++;
        else if (inner[i] === '(') d++;
        else if (inner[i] === ')') d--;
        else if (inner[i] === '|' && d === 0) {
          parts.push(inner.slice(from, i));
          from = i + 1;
        }
      }
      parts.push(inner.slice(from));
      // An optional group ("(?:a |an )?x") may be skipped: its alternatives and what follows both lead.
      if (/^[?*]/.test(after)) visit(after.slice(1).replace(/^\s/, ''));
      for (const part of parts) visit(part + after.replace(/^[?*+]/, ''));
      return;
    }
    const m = /^([a-z0-9'*-]+)(.?)/.exec(rest);
    if (!m) return;
    const word = m[1] as string;
    const next = m[2] as string;
    if (SKIP_LEADING.has(word) && next === ' ') {
      rest = rest.slice(word.length + 1);
      visit(rest);
      return;
    }
    if (next === '?' || next === '[' || next === '(' || next === '\\') out.add(`${word.slice(0, next === '?' ? -1 : undefined)}*`);
    else for (const part of word.split('-')) if (part) out.add(part);
  };
  for (const entry of entries) visit(entry);
  return [...out];
}

/** The normalised range of a named group of a hit's match, in draft offsets. */
export function groupSpan(hit: Hit, name: string): [number, number] | undefined {
  const at = hit.match.indices?.groups?.[name];
  return at ? [hit.base + at[0], hit.base + at[1]] : undefined;
}

/**
 * A swear word that may be masked: "w**ker", "f*ck", "a$$" (normalised to "a**"/"ass").
 * Every letter after the first may be a `*`.
 */
export function masked(word: string): string {
  const [first = '', ...rest] = [...word];
  return first + rest.map((c) => (/[a-z]/.test(c) ? `[${c}*]` : c)).join('');
}
