/**
 * The names a school pack gives (its name, short name, aliases and staff), prepared once and found in a draft in
 * one pass, for one school or many at once (PRODUCT.md §3: strong signs that a draft is about the school).
 *
 * Cost: preparing is linear in the size of the names; finding is linear in the draft, each place a name may start
 * walking a trie of the names' words no deeper than the longest name (and, for a school's few first words, only the
 * places one of them stands, found by one pattern). Neither grows with the number of names or
 * schools beyond that. A prepared set is cached by its content, so the same names in a new pack object (a pack
 * with a category muted, or read again from storage after a settings change) are not prepared again.
 *
 * A name matches where the folded text holds it with no letter or digit either side, the longest name at each
 * place and the next search after its end (as one `(?<![a-z0-9])(?:…)(?![a-z0-9])` expression would). A handle
 * ("@bextonprimary") matches when it holds a name with everything but letters and digits taken out.
 */
import { normalise } from './normalise';
import type { Pack } from './types';

/** One school's names found in a draft: normalised [start, end). */
export interface NameSpan {
  start: number;
  end: number;
}

export interface SchoolNames {
  /** Every name (school or staff) and every handle that names the school, in text order. */
  refs: NameSpan[];
  /** The school's own names alone (not its staff), in text order: who a new page or account claims to be. */
  own: NameSpan[];
}

/** The names of one or more packs, ready to find. */
export interface PreparedNames {
  /** How many packs the names came from. */
  readonly schools: number;
  /** Root children: first token → node. */
  readonly root: Map<string, number>;
  /** 1 at `tokenKey` of every first token: most words of a draft start no name, and are passed over unsliced. */
  readonly firstKeys: Uint8Array;
  /** `${node} ${token}` → node. */
  readonly next: Map<string, number>;
  /** 1 at `tokenKey` of every token past a name's first: a token that continues no name is not sliced to look it up. */
  readonly nextKeys: Uint8Array;
  /** Per node: the channels a name ending there belongs to (see `channel`), or undefined. */
  readonly ends: (number[] | undefined)[];
  /** Handles, compacted to letters and digits, each with the schools whose names gave it. */
  readonly handles: Map<string, number[]>;
  /**
   * Where a name may start, as one pattern: a first token at a place a name can start (`findNames`), for names with at
   * most MAX_FIRST_TOKENS first tokens (else null: every place is walked). A long draft's walk read every word of it.
   */
  readonly firstTokens: RegExp | null;
  /** Distinct handle lengths, ascending. */
  readonly handleLengths: number[];
  /** The first four characters of every handle. */
  readonly handleStarts: Set<string>;
}

/** Counters for tests: how often names were prepared, and how many trie steps finding them took. */
export const nameStats = { prepared: 0, steps: 0 };

/** A handle longer than this is not one anybody uses; only its first characters are searched for a name. */
const MAX_HANDLE = 64;
const HANDLE_RE = /@[a-z0-9_]{3,}/g;

/** Past this many first tokens, names are found by walking every place (a pattern of thousands compiles slowly). */
const MAX_FIRST_TOKENS = 64;

/**
 * The first tokens as one global pattern: a token of letters and digits whole, or one other character, with no
 * letter or digit before it (where `findNames` walks from). A match is one whole token, so the next place to walk
 * from is not inside it.
 */
