/**
 * The shared word lists of `rules/lexicon.yaml`, for the engine's code outside the rules: the annotation pass and
 * the hate conditions ask whether a text holds an entry ("is a group named here?"), and the spelling repair needs
 * the plain words. One source, so a group added to the lexicon is read everywhere at once.
 */
import { forEachLiteralToken, hasEdgeQuote, parseLexiconItem, withoutEdgeQuotes } from './phrases/language';
import type { Node } from './phrases/language';
import { CLASSES, PhraseCompiler } from './phrases/matcher';
import { packTriggers, PhraseIndex, triggersOf } from './phrases/phrase-index';
import type { Triggers } from './phrases/phrase-index';
import { internWords } from './phrases/token-ids';
import type { TokenIds } from './phrases/token-ids';
import type { RuleTokens } from './rule-tokens';
import type { Span } from './types';
import type { ItemStarts, Lexicon } from './phrases/matcher';
import { LEXICON, LEXICON_STARTS } from './rules/lexicon.generated';
import { ENTRY_TRIGGERS } from './entry-triggers.generated';

/**
 * The entries the engine asks about of every draft (annotate.ts: is a group named in a sentence?): `npm run rules`
 * files each one's words ahead (entry-triggers.generated.ts), so a fresh worker builds their indexes without parsing
 * the entries' items (about 2 ms of its first draft). The others (the hate conditions' IDENTITY, GROUP:plural) are
 * asked about only where a hate rule has a hit, and are filed when first asked about, as under another lexicon.
 */
export const ASKED_ENTRIES = ['GROUP_WORD'] as const;

let compiler: PhraseCompiler | undefined;
const indexes = new Map<string, PhraseIndex>();
let lexicon: Lexicon = LEXICON;

/**
 * Reads another lexicon from now on: `npm run rules` checks the cases of rule files whose lexicon may not be the
 * shipped one yet. (The spelling repair keeps the shipped words: it reads them once.)
 */
export function useLexicon(next: Lexicon): void {
  lexicon = next;
  compiler = undefined;
  indexes.clear();
  last = undefined;
  answers.clear();
}

/**
 * The last text asked about, read into tokens once, and the answers given for it by entry: the annotation pass and
 * the hate conditions ask about the same sentence entry after entry (is a group named? an identity?).
 */
let last: { text: string; tokens: string[]; ids: TokenIds } | undefined;
/** Bumped whenever `last` reads another text, so that the answers given about the text before are not read. */
let reading = 0;
/**
 * Per entry, its answer about the last text, with the reading it is for: one record per entry, rewritten, where a
 * table of answers made per text was a sixth of what asking cost a long draft.
 */
const answers = new Map<string, { reading: number; found: boolean }>();

/**
 * The index that finds one entry's matches, built on first asking: from the entry's words as filed by `npm run rules`
 * when it has them (the same index: see `entryTriggers`), else by compiling the entry.
 */
function indexOf(entry: string): PhraseIndex {
  let index = indexes.get(entry);
  if (!index) {
    compiler ??= new PhraseCompiler(lexicon, lexicon === LEXICON ? LEXICON_STARTS : undefined);
    const shipped = lexicon === LEXICON ? ENTRY_TRIGGERS[entry] : undefined;
    const source = `{${entry}}`;
    index = shipped ? new PhraseIndex([compiler.lazy(source)], shipped) : new PhraseIndex([compiler.compile(source, { alone: true })]);
    indexes.set(entry, index);
  }
  return index;
}

/** What `npm run rules` ships for the asked entries: each one's index triggers, as compiling it alone files them. */
export function entryTriggers(from: Lexicon, starts?: ItemStarts): Record<string, Triggers> {
  const entries = new PhraseCompiler(from, starts);
  return Object.fromEntries(ASKED_ENTRIES.map((e) => [e, packTriggers(triggersOf([entries.compile(`{${e}}`, { alone: true }).first]))]));
}

