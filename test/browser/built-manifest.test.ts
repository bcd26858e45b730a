/** The built Chrome package, checked right after `npm run test:browser` builds it (test/manifest-checks.ts). */
import { describe } from 'vitest';
import { builtManifestChecks } from '../manifest-checks';

describe('the built manifest in dist/', () => builtManifestChecks('dist'));
