// A Firefox install of the test's own that carries an enterprise policy, the way a school's IT deploys one: Firefox
// reads `distribution/policies.json` next to its program. The install is a folder of links to the real one, with a
// copy of the program itself (Firefox finds its files from where its program really is) and a `distribution` folder
// of its own, so nothing outside the temporary folder changes and a run that crashes leaves no policy behind.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Where Linux builds of Firefox look for a machine-wide policy first; one there hides distribution/policies.json. */
const SYSTEM_POLICY_FILES = ['/etc/firefox/policies/policies.json', '/etc/firefox-esr/policies/policies.json'];

export interface PolicyInstall {
  /** The program to launch: the copy inside the temporary install. */
  executable: string;
  /** Deletes the temporary install. */
  remove(): void;
}

/** Makes a temporary install of the Firefox at `executable` whose distribution/policies.json is `{ policies }`. */
export function firefoxWithPolicies(executable: string, policies: Record<string, unknown>): PolicyInstall {
  if (process.platform !== 'linux') {
    throw new Error(
      `The Firefox policy test builds a Linux install with its own distribution folder; on ${process.platform} ` +
        'Firefox reads policy elsewhere (see docs/deploying.md).',
    );
  }
  const systemPolicy = SYSTEM_POLICY_FILES.find((file) => existsSync(file));
  if (systemPolicy) {
    throw new Error(
      `${systemPolicy} exists: Firefox on Linux reads it instead of the test install's distribution/policies.json. ` +
        'Move it away to run the Firefox policy test.',
    );
  }
  const program = realpathSync(executable);
  const installDir = dirname(program);
  const dir = mkdtempSync(join(tmpdir(), 'second-thought-firefox-policy-'));
  try {
    for (const name of readdirSync(installDir)) {
      if (name === 'distribution') continue;
      const target = join(dir, name);
      if (name === basename(program)) copyFileSync(program, target);
      else symlinkSync(join(installDir, name), target);
    }
    const distribution = join(dir, 'distribution');
    mkdirSync(distribution);
    // Keep whatever else the real install's distribution folder holds (e.g. distribution.ini).
    const realDistribution = join(installDir, 'distribution');
    if (existsSync(realDistribution)) {
      for (const name of readdirSync(realDistribution)) {
        if (name !== 'policies.json') symlinkSync(join(realDistribution, name), join(distribution, name));
      }
    }
    writeFileSync(join(distribution, 'policies.json'), JSON.stringify({ policies }, null, 2));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    executable: join(dir, basename(program)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
