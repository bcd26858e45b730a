/**
 * The model shipped with the extension: the binary model file (`model.bin`, written by `npm run train`) carried
 * inside a generated module as base64, so the worker, the tests and the `check` tool load the same bytes
 * synchronously, with no file system, no fetch and no browser API. Decoded once, on first use.
 */
import { decodeModel } from './model';
import type { Model } from './model';
import { MODEL_BASE64 } from './weights.generated';

let model: Model | null | undefined;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each ASCII code's base64 value, or -1. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * Base64 to bytes in one pass over the string: `atob` first builds a binary string as long as the model, and in a
 * one-off profile of a fresh process that string, its copy and their garbage took about 20–40 ms of its start.
 */
export function base64ToBytes(b64: string): Uint8Array {
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = b64.charCodeAt(i);
    const v = c < 128 ? (VALUE[c] as number) : -1;
    if (v < 0) throw new Error(`model file: character ${i} is not base64`);
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[o++] = (bits >>> count) & 0xff;
    }
  }
  return out;
}

/** The bundled model, or null before one has been trained (the engine then judges by its rules alone). */
export function bundledModel(): Model | null {
  if (model === undefined) model = MODEL_BASE64 ? decodeModel(base64ToBytes(MODEL_BASE64)) : null;
  return model;
}
