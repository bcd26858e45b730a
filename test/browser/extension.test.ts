// The composer contract (composer-contract.ts) in Chromium, against the built extension from dist/: the same
// cases Firefox runs, on the same fixture pages, here for every composer kind on both sites.
import { describeComposerContract } from './composer-contract';
import { launchChromiumContract } from './chromium-contract';

describeComposerContract(launchChromiumContract);
