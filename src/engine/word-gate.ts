/**
 * Which words a sentence must hold for a word-list pattern to match it, worked out from the pattern's own source:
 * the annotation pass tests a pattern only in sentences that hold one (most sentences name no parent, pupil or
 * shop), so a word added to a list is gated on at once, with nothing kept by hand beside it.
 *
 * For each alternative of the list, one part every match of it holds (a literal word, or a group of them) that
 * starts a word: nothing but a non-word character (not a letter, digit, apostrophe or `*`) can stand before it, or it
 * opens the alternative, which the pattern lets only a non-word character or `*` precede. The part's literal start
 * (up to its first optional or non-literal piece) is then the start of one of the sentence's tokens ("thank" for
 * "thanks?", "council" for "council(?:lors?)?"), unless a `*` stands before it or the sentence starts inside a word:
 * such sentences are always tested (`annotate`). The longest such starts are chosen, as the rarest (on a tie the
 * later part: "ref" of "the ref", not "the").
 */

/** One piece of a pattern: a literal character, a class, a group of alternatives, or something that takes no text. */
type Piece =
  | { k: 'char'; c: string; min: number; max: number }
  | { k: 'class'; nonWord: boolean; min: number; max: number }
  | { k: 'group'; options: Piece[][]; min: number; max: number }
  | { k: 'none' };

