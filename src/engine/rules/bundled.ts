/**
 * The data rules shipped with the extension (`rules/*.yaml`, compiled by `npm run rules` into
 * `catalogue.generated.ts`), their phrases compiled into one index on first use.
 */
import { CATALOGUE } from './catalogue.generated';
import { compileCatalogue } from './data';
import type { CompiledCatalogue } from './data';

let compiled: CompiledCatalogue | undefined;

export function bundledCatalogue(): CompiledCatalogue {
  compiled ??= compileCatalogue(CATALOGUE);
  return compiled;
}
