/**
 * Reads a pack from the text of a JSON file and says where each problem is, as a school admin would want it:
 * "line 34, column 18: rules.complaint.clause.quote must be a string". Shared by the `pack` command and the pages
 * that import a pack. Pure: no browser or Node API.
 *
 * Bounded whatever the text: a file over PACK_LIMITS.bytes is refused before it is read, nesting deeper than
 * PACK_LIMITS.depth is refused where it starts (so no stack overflows), at most PACK_LIMITS.errors problems are
 * shown (the rest are counted), and locating them is one pass over the text.
 */
import type { Pack } from '../engine/types';
import { checkPack, firstErrors, moreProblems, PACK_LIMITS } from './schema';
import type { PackError } from './schema';

export interface Place {
  line: number;
  column: number;
}

export interface LocatedError {
  /** Where in the text, when it can be found. */
  place?: Place;
  message: string;
}

/**
 * A pack, or why not: the first PACK_LIMITS.errors problems, each located, then "and N more problems" when there
 * are more; `total` counts them all.
 */
export type ReadPack = { ok: true; pack: Pack } | { ok: false; errors: LocatedError[]; total: number };

/** "line 3, column 5: message", or the message alone when there is no place. */
export function formatLocated(error: LocatedError): string {
  return error.place ? `line ${error.place.line}, column ${error.place.column}: ${error.message}` : error.message;
}

/** Finds the line and column of offsets in `source`: one pass to find where lines start, then a search per offset. */
function placesIn(source: string): (offset: number) => Place {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
}

/** The size of `source` in bytes of UTF-8, counted without making a copy. */
function utf8Bytes(source: string): number {
  let bytes = 0;
  for (let i = 0; i < source.length; i++) {
    const unit = source.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < source.length) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Why a pack file of `bytes` bytes is refused before it is read, or undefined when it may be read. */
export function packTooLarge(bytes: number): string | undefined {
  if (bytes <= PACK_LIMITS.bytes) return undefined;
  return `This pack is ${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB; a pack may be at most ${PACK_LIMITS.bytes / 1024} KB`;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** True when the message is whole; otherwise it follows "This is not valid JSON: ". */
    readonly whole = false,
  ) {
    super(message);
  }
}

/**
 * Walks JSON text, recording where each member's key (and each array item) starts, by path, and in `values` (when
 * given) where each value starts. Throws a JsonSyntaxError at the first thing that is not JSON.
 */
function scan(source: string, values?: Map<string, number>): Map<string, number> {
  const places = new Map<string, number>();
  let i = 0;
  const space = (): void => {
    while (i < source.length && ' \t\n\r'.includes(source[i] as string)) i++;
  };
  const fail = (what: string): never => {
    const found = i < source.length ? `"${source[i]}"` : 'the end of the text';
    throw new JsonSyntaxError(`expected ${what} but found ${found}`, i);
  };
  const string = (): string => {
    if (source[i] !== '"') fail('a string in double quotes');
    const start = i++;
    while (i < source.length && source[i] !== '"') {
      if (source[i] === '\\') i++;
      else if (source.charCodeAt(i) < 0x20) throw new JsonSyntaxError('a string must not run across lines', i);
      i++;
    }
    if (i >= source.length) throw new JsonSyntaxError('this string is never closed', start);
    i++;
    return JSON.parse(source.slice(start, i)) as string;
  };
  const value = (path: string, depth: number): void => {
    space();
    values?.set(path, i);
    const c = source[i];
    if ((c === '{' || c === '[') && depth >= PACK_LIMITS.depth) {
      throw new JsonSyntaxError(`This is not a pack: lists and objects nest more than ${PACK_LIMITS.depth} deep (a pack needs 4)`, i, true);
    }
    if (c === '{') {
      i++;
      space();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        const keyAt = i;
        const key = string();
        const childPath = path ? `${path}.${key}` : key;
        places.set(childPath, keyAt);
        space();
        if (source[i] !== ':') fail('":" after the key');
        i++;
        value(childPath, depth + 1);
        space();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === '}') {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    } else if (c === '[') {
      i++;
      space();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        space();
        const childPath = path ? `${path}.${index}` : String(index);
        places.set(childPath, i);
        value(childPath, depth + 1);
        space();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === ']') {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    } else if (c === '"') {
      string();
    } else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(i, i + 400));
      if (!literal) fail('a value (a string in double quotes, a number, true, false, null, an object or a list)');
      i += (literal as RegExpExecArray)[0].length;
    }
  };
  value('', 0);
  space();
  if (i < source.length) fail('the end of the text after the pack');
  return places;
}