const isWordChar = (c: string): boolean => /^[a-z0-9'*]$/.test(c);

/** The pieces of a regular-expression source, in the subset the word lists use; throws on anything else. */
function parse(source: string): Piece[][] {
  let at = 0;
  const quantified = (p: Exclude<Piece, { k: 'none' }>): Piece => {
    const c = source[at];
    if (c === '?' || c === '*' || c === '+') {
      at++;
      p.min = c === '+' ? 1 : 0;
      p.max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(at));
      if (!m) throw new Error(`word gate: a brace in ${source}`);
      at += m[0].length;
      p.min = Number(m[1]);
      p.max = m[2] === undefined ? p.min : m[2] === '' ? Infinity : Number(m[2]);
    }
    // A lazy quantifier matches the same texts.
    if (p.max !== 1 || p.min !== 1) if (source[at] === '?') at++;
    return p;
  };
  // Something that takes no text: a quantifier after it is not in the subset.
  const none = (): Piece => {
    if (/[?*+{]/.test(source[at] ?? '')) throw new Error(`word gate: a quantified assertion in ${source}`);
    return { k: 'none' };
  };
  const options = (): Piece[][] => {
    const out: Piece[][] = [[]];
    while (at < source.length && source[at] !== ')') {
      const c = source[at++] as string;
      const seq = out[out.length - 1] as Piece[];
      if (c === '|') out.push([]);
      else if (c === '(') {
        const look = /^\?(?:<?[=!])/.exec(source.slice(at));
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(source.slice(at));
        if (look) at += look[0].length;
        else if (named) at += named[0].length;
        else if (source.startsWith('?:', at)) at += 2;
        else if (source[at] === '?') throw new Error(`word gate: a group it does not know in ${source}`);
        const inner = options();
        if (source[at++] !== ')') throw new Error(`word gate: an unclosed group in ${source}`);
        seq.push(look ? none() : quantified({ k: 'group', options: inner, min: 1, max: 1 }));
      } else if (c === '[') {
        let end = at;
        while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
        const body = source.slice(at, end);
        at = end + 1;
        // Only a plain list of characters is known to hold no word character ("[- ]").
        const plain = !body.startsWith('^') && !body.includes('\\') && !/.-./.test(body);
        seq.push(quantified({ k: 'class', nonWord: plain && ![...body].some(isWordChar), min: 1, max: 1 }));
      } else if (c === '\\') {
        const e = source[at] as string;
        // A letter or digit escaped is a class or a code (\d, \n, \u0041, a back-reference): read as any character.
        const code = /^(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|[0-9]+|[A-Za-z])/.exec(source.slice(at));
        at += code ? code[0].length : 1;
        if (e === 'b' || e === 'B') seq.push(none());
        else if (code) seq.push(quantified({ k: 'class', nonWord: e === 's', min: 1, max: 1 }));
        else seq.push(quantified({ k: 'char', c: e, min: 1, max: 1 }));
      } else if (c === '^' || c === '$') seq.push(none());
      else if (c === '.') seq.push(quantified({ k: 'class', nonWord: false, min: 1, max: 1 }));
      else seq.push(quantified({ k: 'char', c, min: 1, max: 1 }));
    }
    return out;
  };
  const out = options();
  if (at !== source.length) throw new Error(`word gate: an unopened group in ${source}`);
  return out;
}

/** Whether every text a sequence can end with ends in a non-word character; `empty`: or it may take no text at all. */
function endsNonWord(seq: Piece[], to: number): 'yes' | 'no' | 'empty' {
  for (let i = to - 1; i >= 0; i--) {
    const p = seq[i] as Piece;
    if (p.k === 'none' || p.max === 0) continue;
    const last = p.k === 'char' ? (isWordChar(p.c) ? 'no' : 'yes') : p.k === 'class' ? (p.nonWord ? 'yes' : 'no') : endsOfOptions(p.options);
    if (last === 'no') return 'no';
    if (last === 'yes' && p.min > 0) return 'yes';
  }
  return 'empty';
}

function endsOfOptions(options: Piece[][]): 'yes' | 'no' | 'empty' {
  const ends = options.map((o) => endsNonWord(o, o.length));
  return ends.includes('no') ? 'no' : ends.includes('empty') ? 'empty' : 'yes';
}

/** The run of single letters and digits every match of seq[from…] begins with ("nt" of "nt"), and where it ends. */
function literalAt(seq: Piece[], from: number): { text: string; to: number } {
  let text = '';
  let i = from;
  for (; i < seq.length; i++) {
    const q = seq[i] as Piece;
    if (q.k !== 'char' || q.min !== 1 || q.max !== 1 || !/^[a-z0-9]$/.test(q.c)) break;
    text += q.c;
  }
  return { text, to: i };
}

/**
 * The literal starts every match of seq[from…] begins with (letters and digits), or null. An option of a group that
 * is nothing but letters runs on into the letters after the group: "(?:is|was)nt" starts "isnt" or "wasnt", where
 * "is" or "was" opened the gate at every "is" and "was".
 */
function startsOf(seq: Piece[], from: number): string[] | null {
  const p = seq[from];
  if (!p || p.k === 'none' || p.k === 'class' || p.min === 0) return null;
  if (p.k === 'group') {
    const after = p.max === 1 ? literalAt(seq, from + 1).text : '';
    const out: string[] = [];
    for (const o of p.options) {
      const starts = startsOf(o, 0);
      if (!starts) return null;
      out.push(...(literalAt(o, 0).to === o.length ? starts.map((w) => w + after) : starts));
    }
    return out;
  }
  const { text } = literalAt(seq, from);
  return text === '' ? null : [text];
}

/** Whether each of `words` starts with one of `starts`: a gate holding `starts` opens wherever they would. */
const covered = (words: readonly string[], starts: ReadonlySet<string>): boolean => words.every((w) => [...starts].some((s) => w.startsWith(s)));

/** The longest run of single literal characters every match of the sequence holds ("a&e", "/s"). */
function literalRun(seq: Piece[]): string {
  let best = '';
  let run = '';
  for (const p of seq) {
    if (p.k === 'none') continue;
    if (p.k === 'char' && p.min === 1 && p.max === 1) run += p.c;
    else run = '';
    if (run.length > best.length) best = run;
  }
  return best;
}

import { listSize } from './keyed-files';

/** What a sentence must hold for a pattern to match in it: the start of one of its tokens, or a piece of its text. */
export interface WordGate {
  starts: string[];
  pieces: string[];
}

/**
 * What a sentence must hold for `list`, joined as alternatives, to match in it (see above); null when some
 * alternative holds nothing to ask for. An alternative whose word starts are single letters ("a" of "a&e") asks
 * instead for its longest literal piece, when that is longer.
 */
export function wordGate(list: readonly string[]): WordGate | null {
  const starts = new Set<string>();
  const pieces = new Set<string>();
  const shortest = (s: string[]): number => Math.min(...s.map((w) => w.length));
  // Per alternative, the parts it may be gated on, the chosen one first.
  const choices: string[][][] = [];
  for (const seq of parse(list.join('|'))) {
    let best: string[] | null = null;
    const parts: string[][] = [];
    for (let i = 0; i < seq.length; i++) {
      // Most parts start inside a word, which the piece before tells at once: asked first.
      if (endsNonWord(seq, i) === 'no') continue;
      const found = startsOf(seq, i);
      if (!found) continue;
      parts.push(found);
      if (!best || shortest(found) >= shortest(best)) best = found;
    }
    const piece = literalRun(seq);
    if (piece.length >= 2 && (!best || shortest(best) < 2)) pieces.add(piece);
    else if (best) choices.push([best, ...parts.filter((part) => part !== best)]);
    else return null;
  }
  // An alternative with one part to choose is gated on it. One with several is gated on a part whose words the
  // starts already kept open for ("no" of "no one", where its own choice "one" opened the gate at every "one"), or
  // else on its choice; either way each alternative's part is opened for by the starts kept.
  for (const parts of choices) if (parts.length === 1) for (const w of parts[0] as string[]) starts.add(w);
  for (const parts of choices) {
    if (parts.length === 1) continue;
    if (parts.some((part) => covered(part, starts))) continue;
    for (const w of parts[0] as string[]) starts.add(w);
  }
  // A start that begins with another is opened for by it.
  const kept = [...starts].filter((w) => ![...starts].some((s) => s !== w && w.startsWith(s)));
  return { starts: kept, pieces: [...pieces] };
}

/**
 * Whether a text holds something the gate asks for, a word start or a piece, anywhere in it (null asks nothing): looser
 * than the tokens annotate reads, so it never shuts where the pattern could match (speech.ts's frames read it).
 */
export const textOpens = (gate: WordGate | null, text: string): boolean =>
  gate === null || gate.starts.some((w) => text.includes(w)) || gate.pieces.some((w) => text.includes(w));

/** A list's gate as `npm run rules` works it out ahead (word-gates.generated.ts), with the size of the list it was made from. */
export interface ShippedGate {
  of: string;
  gate: WordGate | null;
}

export const shipGate = (list: readonly string[]): ShippedGate => ({ of: listSize(list), gate: wordGate(list) });

/**
 * The list's gate: the shipped one when it was made from a list of this size (keyed.ts `listSize`; a fresh worker
 * then derives none: working the five out cost it about 2 ms of its start), or else worked out here.
 */
export function gateOf(list: readonly string[], shipped: ShippedGate | undefined): WordGate | null {
  return shipped !== undefined && shipped.of === listSize(list) ? shipped.gate : wordGate(list);
}