let finding = false;
const find = (): void => {
  finding = true;
};
/** Whether an entry's index finds a match in tokens [from, to): one receiver for every scan, not a closure per sentence. */
function scanFinds(index: PhraseIndex, tokens: readonly string[], from: number, to: number, ids: TokenIds): boolean {
  const was = finding;
  finding = false;
  index.scan(tokens, from, to, find, ids);
  const found = finding;
  finding = was;
  return found;
}

/**
 * Whether sentence `sentence` (its normalised `text` and `span`) holds a match of the entry, read from the draft's own
 * tokens (rule-tokens.ts), which the annotation pass asks of every sentence and are already split. Those tokens keep a
 * quotation mark at a word's edge as a token of its own, where `holds` drops it so that an entry reads across it ("all
 * these 'disabled' kids"); in a sentence with such a mark, the marks split off are left out, as `holds` leaves them
 * out of its text (reading the text again cost a long draft's annotation a tenth of its time).
 */
export function holdsIn(entry: string, text: string, words: RuleTokens, sentence: number, span: Span): boolean {
  const from = words.ranges[2 * sentence] as number;
  const to = words.ranges[2 * sentence + 1] as number;
  if (to <= from) return false;
  if (words.quoted[sentence] === 0) return scanFinds(indexOf(entry), words.words, from, to, words.ids);
  // The sentence's words less the marks split off their edges are the words `holds` reads in its text, unless a word
  // runs over one of its ends (a runaway sentence cut inside a word): then its text is read again.
  if (words.ends[to - 1] as number > span.end || (from > 0 && (words.ends[from - 1] as number) > span.start)) return holds(entry, text);
  if (viewIds.length < to - from) {
    viewIds = new Int32Array(2 * (to - from));
    viewWords = new Array<string>(viewIds.length);
  }
  let n = 0;
  for (let k = from; k < to; k++) {
    if (words.edges[k] === 1) continue;
    viewWords[n] = words.words[k] as string;
    viewIds[n++] = words.ids.ids[k] as number;
  }
  return scanFinds(indexOf(entry), viewWords, 0, n, { generation: words.ids.generation, ids: viewIds });
}

/** Whether a match of the entry may start at (or, indexed by its second word, just before) a token of this text. */
export const mayStartIn = (entry: string, token: string): boolean => indexOf(entry).candidates(token).length > 0;

/** A quoted sentence's words as `holds` reads them (`holdsIn`), kept between sentences. */
let viewWords: string[] = [];
let viewIds = new Int32Array(0);

/** Where the tokens of the text `holds` reads are, kept between texts. */
let starts = new Int32Array(64);
let ends = new Int32Array(64);

/**
 * The tokens of literal text less the apostrophes at their edges, with their ids: each word as the token-id table's
 * own string (`internWords`), not a slice of the text made for every token.
 */
