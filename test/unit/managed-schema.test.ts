// public/managed-schema.json is what Chromium validates a trust's policy against before the extension sees it, and
// Chromium drops whatever the schema does not describe. These tests keep it in step with the pack format and with
// what the settings read from managed storage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../src/packs';
import { LOCKABLE, readManaged } from '../../src/settings';

interface Schema {
  type?: string;
  id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
}

const SCHEMA = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as Schema;
const EXAMPLE = JSON.parse(readFileSync('docs/examples/ashdown.json', 'utf8')) as unknown;

function collectIds(schema: Schema, ids = new Map<string, Schema>()): Map<string, Schema> {
  if (schema.id) ids.set(schema.id, schema);
  for (const child of [...Object.values(schema.properties ?? {}), schema.additionalProperties, schema.items]) {
    if (child) collectIds(child, ids);
  }
  return ids;
}
const IDS = collectIds(SCHEMA);

const typeOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : value === null ? 'null' : typeof value;

/** What Chromium would hand the extension: the value with everything the schema does not describe left out. */
function asChromiumKeeps(value: unknown, schema: Schema): unknown {
  const resolved = schema.$ref ? IDS.get(schema.$ref) : schema;
  if (!resolved) throw new Error(`unknown $ref ${schema.$ref}`);
  const type = typeOf(value);
  if (resolved.type !== type && !(resolved.type === 'number' && type === 'integer')) return undefined;
  if (resolved.enum && !resolved.enum.includes(value)) return undefined;
  if (type === 'array') return (value as unknown[]).map((item) => asChromiumKeeps(item, resolved.items ?? {}));
  if (type === 'object') {
    const kept: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childSchema = resolved.properties?.[key] ?? resolved.additionalProperties;
      const keptChild = childSchema ? asChromiumKeeps(child, childSchema) : undefined;
      if (keptChild !== undefined) kept[key] = keptChild;
    }
    return kept;
  }
  return value;
}

function keysUsed(schema: Schema, keys = new Set<string>()): Set<string> {
  for (const key of Object.keys(schema)) keys.add(key);
  for (const child of [...Object.values(schema.properties ?? {}), schema.additionalProperties, schema.items]) {
    if (child) keysUsed(child, keys);
  }
  return keys;
}

describe('the managed storage schema', () => {
  it('is the one manifest.json names', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { storage?: { managed_schema?: string } };
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
  });

  it('uses only what Chromium’s policy schemas understand', () => {
    const known = ['type', 'id', '$ref', 'title', 'description', 'enum', 'properties', 'additionalProperties', 'items'];
    expect([...keysUsed(SCHEMA)].filter((key) => !known.includes(key))).toEqual([]);
  });

  it('describes exactly the settings a policy can hold', () => {
    expect(Object.keys(SCHEMA.properties ?? {}).sort()).toEqual(['lock', 'packs', 'role', 'routes', 'schools', 'sites']);
    expect(SCHEMA.properties?.lock?.items?.enum).toEqual([...LOCKABLE]);
  });

  it.each([...BUNDLED_PACKS.map((pack) => [pack.id, JSON.parse(JSON.stringify(pack)) as unknown] as const), ['ashdown (docs/examples)', EXAMPLE] as const])(
    'lets a whole pack through unchanged: %s',
    (_id, pack) => {
      const packsSchema = SCHEMA.properties?.packs as Schema;
      expect(asChromiumKeeps([pack], packsSchema)).toEqual([pack]);
    },
  );

  it('lets the policy in docs/deploying.md through unchanged, and the settings read all of it', () => {
    const docs = readFileSync('docs/deploying.md', 'utf8');
    const json = /```json\n(\{\n {2}"role"[\s\S]*?\n\})\n```/.exec(docs)?.[1];
    expect(json, 'the example policy in docs/deploying.md').toBeDefined();
    const policy = JSON.parse(json as string) as unknown;
    expect(asChromiumKeeps(policy, SCHEMA)).toEqual(policy);
    expect(readManaged(policy).problems).toEqual([]);
  });
});
