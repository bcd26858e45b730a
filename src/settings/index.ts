/**
 * Settings: the user's own (schema.ts, storage.sync), a school's or trust's policy (managed.ts, storage.managed) and
 * how they combine (effective.ts). All pure; store.ts is the one file that touches browser storage.
 */
export * from './schema';
export * from './managed';
export * from './effective';
