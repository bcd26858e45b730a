/**
 * Per-draft latency of any checker on the bench drafts: the one timing loop for the engine and its peers.
 *
 * Each check is timed twice: wall-clock time (what the budgets speak of, and what a person waits) and the
 * process's CPU time (`process.cpuUsage`). On a busy machine the two part: the wall clock also counts the time the
 * operating system gave the CPU to other work, the CPU time does not, so it shows what the check itself costs.
 */
import { performance } from 'node:perf_hooks';
import { TRIES_BEFORE_FOLLOW } from '../../src/engine/phrases/phrase-index';
import { draftOf, quantile } from './drafts';

export interface Latency {
  /** Draft length in characters. */
  size: number;
  runs: number;
  /** Milliseconds of wall-clock time per draft. */
  median: number;
  p95: number;
  p99: number;
  max: number;
  /** Drafts checked per second over the timed runs, one after another. */
  perSecond: number;
  /** Milliseconds of CPU time per draft. */
  cpu: { median: number; p95: number; p99: number };
  /** The CPU time of all the runs over their wall-clock time: near 1 when the machine left the bench alone. */
  cpuShare: number;
}

/** Distinct drafts per size, checked in turn, so no result can be cached from the previous call. */
const DRAFTS = 64;
/**
 * Warm-up runs: until the engine is in the state a worker that has read drafts for a while is in. A phrase's follow
 * set at a token is worked out on its try after TRIES_BEFORE_FOLLOW there (phrase-index.ts), and the bench reads the
 * same 64 drafts in turn, so every token of them crosses that line in the same pass: with 200 warm-up runs that was
 * the timed runs 75–115 of the 10,000-character row, 4% of its runs, all between its p95 and its p99 (p99 5.15 ms
 * against 4.1–4.2 ms once past it, at 121ddb0 on this machine). A user's drafts cross it one token at a time.
 */
const WARM_UP = Math.max(200, (TRIES_BEFORE_FOLLOW + 1) * DRAFTS);

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/** Times `check` on `runs` drafts of `size` characters, after a warm-up (WARM_UP, or `runs` if fewer) that lets the JIT and the engine settle. */
export function measureLatency(size: number, runs: number, check: (text: string, run: number) => unknown): Latency {
  const drafts = Array.from({ length: DRAFTS }, (_, i) => draftOf(size, i));
  for (let i = 0; i < Math.min(runs, WARM_UP); i++) check(drafts[i % DRAFTS] as string, i);
  const times: number[] = [];
  const cpu: number[] = [];
  const startedCpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const text = drafts[i % DRAFTS] as string;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    check(text, i);
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  const elapsed = performance.now() - started;
  const share = cpuMs(startedCpu) / elapsed;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    size,
    runs,
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    max: times[times.length - 1] as number,
    perSecond: (runs * 1000) / elapsed,
    cpu: { median: quantile(cpu, 0.5), p95: quantile(cpu, 0.95), p99: quantile(cpu, 0.99) },
    cpuShare: share,
  };
}
