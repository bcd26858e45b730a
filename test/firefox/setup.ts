// Vitest globalSetup for the firefox project: the built Firefox package must exist, and the fixture pages are built
// (or left alone when their sources have not changed) once before any Firefox test file runs.
import { buildFixtures } from '../browser/fixtures/build';
import { assertFirefoxExtensionBuilt } from './harness';

export default async function setup(): Promise<void> {
  assertFirefoxExtensionBuilt();
  await buildFixtures();
}
