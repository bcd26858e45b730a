/**
 * Reading the files the command-line tools are given (`check`, `pack`): a file that cannot be read, or a pack file
 * that is not a valid pack, becomes lines a person can act on ("FILE: no such file", "FILE:LINE:COLUMN: what is
 * wrong"), never a stack trace. Packs are read by src/packs/locate.ts, as the settings pages read them.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Pack } from '../src/engine/types';
import { packTooLarge, readPackJson, valuePlaces } from '../src/packs/locate';
import { packWarnings } from '../src/packs/warnings';

export type ReadText = { ok: true; text: string } | { ok: false; error: string };

/** The text of `file` ("-": standard input), or one line saying why it cannot be read. */
export function readText(file: string): ReadText {
  try {
    return { ok: true, text: readFileSync(file === '-' ? 0 : file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const name = file === '-' ? 'standard input' : file;
    if (code === 'ENOENT') return { ok: false, error: `${name}: no such file` };
    if (code === 'EISDIR') return { ok: false, error: `${name}: is a folder, not a file` };
    if (code === 'EACCES') return { ok: false, error: `${name}: permission denied` };
    return { ok: false, error: `${name}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})` };
  }
}

/**
 * A pack (with the file's text, to say where things in it are), or why not: the file cannot be read (one line), or
 * it is not a valid pack (a line for each problem located, at most PACK_LIMITS.errors of them, then "and N more
 * problems"; `total` counts them all).
 */
export type ReadPackFile = { ok: true; pack: Pack; text: string } | { ok: false; unreadable: boolean; errors: string[]; total: number };

/** The pack in `file`, or its problems, each located as FILE:LINE:COLUMN where the place is known. */
export function readPackFile(file: string): ReadPackFile {
  // A file far too large to be a pack is refused before it is read into memory.
  let size = 0;
  try {
    size = file === '-' ? 0 : statSync(file).size;
  } catch {
    // readText says why it cannot be read.
  }
  const tooLarge = packTooLarge(size);
  if (tooLarge) return { ok: false, unreadable: false, errors: [`${file}: ${tooLarge}`], total: 1 };
  const read = readText(file);
  if (!read.ok) return { ok: false, unreadable: true, errors: [read.error], total: 1 };
  const pack = readPackJson(read.text);
  if (pack.ok) return { ...pack, text: read.text };
  return {
    ok: false,
    unreadable: false,
    errors: pack.errors.map((error) => `${error.place ? `${file}:${error.place.line}:${error.place.column}` : file}: ${error.message}`),
    total: pack.total,
  };
}

/**
 * What a valid pack may do badly (src/packs/warnings.ts), one line each as FILE:LINE:COLUMN: warning: what, top to
 * bottom: said, never refused, by `pack validate` and by `check --pack` alike.
 */
export function packWarningLines(file: string, text: string, pack: Pack): string[] {
  const placeOf = valuePlaces(text);
  return packWarnings(pack)
    .map((warning) => ({ warning, place: placeOf?.(warning.path) }))
    .sort((a, b) => (a.place && b.place ? a.place.line - b.place.line || a.place.column - b.place.column : 0))
    .map(({ warning, place }) => `${place ? `${file}:${place.line}:${place.column}` : file}: warning: ${warning.message}`);
}
