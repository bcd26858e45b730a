/**
 * The phrase language the rule files (`src/engine/rules/*.yaml`) and packs write their wording in: words over the
 * draft's tokens, never raw regular expressions. Read by the compiler (`npm run rules`) and, for a pack's own
 * phrases, by the engine when the pack is loaded.
 *
 *   kill                a word (lower case; a hyphen or a symbol is a token of its own: "head-teacher" is three)
 *   kill*               any word that starts with "kill" ("kill", "killing", "killer")
 *   wanker~             the word, or the word with letters after the first masked ("w*nker", "w****r")
 *   _                   any one token
 *   ..3                 a gap: up to 3 tokens (1–5)
 *   (deck | knock out)  alternatives
 *   [the]               optional words
 *   {GROUP}             a lexicon entry (every form); {GROUP:plural} one form; {NUMBER} a token class
 *   !(up | out)         not followed by: the tokens that follow do not start with any of these
 *   < … >               the words the finding points at (the whole phrase when absent)
 *
 * Safe by construction: a phrase must start with a word, a prefix, a lexicon entry or a class (never a gap), cannot
 * match nothing, and holds at most two gaps, so matching at a position costs a bounded number of steps.
 */

export type Node =
  | { k: 'word'; w: string }
  | { k: 'prefix'; p: string }
  | { k: 'masked'; w: string }
  | { k: 'any' }
  | { k: 'gap'; max: number }
  | { k: 'alt'; options: Node[][] }
  | { k: 'opt'; seq: Node[] }
  | { k: 'slot'; name: string; form?: string }
  | { k: 'not'; options: Node[][] }
  | { k: 'mark'; at: 'start' | 'end' };

export class PhraseError extends Error {}

/**
 * The text of a word, prefix, gap or symbol: up to the next space (as `isSpaceCode`) or reserved character
 * `()[]|{}<>`. One sticky match rather than a loop over characters: a fresh worker parses hundreds of phrases
 * before the functions here are optimised, and the interpreter pays per character.
 */
const BARE = /[^ \t\n\r\u00a0()[\]|{}<>]+/y;
/** Letters, digits, `'` and `*`: what a word token is made of (as in the draft tokenizer). */
export const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 42;
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/**
 * The range [from, to) of text less the apostrophes at its edges: a quotation mark ('useless') rather than part of
 * the word. The whole range when it is nothing but apostrophes.
 */
export function withoutEdgeQuotes(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) === 39) a++;
  while (b > a && text.charCodeAt(b - 1) === 39) b--;
  return a < b ? [a, b] : [from, to];
}

/** Whether [from, to) of text starts or ends with an apostrophe: only then has `withoutEdgeQuotes` anything to do. */
export const hasEdgeQuote = (text: string, from: number, to: number): boolean => text.charCodeAt(from) === 39 || text.charCodeAt(to - 1) === 39;

/**
 * Calls `each` with the range [from, to) of every token of literal text, split the way drafts are split: runs of
 * word characters, or runs of one symbol.
 */
export function forEachLiteralToken(text: string, each: (from: number, to: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordCode(c)) while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    else if (c >= 0xd800 && c <= 0xdbff && j < text.length) {
      // A surrogate pair is one symbol; a run of the same pair is one token.
      const low = text.charCodeAt(j);
      j = i + 2;
      while (j + 2 <= text.length && text.charCodeAt(j) === c && text.charCodeAt(j + 1) === low) j += 2;
    } else while (j < text.length && text.charCodeAt(j) === c) j++;
    each(i, j);
    i = j;
  }
}

/** Split literal text the way drafts are split into tokens (`forEachLiteralToken`). */
export function literalTokens(text: string): string[] {
  const out: string[] = [];
  forEachLiteralToken(text, (from, to) => out.push(text.slice(from, to)));
  return out;
}

/**
 * Alternatives of plain words ("(is | are | has been)"), as most lexicon items are: no option empty, so the parser
 * would give each option its words, and nothing else. Read in one match and split, which a fresh worker, parsing
 * hundreds of them before the parser is optimised, does several times faster than word by word.
 */
const PLAIN_ALTERNATIVES = /\( *([a-z0-9']+(?: +[a-z0-9']+)* *(?:\| *[a-z0-9']+(?: +[a-z0-9']+)* *)*)\)/y;

