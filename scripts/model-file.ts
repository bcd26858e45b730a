/**
 * The shipped model file, for everything that runs the engine in Node (the unit tests, `check`, `eval`, `pack`, the
 * bench): read from disk and installed, as the worker installs the packaged file (src/engine/model/bundled.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installBundledModel } from '../src/engine/model/bundled';

export const MODEL_FILE = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'src', 'engine', 'model', 'model.bin');

/**
 * `SECOND_THOUGHT_MODEL_FILE=FILE`: every Node tool and test in this process and the tools it starts judge with FILE
 * in place of the shipped model (a candidate retrain: `SECOND_THOUGHT_MODEL_FILE=F npm run test:unit` counts the unit
 * suite's cases it gets wrong, with the shipped file untouched). A file that is not there is an error, not the rules
 * alone.
 */
export const MODEL_FILE_VARIABLE = 'SECOND_THOUGHT_MODEL_FILE';

/** The model file Node judges with: the shipped one, or the one `SECOND_THOUGHT_MODEL_FILE` names. */
export function modelFilePath(): string {
  const chosen = process.env[MODEL_FILE_VARIABLE];
  if (chosen === undefined || chosen === '') return MODEL_FILE;
  if (!existsSync(chosen) || !statSync(chosen).isFile()) throw new Error(`${MODEL_FILE_VARIABLE}: ${chosen} is not a file`);
  return resolve(chosen);
}

/** For a command-line tool: installs the model as `loadModelFile` does, or ends the tool with one line saying why not (exit 2). */
export function loadModelFileOrExit(tool: string): void {
  try {
    loadModelFile();
  } catch (e) {
    process.stderr.write(`${tool}: ${(e as Error).message}\n`);
    process.exit(2);
  }
}

/** The model file's bytes, or null when none has been trained yet. */
export function readModelFile(path = modelFilePath()): Uint8Array | null {
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}

/** Installs the model in this process's engine: the shipped one (none, when there is no file), or the variable's. */
export function loadModelFile(path = modelFilePath()): void {
  installBundledModel(readModelFile(path));
}

/**
 * The same model file with another header: the weights untouched, the header (thresholds…) replaced
 * (`npm run train -- --thresholds-for FILE`). The file starts "STM4", then the header's length and its JSON
 * (src/engine/model/model.ts).
 */
export function withHeader(bytes: Uint8Array, header: object): Uint8Array {
  const rest = bytes.subarray(8 + new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true));
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + rest.length);
  out.set(bytes.subarray(0, 4), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(rest, 8 + json.length);
  return out;
}