export interface ReadOptions {
  /**
   * Further reasons to refuse the pack (its id is taken, say), located like the schema's. Asked whenever the pack's
   * id is one, even when the pack has other problems: they are all said at once.
   */
  refuse?: (pack: Pick<Pack, 'id'>) => PackError[];
}

/** The pack's id when the id itself is right, whatever else is wrong with the pack. */
function usableId(json: unknown, errors: readonly PackError[]): string | undefined {
  const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
  return typeof id === 'string' && !errors.some((error) => error.path[0] === 'id') ? id : undefined;
}

/** Parses `source` as a pack; every error says where it is. A byte-order mark at the start is skipped. */
export function readPackJson(text: string, options: ReadOptions = {}): ReadPack {
  const tooLarge = packTooLarge(text.length > PACK_LIMITS.bytes ? text.length : utf8Bytes(text));
  if (tooLarge) return { ok: false, errors: [{ message: tooLarge }], total: 1 };
  // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON, nor a column an editor counts.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const placeOf = placesIn(source);
  let places: Map<string, number>;
  try {
    places = scan(source);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const message = error.whole ? error.message : `This is not valid JSON: ${error.message}`;
      return { ok: false, errors: [{ place: placeOf(error.offset), message }], total: 1 };
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    // The scanner and JSON.parse agree on what JSON is; should they ever not, the browser's reason still helps.
    return { ok: false, errors: [{ message: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` }], total: 1 };
  }
  const checked = checkPack(json);
  const problems = checked.ok ? [] : checked.errors;
  const id = checked.ok ? checked.pack.id : usableId(json, problems);
  const refused = [...problems, ...(id !== undefined && options.refuse ? options.refuse({ id }) : [])];
  if (checked.ok && refused.length === 0) return checked;
  const unique = new Map<string, PackError>();
  for (const error of refused) if (!unique.has(error.text)) unique.set(error.text, error);
  const start = source.search(/\S|$/);
  const offsetOf = (error: PackError): number => {
    // A missing field has no place of its own: point at the object that should hold it.
    let path = error.path.map(String);
    while (path.length > 0 && !places.has(path.join('.'))) path = path.slice(0, -1);
    return (path.length > 0 ? places.get(path.join('.')) : undefined) ?? start;
  };
  // Top to bottom, as an editor shows the file (checkPack goes by the order of the keys, and JavaScript puts a key
  // such as "2" before the others); problems at one place keep their order.
  const inTextOrder = [...unique.values()].map((error) => ({ error, offset: offsetOf(error) })).sort((a, b) => a.offset - b.offset);
  const { shown, more } = firstErrors(inTextOrder);
  const errors = shown.map(({ error, offset }): LocatedError => ({ message: error.text, place: placeOf(offset) }));
  if (more > 0) errors.push({ message: moreProblems(more) });
  return { ok: false, errors, total: unique.size };
}

/**
 * Where the values of a pack's JSON text start: for each path (["staff", 1]), the line and column of its value, or of
 * the nearest value that holds it when it is missing (a rule left out: the "rules" object). Undefined for text that
 * is not JSON. For saying where something in a valid pack is, as errors say where a problem is.
 */
export function valuePlaces(text: string): ((path: readonly (string | number)[]) => Place) | undefined {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const values = new Map<string, number>();
  try {
    scan(source, values);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return undefined;
    throw error;
  }
  const placeOf = placesIn(source);
  return (path) => {
    let keys = path.map(String);
    while (keys.length > 0 && !values.has(keys.join('.'))) keys = keys.slice(0, -1);
    return placeOf(values.get(keys.join('.')) ?? 0);
  };
}
