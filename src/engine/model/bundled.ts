/**
 * The model shipped with the extension: the binary model file (`model.bin`, written by `npm run train`) carried
 * inside a generated module as base64, so the worker, the tests and the `check` tool load the same bytes
 * synchronously, with no file system, no fetch and no browser API. Decoded once, on first use.
 */
import { decodeModel } from './model';
import type { Model } from './model';
import { MODEL_BASE64 } from './weights.generated';

let model: Model | null | undefined;

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The bundled model, or null before one has been trained (the engine then judges by its rules alone). */
export function bundledModel(): Model | null {
  if (model === undefined) model = MODEL_BASE64 ? decodeModel(base64ToBytes(MODEL_BASE64)) : null;
  return model;
}
