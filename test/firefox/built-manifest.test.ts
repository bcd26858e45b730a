/** The built Firefox package, checked right after `npm run test:firefox` builds it (test/manifest-checks.ts). */
import { describe } from 'vitest';
import { builtManifestChecks } from '../manifest-checks';

describe('the built manifest in dist-firefox/', () => builtManifestChecks('dist-firefox'));
