/**
 * Reads a pack from the text of a JSON file and says where each problem is, as a school admin would want it:
 * "line 34, column 18: rules.complaint.clause.quote must be a string". Shared by the `pack` command and the pages
 * that import a pack. Pure: no browser or Node API.
 */
import type { Pack } from '../engine/types';
import { checkPack } from './schema';
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

export type ReadPack = { ok: true; pack: Pack } | { ok: false; errors: LocatedError[] };

/** "line 3, column 5: message", or the message alone when there is no place. */
export function formatLocated(error: LocatedError): string {
  return error.place ? `line ${error.place.line}, column ${error.place.column}: ${error.message}` : error.message;
}

function placeOf(source: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Walks JSON text, recording where each member's key (and each array item) starts, by path. Throws a
 * JsonSyntaxError at the first thing that is not JSON.
 */
function scan(source: string): Map<string, number> {
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
  const value = (path: string): void => {
    space();
    const c = source[i];
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
        value(childPath);
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
        value(childPath);
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
  value('');
  space();
  if (i < source.length) fail('the end of the text after the pack');
  return places;
}

export interface ReadOptions {
  /** Further reasons to refuse a valid pack (its id is taken, say), located like the schema's. */
  refuse?: (pack: Pack) => PackError[];
}

/** Parses `source` as a pack; every error says where it is. */
export function readPackJson(source: string, options: ReadOptions = {}): ReadPack {
  let places: Map<string, number>;
  try {
    places = scan(source);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, errors: [{ place: placeOf(source, error.offset), message: `This is not valid JSON: ${error.message}` }] };
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    // The scanner and JSON.parse agree on what JSON is; should they ever not, the browser's reason still helps.
    return { ok: false, errors: [{ message: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const checked = checkPack(json);
  const refused = checked.ok ? (options.refuse?.(checked.pack) ?? []) : checked.errors;
  if (checked.ok && refused.length === 0) return checked;
  const seen = new Set<string>();
  const errors: LocatedError[] = [];
  for (const error of refused) {
    if (seen.has(error.text)) continue;
    seen.add(error.text);
    // A missing field has no place of its own: point at the object that should hold it.
    let path = error.path.map(String);
    while (path.length > 0 && !places.has(path.join('.'))) path = path.slice(0, -1);
    const offset = path.length > 0 ? places.get(path.join('.')) : undefined;
    errors.push({ message: error.text, place: placeOf(source, offset ?? source.search(/\S|$/)) });
  }
  return { ok: false, errors };
}