function literalWords(text: string): { words: string[]; ids: TokenIds } {
  let count = 0;
  forEachLiteralToken(text, (from, to) => {
    if (count === starts.length) {
      const grownStarts = new Int32Array(2 * count);
      const grownEnds = new Int32Array(2 * count);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    if (hasEdgeQuote(text, from, to)) [from, to] = withoutEdgeQuotes(text, from, to);
    starts[count] = from;
    ends[count++] = to;
  });
  const words = internWords(text, starts, ends, count);
  // A text of thousands of tokens (a sentence is a few dozen) does not keep its room for the next.
  if (starts.length > 4096) {
    starts = new Int32Array(64);
    ends = new Int32Array(64);
  }
  return words;
}

/** Whether normalised text holds a match of the entry (`GROUP`, `GROUP:plural`, `IDENTITY`…). */
export function holds(entry: string, text: string): boolean {
  const index = indexOf(entry);
  if (last?.text !== text) {
    const { words, ids } = literalWords(text);
    last = { text, tokens: words, ids };
    reading++;
  }
  const answer = answers.get(entry);
  if (answer?.reading === reading) return answer.found;
  const found = scanFinds(index, last.tokens, 0, last.tokens.length, last.ids);
  if (answer) {
    answer.reading = reading;
    answer.found = found;
  } else answers.set(entry, { reading, found });
  return found;
}

/**
 * The entries the engine reads with `holds`/`holdsIn` (the hate conditions' IDENTITY, GROUP_WORD and GROUP:plural), as
 * `ENTRY:form` where one form is read. `holds` drops the apostrophes at words' edges from the text it reads, so an item
 * written with one ("immigrants'", "'til") would never be found there: `npm run rules` refuses such items in these
 * entries and in the entries they name.
 */
export const HELD_ENTRIES = ['IDENTITY', 'GROUP_WORD', 'GROUP:plural'] as const;

/**
 * Every item of the entries, in the form each is named with (all its forms when none is), and of the entries their
 * items name in turn, each entry and form once: `visit(entry, form, nodes, text)` reads an item and gives the entries
 * (`[name, form]`) it names that are to be read too.
 */
function forEachItem(
  from: Lexicon,
  entries: readonly string[],
  visit: (name: string, form: string | undefined, nodes: readonly Node[], text: string) => [string, string | undefined][],
): void {
  const seen = new Set<string>();
  const entry = (name: string, form: string | undefined): void => {
    const key = `${name}:${form ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const item of from[name] ?? []) {
      const texts = typeof item === 'string' ? [item] : form ? [item[form]] : Object.values(item);
      for (const text of texts) if (text !== undefined) for (const [n, f] of visit(name, form, parseLexiconItem(text), text)) entry(n, f);
    }
  };
  for (const [name, form] of entries.map((e) => e.split(':') as [string, string | undefined])) entry(name, form);
}

/** The parts of a phrase's nodes that may match words: options, optional parts and `!(…)` parts, read through. */
function forEachNode(nodes: readonly Node[], fn: (node: Node) => void): void {
  for (const n of nodes) {
    fn(n);
    if (n.k === 'alt' || n.k === 'not') n.options.forEach((o) => forEachNode(o, fn));
    else if (n.k === 'opt') forEachNode(n.seq, fn);
  }
}

/**
 * The items of the held entries (and of every entry they name) with an apostrophe at a word's edge, as
 * `{ENTRY}` or `{ENTRY:form}` and the item. Items are parsed: call it on a lexicon whose entries compile.
 */
export function edgeApostropheItems(from: Lexicon): string[] {
  const out: string[] = [];
  forEachItem(from, HELD_ENTRIES, (name, form, nodes, text) => {
    const named: [string, string | undefined][] = [];
    let quoted = false;
    forEachNode(nodes, (n) => {
      if (n.k === 'slot' && !CLASSES[n.name]) named.push([n.name, n.form]);
      // A draft's apostrophe at a word's edge (one or a run) is a token of its own, which `holds` leaves out.
      else if (n.k === 'word' && /^'+$/.test(n.w)) quoted = true;
    });
    if (quoted) out.push(`{${name}${form ? `:${form}` : ''}}: "${text}"`);
    return named;
  });
  return out;
}

/**
 * The single words the entries hold: items and alternatives of one word (masked ones too), through entries that
 * name other entries. A phrase of several words ("go back where they came from") gives none: its words are common.
 */
export function wordsOf(...entries: string[]): string[] {
  return wordsIn(LEXICON, ...entries);
}

/** The same, from a given lexicon (`npm run rules` reads the one it has just built, not the shipped one). */
export function wordsIn(from: Lexicon, ...entries: string[]): string[] {
  const out = new Set<string>();
  /** The item's one word (through options), or the entries it is one of, to read in turn. */
  const one = (nodes: readonly Node[], next: [string, string | undefined][]): void => {
    // An optional article does not make a phrase: "[a] plague" holds the word "plague".
    const words = nodes.filter((n) => n.k !== 'opt' || n.seq.length !== 1 || n.seq[0]?.k !== 'word');
    if (words.length !== 1) return;
    const node = words[0] as Node;
    if (node.k === 'word' || node.k === 'masked') out.add(node.w);
    else if (node.k === 'alt') node.options.forEach((o) => one(o, next));
    else if (node.k === 'slot' && !CLASSES[node.name]) next.push([node.name, node.form]);
  };
  forEachItem(from, entries, (_name, _form, nodes) => {
    const next: [string, string | undefined][] = [];
    one(nodes, next);
    return next;
  });
  return [...out];
}
