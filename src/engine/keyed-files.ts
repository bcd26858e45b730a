/**
 * A word list's alternatives (regular-expression source, "head ?teachers?") filed by the words they can begin with,
 * for `KeyedLists` (keyed.ts): a small parser of the regex subset the lists use, and the filing itself, which the
 * build also runs ahead (`npm run rules` writes the files of the context lists).
 */

/** One part of an alternative's pattern, as far as its first word needs reading. */
type Atom = { k: 'char'; c: string } | { k: 'class'; chars: string | null } | { k: 'group'; alts: Item[][] };
interface Item {
  atom: Atom;
  min: number;
  /** Infinity for `+` and `*`. */
  max: number;
}

/** Word characters as `\b` reads them. A run of digits is filed as "0" ("y6" and "y10" are both looked up as "y0"). */
const isWordChar = (c: string): boolean => /^\w$/.test(c);
export const digitsAsZero = (word: string): string => word.replace(/[0-9]+/g, '0');

/** Parse the subset of regular-expression syntax the word lists use; null where it cannot be read. */
function parse(source: string): Item[][] | null {
  let at = 0;
  const alternatives = (): Item[][] | null => {
    const alts: Item[][] = [[]];
    while (at < source.length) {
      const c = source[at] as string;
      if (c === ')') return alts;
      if (c === '|') {
        at++;
        alts.push([]);
        continue;
      }
      let atom: Atom;
      if (c === '(') {
        if (!source.startsWith('(?:', at)) return null;
        at += 3;
        const inner = alternatives();
        if (!inner || source[at] !== ')') return null;
        at++;
        atom = { k: 'group', alts: inner };
      } else if (c === '[') {
        const close = source.indexOf(']', at);
        if (close < 0) return null;
        const body = source.slice(at + 1, close);
        at = close + 1;
        // Small explicit sets ("[- ]", "[1-5]") are listed; ranges of letters are any letter.
        const chars = /^(?:[^\\^]|\\.)*$/.test(body) && !/[a-z]-[a-z]/.test(body) ? expandClass(body) : null;
        atom = { k: 'class', chars };
      } else if (c === '\\') {
        const e = source[at + 1] ?? '';
        at += 2;
        if (e === 'd') atom = { k: 'class', chars: '0' };
        else if (e === 'w' || e === 's' || e === 'b' || e === 'W' || e === 'S' || e === 'D') atom = { k: 'class', chars: null };
        else atom = { k: 'char', c: e };
      } else if (c === '.') {
        at++;
        atom = { k: 'class', chars: null };
      } else if ('^$*+?{'.includes(c)) return null;
      else {
        at++;
        atom = { k: 'char', c };
      }
      let min = 1;
      let max = 1;
      const q = source[at];
      if (q === '?') [min, max] = [0, 1];
      else if (q === '*') [min, max] = [0, Infinity];
      else if (q === '+') [min, max] = [1, Infinity];
      else if (q === '{') {
        const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(at));
        if (!m) return null;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
        at += m[0].length - 1;
      }
      if (q === '?' || q === '*' || q === '+' || q === '{') at++;
      if (source[at] === '?') return null; // lazy quantifiers are not used in word lists
      (alts[alts.length - 1] as Item[]).push({ atom, min, max });
    }
    return alts;
  };
  const alts = alternatives();
  return alts && at === source.length ? alts : null;
}

function expandClass(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i] as string;
    if (c === '\\') c = body[++i] ?? '';
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let x = c.charCodeAt(0); x <= body.charCodeAt(i + 2); x++) out += String.fromCharCode(x);
      i += 2;
    } else out += c;
  }
  return digitsAsZero(out);
}

/** The key of the alternatives tried at every word (no word is spelt with a space). */
export const WILD = ' ';

/** Past this many spellings of a first word, an alternative is tried at every word. */
const MAX_SPELLINGS = 256;

/**
 * Every spelling of the first word of an alternative (its leading run of word characters), digits as "0"; null
 * when they cannot be listed.
 */
export function firstWords(source: string): Set<string> | null {
  const alts = parse(source);
  if (!alts) return null;
  const out = new Set<string>();
  let wild = false;
  /** Reads `rest` (a stack of item lists, innermost first) after `prefix`. */
  const walk = (prefix: string, rest: readonly (readonly Item[])[]): void => {
    if (wild || out.size > MAX_SPELLINGS) {
      wild = true;
      return;
    }
    const [head, ...outer] = rest;
    if (head === undefined) return void (prefix ? out.add(digitsAsZero(prefix)) : (wild = true));
    if (head.length === 0) return walk(prefix, outer);
    const [item, ...tail] = head as [Item, ...Item[]];
    const after = [tail, ...outer];
    if (item.min === 0) walk(prefix, after);
    if (item.max === 0) return;
    // Repetition beyond one: "{1,2}" is spelt out; "+" and "*" of a word character cannot be.
    const again: Item = { atom: item.atom, min: Math.max(0, item.min - 1), max: item.max - 1 };
    const next = item.max > 1 ? [[again, ...tail], ...outer] : after;
    const atom = item.atom;
    if (atom.k === 'group') {
      for (const alt of atom.alts) walk(prefix, [alt, ...next]);
      return;
    }
    const chars = atom.k === 'char' ? atom.c : atom.chars;
    if (chars === null) return void (wild = true);
    for (const c of new Set(chars)) {
      if (!isWordChar(c)) {
        if (prefix) out.add(digitsAsZero(prefix));
        else wild = true;
      } else if (item.max === Infinity) {
        // A run of digits of any length is filed as one "0"; a run of letters cannot be listed.
        if (c === '0') walk(prefix + c, after);
        else wild = true;
      } else walk(prefix + c, next);
    }
  };
  walk('', [alts.length === 1 ? (alts[0] as Item[]) : [{ atom: { k: 'group', alts }, min: 1, max: 1 }]]);
  return wild ? null : out;
}

/**
 * A list's alternatives filed by first word: per word, the alternatives that may begin with it (the wild ones
 * included), ascending; and the wild ones alone. Computed here, or read from the generated module.
 */
export interface ListFiles {
  byWord: Readonly<Record<string, readonly number[]>>;
  wild: readonly number[];
  /** The size of the list filed (`listSize`): files made from a list of another size are not used. */
  of: string;
}

/**
 * Which version of a list the files (or a word gate) were made from, told cheaply: how many alternatives and
 * characters it has. A hash of every character told it exactly, but cost a fresh worker 2 ms of its start (the
 * lists are tens of thousands of characters, and hashing them had V8 optimise the loop). An edit that keeps the
 * size is caught instead by the test that the generated files are current (rules-data.test.ts), as the rules'
 * triggers are.
 */
export function listSize(alternatives: readonly string[]): string {
  let characters = 0;
  for (const alt of alternatives) characters += alt.length;
  return `${alternatives.length}/${characters}`;
}

export function fileList(alternatives: readonly string[]): ListFiles {
  const byWord: Record<string, number[]> = {};
  const wild: number[] = [];
  alternatives.forEach((alt, i) => {
    const words = firstWords(alt);
    if (!words) wild.push(i);
    else for (const w of [...words].sort()) (byWord[w] ??= []).push(i);
  });
  if (wild.length) for (const w of Object.keys(byWord)) byWord[w] = [...new Set([...(byWord[w] as number[]), ...wild])].sort((a, b) => a - b);
  return { byWord, wild, of: listSize(alternatives) };
}