/** The options of plain alternatives (the text between the brackets), word by word. */
function plainAlternatives(text: string): Node[][] {
  return text.split('|').map((option) => {
    // One word, most options: an array of its own length, not one grown by a push to room for 17.
    if (!option.includes(' ')) return wordNodes(option);
    const seq: Node[] = [];
    for (const w of option.split(' ')) if (w !== '') seq.push(...wordNodes(w));
    return seq;
  });
}

const ONE_WORD = /^[a-z0-9']+$/;

/**
 * A word as the draft's tokens have it: an apostrophe at its edge is a token of its own there (rule-tokens.ts), so
 * "kids'" in a phrase is "kids" then "'" ("our kids' throats", "24 hours' notice"), and "'til" is "'" then "til".
 */
function wordNodes(w: string): Node[] {
  if (!hasEdgeQuote(w, 0, w.length)) return [{ k: 'word', w }];
  // Nothing but apostrophes: the whole word, as a draft's "'" is.
  const [from, to] = withoutEdgeQuotes(w, 0, w.length);
  const out: Node[] = [];
  if (from > 0) out.push({ k: 'word', w: w.slice(0, from) });
  out.push({ k: 'word', w: w.slice(from, to) });
  if (to < w.length) out.push({ k: 'word', w: w.slice(to) });
  return out;
}
const ONE_MASKED = /^[a-z]{3,}~$/;

/** Parse one phrase into its nodes. Throws PhraseError with the column of the problem. */
export function parsePhrase(written: string): Node[] {
  // Curly apostrophes as drafts have them once folded (fold.ts): a pack's "parents’ evening" is "parents' evening".
  const source = written.includes('\u2019') || written.includes('\u2018') ? written.replace(/[\u2018\u2019]/g, "'") : written;
  // Most lexicon items are one plain or masked word: answered without the parser (the same nodes it would give).
  if (ONE_WORD.test(source)) return wordNodes(source);
  if (ONE_MASKED.test(source)) return [{ k: 'masked', w: source.slice(0, -1) }];
  let at = 0;
  const fail = (why: string): never => {
    throw new PhraseError(`${why} at column ${at + 1} of "${source}"`);
  };
  let marks = 0;
  const sequence = (closers: string): Node[] => {
    const seq: Node[] = [];
    for (;;) {
      // Spaces passed over here, not in a small function of their own: called at every element, that was the one V8
      // optimised while a fresh worker parsed a long first draft's phrases.
      while (at < source.length && isSpaceCode(source.charCodeAt(at))) at++;
      if (at >= source.length) {
        if (closers) fail(`missing "${closers[0]}"`);
        return seq;
      }
      const c = source[at] as string;
      if (closers.includes(c)) return seq;
      if (c === ')' || c === ']' || c === '}' || c === '|') fail(`unexpected "${c}"`);
      seq.push(...element());
    }
  };
  const alternatives = (close: string): Node[][] => {
    const options: Node[][] = [];
    for (;;) {
      const seq = sequence(`${close}|`);
      if (seq.length === 0) fail('an empty alternative');
      options.push(seq);
      const c = source[at];
      at++;
      if (c === close) return options;
    }
  };
  const element = (): Node[] => {
    const c = source[at] as string;
    if (c === '(') {
      PLAIN_ALTERNATIVES.lastIndex = at;
      const plain = PLAIN_ALTERNATIVES.exec(source);
      if (plain) {
        at += plain[0].length;
        return [{ k: 'alt', options: plainAlternatives(plain[1] as string) }];
      }
      at++;
      return [{ k: 'alt', options: alternatives(')') }];
    }
    if (c === '[') {
      at++;
      const seq = sequence(']');
      at++;
      if (seq.length === 0) fail('empty optional words');
      return [{ k: 'opt', seq }];
    }
    if (c === '{') {
      const end = source.indexOf('}', at);
      if (end < 0) fail('missing "}"');
      const body = source.slice(at + 1, end);
      const m = /^([A-Z][A-Z0-9_]*)(?::([a-z]+))?$/.exec(body);
      if (!m) fail(`"{${body}}" is not a lexicon name (capitals, e.g. {GROUP} or {GROUP:plural})`);
      at = end + 1;
      return [{ k: 'slot', name: (m as RegExpExecArray)[1] as string, ...((m as RegExpExecArray)[2] ? { form: (m as RegExpExecArray)[2] } : {}) }];
    }
    if (c === '<' || c === '>') {
      if (c === '<' ? marks !== 0 : marks !== 1) fail(`"${c}" out of place (one "<" then one ">")`);
      marks++;
      at++;
      return [{ k: 'mark', at: c === '<' ? 'start' : 'end' }];
    }
    if (c === '!' && at + 1 < source.length && !isSpaceCode(source.charCodeAt(at + 1))) {
      at++;
      const next = source[at] as string;
      if (next === '(') {
        at++;
        return [{ k: 'not', options: alternatives(')') }];
      }
      const inner = element();
      return [{ k: 'not', options: [inner] }];
    }
    // A word, prefix, gap or symbol: up to the next space or reserved character.
    BARE.lastIndex = at;
    // Empty only after a "!" that a reserved character follows ("!)"), as a loop would have found.
    const text = BARE.exec(source)?.[0] ?? '';
    at += text.length;
    if (text === '_') return [{ k: 'any' }];
    // The common case first: a plain lower-case word.
    if (/^[a-z0-9']+$/.test(text)) return wordNodes(text);
    const gap = /^\.\.(\d)$/.exec(text);
    if (gap) {
      const max = Number(gap[1]);
      if (max < 1 || max > 5) fail('a gap is ..1 to ..5');
      return [{ k: 'gap', max }];
    }
    if (text.startsWith('..')) fail(`"${text}" is not a gap (write ..1 to ..5)`);
    if (/[A-Z]/.test(text)) fail(`"${text}" has capitals (phrases are lower case; lexicon names go in braces)`);
    if (/^[a-z]{3,}~$/.test(text)) return [{ k: 'masked', w: text.slice(0, -1) }];
    if (text.endsWith('~')) fail(`"${text}": a masked word is three letters or more, then ~`);
    if (text.length > 1 && text.endsWith('*') && /^[a-z0-9']+\*$/.test(text)) {
      // An apostrophe before a prefix is a token of its own in drafts ("'kill*" is "'" then "kill*"); one after it
      // could never be met, since the prefix runs on into the word.
      if (text.endsWith("'*")) fail(`the prefix "${text}" ends with an apostrophe (write the word, or the prefix without it)`);
      const lead = text.length - text.replace(/^'+/, '').length;
      const p = text.slice(lead, -1);
      if (p.length < 3) fail(`the prefix "${text}" is too short (three letters at least)`);
      return lead > 0 ? [{ k: 'word', w: text.slice(0, lead) }, { k: 'prefix', p }] : [{ k: 'prefix', p }];
    }
    return literalTokens(text).flatMap(wordNodes);
  };
  const nodes = sequence('');
  if (marks === 1) fail('"<" without ">"');
  return nodes;
}

const lexiconItems = new Map<string, Node[]>();

/**
 * A lexicon item parsed, remembered: the spelling repair and the hate conditions read the shared word lists at start
 * (lexicon-words.ts), and the matcher the same items again when a draft first reaches a list. The nodes are shared:
 * nothing may change them.
 */
export function parseLexiconItem(source: string): Node[] {
  let nodes = lexiconItems.get(source);
  if (!nodes) lexiconItems.set(source, (nodes = parsePhrase(source)));
  return nodes;
}

/** How many gaps a phrase holds, its options counted at their most. */
export function gapCount(nodes: readonly Node[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.k === 'gap') n++;
    else if (node.k === 'opt') n += gapCount(node.seq);
    else if (node.k === 'alt') n += Math.max(...node.options.map(gapCount));
  }
  return n;
}

/** Writes nodes back as phrase text (for messages and the generated docs). */
export function showPhrase(nodes: readonly Node[]): string {
  const seq = (list: readonly Node[]): string => list.map(one).join(' ').replace(/< /g, '<').replace(/ >/g, '>');
  const one = (node: Node): string => {
    switch (node.k) {
      case 'word':
        return node.w;
      case 'prefix':
        return `${node.p}*`;
      case 'masked':
        return `${node.w}~`;
      case 'any':
        return '_';
      case 'gap':
        return `..${node.max}`;
      case 'alt':
        return `(${node.options.map(seq).join(' | ')})`;
      case 'opt':
        return `[${seq(node.seq)}]`;
      case 'slot':
        return `{${node.name}${node.form ? `:${node.form}` : ''}}`;
      case 'not':
        return `!(${node.options.map(seq).join(' | ')})`;
      case 'mark':
        return node.at === 'start' ? '<' : '>';
    }
  };
  return seq(nodes);
}
