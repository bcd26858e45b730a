/** The rule engine's public API: pure TypeScript, shared by the worker, the tests and the `check` tool. */
export { analyzeDraft } from './analyze';
export { normalise, toOriginalSpan } from './normalise';
export type { Normalised } from './normalise';
export * from './types';
