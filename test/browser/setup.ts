// Vitest globalSetup for the browser project: the built extension must exist, and the fixture pages are built
// (or left alone when their sources have not changed) once before any browser test file runs.
import { buildFixtures } from './fixtures/build';
import { assertExtensionBuilt } from './harness';

export default async function setup(): Promise<void> {
  assertExtensionBuilt();
  await buildFixtures();
}