function firstTokensPattern(tokens: readonly string[]): RegExp | null {
  if (tokens.length === 0 || tokens.length > MAX_FIRST_TOKENS) return null;
  const escaped = tokens.map((t) =>
    isAlnum(t.charCodeAt(0)) ? `${t}(?![a-z0-9])` : `\\u${t.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return new RegExp(`(?<![a-z0-9])(?:${escaped.join('|')})`, 'g');
}

/** Channel 2s collects every name of school s; channel 2s + 1 only its own names (not staff). */
const channel = (school: number, own: boolean): number => school * 2 + (own ? 1 : 0);

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** End of the token starting at `i`: a run of letters and digits, or any one other code unit. */
function tokenEnd(text: string, i: number): number {
  if (!isAlnum(text.charCodeAt(i))) return i + 1;
  let j = i + 1;
  while (j < text.length && isAlnum(text.charCodeAt(j))) j++;
  return j;
}

/** A token's first and last code and length, hashed to 12 bits: tokens with different keys are different. */
const tokenKey = (first: number, last: number, length: number): number => (Math.imul(first, 961) + Math.imul(last, 31) + length) & 4095;

/** The folded forms of a pack's names: [text, own] (own: the school's name rather than a member of staff's). */
function foldedNames(pack: Pack): [string, boolean][] {
  const out: [string, boolean][] = [];
  const add = (raw: string, own: boolean): void => {
    const folded = normalise(raw).text.trim();
    if (folded.length >= 2 && folded !== 'your school') out.push([folded, own]);
  };
  add(pack.name, true);
  add(pack.shortName, true);
  for (const alias of pack.aliases) add(alias, true);
  for (const name of pack.staff ?? []) add(name, false);
  return out;
}

function build(packs: readonly Pack[]): PreparedNames {
  nameStats.prepared++;
  const root = new Map<string, number>();
  const next = new Map<string, number>();
  const ends: (number[] | undefined)[] = [undefined];
  const handles = new Map<string, number[]>();
  const addTo = (list: number[] | undefined, value: number): number[] => {
    if (!list) return [value];
    if (!list.includes(value)) list.push(value); // a list holds at most two channels per school
    return list;
  };
  packs.forEach((pack, school) => {
    for (const [name, own] of foldedNames(pack)) {
      let node = 0;
      for (let i = 0; i < name.length; ) {
        const j = tokenEnd(name, i);
        const token = name.slice(i, j);
        const key = node === 0 ? token : `${node} ${token}`;
        const map = node === 0 ? root : next;
        let child = map.get(key);
        if (child === undefined) {
          child = ends.length;
          ends.push(undefined);
          map.set(key, child);
        }
        node = child;
        i = j;
      }
      let list = addTo(ends[node], channel(school, false));
      if (own) list = addTo(list, channel(school, true));
      ends[node] = list;
      const compact = name.replace(/^@/, '').replace(/[^a-z0-9]/g, '');
      if (compact.length >= 4) {
        const owners = handles.get(compact);
        if (!owners) handles.set(compact, [school]);
        else if (owners[owners.length - 1] !== school) owners.push(school);
      }
    }
  });
  const keysOf = (tokens: Iterable<string>): Uint8Array => {
    const keys = new Uint8Array(4096);
    for (const token of tokens) keys[tokenKey(token.charCodeAt(0), token.charCodeAt(token.length - 1), token.length)] = 1;
    return keys;
  };
  const firstKeys = keysOf(root.keys());
  // A key of `next` is "node token": the token is what follows the first space.
  const nextKeys = keysOf([...next.keys()].map((key) => key.slice(key.indexOf(' ') + 1)));
  const lengths = new Set<number>();
  const handleStarts = new Set<string>();
  for (const handle of handles.keys()) {
    lengths.add(handle.length);
    handleStarts.add(handle.slice(0, 4));
  }
  const firstTokens = firstTokensPattern([...root.keys()]);
  return { schools: packs.length, root, firstKeys, next, nextKeys, ends, firstTokens, handles, handleLengths: [...lengths].sort((a, b) => a - b), handleStarts };
}

/** The names of a pack as one string: two packs with the same names share their prepared form. */
function contentKey(pack: Pack): string {
  return JSON.stringify([pack.name, pack.shortName, pack.aliases, pack.staff ?? []]);
}

const byPack = new WeakMap<Pack, string>();
/** A new pack object sharing the lists of one seen before (a category muted) is known by its aliases list. */
const byAliases = new WeakMap<readonly string[], { pack: Pack; key: string }>();

function keyOf(pack: Pack): string {
  let key = byPack.get(pack);
  if (key !== undefined) return key;
  const seen = byAliases.get(pack.aliases);
  if (seen && seen.pack.name === pack.name && seen.pack.shortName === pack.shortName && seen.pack.staff === pack.staff) {
    key = seen.key;
  } else {
    key = contentKey(pack);
    byAliases.set(pack.aliases, { pack, key });
  }
  byPack.set(pack, key);
  return key;
}
/** Prepared names by content, most recently used last; a few are kept (the chosen schools, alone and together). */
const byContent = new Map<string, PreparedNames>();
const KEEP = 16;

/**
 * The pack of the last call when it was one pack, and its names: drafts come one after another for the same school,
 * and this saves working out its key and reordering `byContent` each time (it is already the most recently used).
 */
let last: { pack: Pack; prepared: PreparedNames } | undefined;

/** The prepared names of `packs` (one pack, or every chosen school at once). */
export function prepareNames(packs: readonly Pack[]): PreparedNames {
  const only = packs.length === 1 ? packs[0] : undefined;
  if (only !== undefined && last?.pack === only) return last.prepared;
  const key = packs.map(keyOf).join('\n');
  let prepared = byContent.get(key);
  if (prepared) {
    byContent.delete(key);
  } else {
    prepared = build(packs);
    if (byContent.size >= KEEP) byContent.delete(byContent.keys().next().value as string);
  }
  byContent.set(key, prepared);
  last = only === undefined ? undefined : { pack: only, prepared };
  return prepared;
}

/**
 * Every school's names in the folded text, in one pass: per school, the names (longest at each place, searched on
 * after each) and the handles that hold one.
 */
export function findNames(names: PreparedNames, text: string): SchoolNames[] {
  const found: SchoolNames[] = [];
  for (let s = 0; s < names.schools; s++) found.push({ refs: [], own: [] });
  const channels = names.schools * 2;
  if (names.root.size > 0) {
    // Per channel: where its last name ended (a channel's names do not overlap), and the longest end at this start.
    const free = new Int32Array(channels);
    const best = new Int32Array(channels).fill(-1);
    const touched: number[] = [];
    let steps = 0;
    const starts = names.firstTokens;
    if (starts) starts.lastIndex = 0;
    for (let i = 0, first = 0; i < text.length; i = first) {
      // Only the places where a first token stands, when the pattern finds them: the others start no name.
      if (starts) {
        const at = starts.exec(text);
        if (!at) break;
        i = at.index;
      }
      // A name starts only where no letter or digit is before it: after a word, the place after the next character.
      const wordEnd = tokenEnd(text, i);
      first = isAlnum(text.charCodeAt(i)) ? wordEnd + 1 : wordEnd;
      if (starts) starts.lastIndex = wordEnd;
      let node = 0;
      for (let at = i; at < text.length; ) {
        // The first token is the one just read: each word's end found once, not twice.
        const end = at === i ? wordEnd : tokenEnd(text, at);
        steps++;
        if ((node === 0 ? names.firstKeys : names.nextKeys)[tokenKey(text.charCodeAt(at), text.charCodeAt(end - 1), end - at)] === 0) break;
        const token = text.slice(at, end);
        const child = node === 0 ? names.root.get(token) : names.next.get(`${node} ${token}`);
        if (child === undefined) break;
        node = child;
        at = end;
        const owners = names.ends[node];
        if (!owners || (at < text.length && isAlnum(text.charCodeAt(at)))) continue;
        for (const c of owners) {
          if (i < (free[c] as number)) continue;
          if ((best[c] as number) < 0) touched.push(c);
          best[c] = at;
        }
      }
      if (touched.length === 0) continue;
      for (const c of touched) {
        const end = best[c] as number;
        const school = found[c >> 1] as SchoolNames;
        (c & 1 ? school.own : school.refs).push({ start: i, end });
        free[c] = end;
        best[c] = -1;
      }
      touched.length = 0;
    }
    nameStats.steps += steps;
  }
  // Every handle starts with "@": most drafts hold none.
  if (names.handles.size > 0 && text.includes('@')) findHandles(names, text, found);
  return found;
}

/**
 * Handles ("@bextonprimary") that hold one of a school's names, letters and digits only. Each place in the handle
 * is looked up by its first four characters before any longer slice is: a handle's cost is its length, times the
 * distinct lengths of the names only where a name starts.
 */
function findHandles(names: PreparedNames, text: string, found: SchoolNames[]): void {
  const handleRefs: NameSpan[][] = found.map(() => []);
  HANDLE_RE.lastIndex = 0;
  for (let m = HANDLE_RE.exec(text); m; m = HANDLE_RE.exec(text)) {
    const handle = m[0].slice(1, 1 + MAX_HANDLE);
    const schools = new Set<number>();
    for (let from = 0; from + 4 <= handle.length; from++) {
      nameStats.steps++;
      if (!names.handleStarts.has(handle.slice(from, from + 4))) continue;
      for (const length of names.handleLengths) {
        if (from + length > handle.length) break;
        nameStats.steps++;
        for (const school of names.handles.get(handle.slice(from, from + length)) ?? []) schools.add(school);
      }
    }
    for (const school of schools) handleRefs[school]?.push({ start: m.index, end: m.index + m[0].length });
  }
  // Handles join the school's references in text order.
  found.forEach((school, s) => {
    const extra = handleRefs[s] as NameSpan[];
    if (extra.length > 0) school.refs = mergeSpans(school.refs, extra);
  });
}

function mergeSpans(a: readonly NameSpan[], b: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      out.push(x as NameSpan);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** One pack's names in the folded text. */
export function findPackNames(pack: Pack, text: string): SchoolNames {
  return findNames(prepareNames([pack]), text)[0] as SchoolNames;
}
