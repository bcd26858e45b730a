/**
 * The rest of `npm run bench` after the engine's own latency (scripts/bench.ts): the peers on the same texts, the
 * built extension in Chromium, the package sizes, and BENCHMARKS.md with every figure and the machine it ran on.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEBOUNCE_MS } from '../../src/content/composer';
import { DIST, buildIfStale } from '../fresh-build';
import { BUDGETS, measurePackage } from '../package';
import { benchBrowser } from './browser';
import type { Latency } from './latency';
import type { StartCost } from './start';
import { accuracy, peers, peerSpeed } from './peers';
import { renderReport, writeReport, type Machine } from './report';

const REPORT = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
/** The commit measured, naming the measured folders with uncommitted changes (others may be mid-edit). */
function source(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD').trim();
  const changed = new Set(
    git('status', '--porcelain', '--', 'src', 'manifest.json', 'vite.config.ts', 'package-lock.json')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3).split('/').slice(0, 2).join('/')),
  );
  return changed.size === 0 ? `commit ${head}` : `commit ${head} with uncommitted changes in ${[...changed].sort().join(', ')}`;
}

const log = (line: string): void => {
  process.stdout.write(`${line.startsWith('\n') ? '\n' : ''}[${Math.round(process.uptime())} s] ${line.trimStart()}\n`);
};

/** Builds dist/ when it is missing or older than the sources: first, so a broken build stops the bench at once. */
export function prepareBench(): void {
  buildIfStale(log);
}

export async function benchBeyondTheEngine(engine: Latency[], start: StartCost): Promise<void> {
  const cpu = cpus();
  const machine: Machine = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    command: 'npm run bench',
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    memoryGb: totalmem() / 1024 ** 3,
    os: `${type()} ${release()}`,
    node: process.version,
    load: [loadavg()[0] ?? NaN, NaN],
    source: source(),
  };

  log('\nPeers: speed on the same drafts …');
  const checkers = peers();
  const speed = peerSpeed(checkers, engine.map((row) => row.size));
  log('Peers: accuracy on the dev corpus and the public sets …');
  const sets = accuracy(checkers);

  // Again, in case the sources changed while the bench ran.
  buildIfStale(log);
  const sizes = measurePackage(DIST);
  log('Chromium with the built extension:');
  const browser = await benchBrowser(log);
  machine.load[1] = loadavg()[0] ?? NaN;

  const report = renderReport({
    machine,
    engine,
    start,
    peers: checkers,
    peerSpeed: speed,
    accuracy: sets,
    browser,
    sizes: {
      contentScript: { gzip: sizes.contentScript.gzip, files: sizes.contentScript.files.length },
      worker: { gzip: sizes.worker.gzip, files: sizes.worker.files.length },
      zip: sizes.zip.length,
    },
    debounceMs: DEBOUNCE_MS,
    budgets: BUDGETS,
    seconds: process.uptime(),
  });
  writeReport(REPORT, report);
  process.stdout.write(`\n${report}\n\n`);
  log('Written to BENCHMARKS.md.');
}
