/**
 * The model shipped with the extension: the binary model file `model.bin` beside this module, written by
 * `npm run train`. It ships as a file of its own, not inside the code: compressed in the package it is about 23 KB
 * smaller than the same bytes as base64 text. Whoever hosts the engine installs its bytes once, before the first
 * verdict: the worker fetches the packaged file (src/background/worker.ts); Node, for the tests and the command-line
 * tools, reads it from disk (scripts/model-file.ts). The engine itself reads no file and makes no request.
 */
import { decodeModel } from './model';
import type { Model } from './model';

/** Undefined until installed; null when there is no model (the engine then judges by its rules alone). */
let model: Model | null | undefined;

/** Installs the model file's bytes (null: no model), decoding them now. Throws on bytes that are not a model file. */
export function installBundledModel(bytes: Uint8Array | null): void {
  model = bytes ? decodeModel(bytes) : null;
}

/** The bundled model, or null when there is none. Throws when no model was installed: a verdict would be silently worse. */
export function bundledModel(): Model | null {
  if (model === undefined) throw new Error('Second Thought: the model file was not loaded (installBundledModel) before the first verdict');
  return model;
}
