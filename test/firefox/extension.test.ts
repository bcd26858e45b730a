// The composer contract (test/browser/composer-contract.ts) in Firefox ESR, with the Firefox package from
// dist-firefox/ installed as a temporary add-on: the same cases Chromium runs, on the same fixture pages, for every
// composer kind on both sites.
import { describeComposerContract } from '../browser/composer-contract';
import { launchFirefox } from './harness';

describeComposerContract(launchFirefox);
