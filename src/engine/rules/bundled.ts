/**
 * The data rules shipped with the extension (`rules/*.yaml`, compiled by `npm run rules` into
 * `catalogue.generated.ts`), indexed on first use by the trigger words the build worked out; each phrase is compiled
 * when a draft first wakes it.
 */
import { CATALOGUE, TRIGGERS } from './catalogue.generated';
import { compileCatalogue } from './data';
import type { CompiledCatalogue } from './data';

let compiled: CompiledCatalogue | undefined;

export function bundledCatalogue(): CompiledCatalogue {
  compiled ??= compileCatalogue(CATALOGUE, TRIGGERS);
  return compiled;
}
