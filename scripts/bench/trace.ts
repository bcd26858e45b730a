/**
 * Reads a Chromium trace (CDP Tracing, `devtools.timeline`, `v8` and `v8.execute` categories with the V8 sampler)
 * for the main-thread time the extension's content script spends between one keystroke and the next.
 *
 * Two parts, both on the page's main thread:
 * - Callbacks into the extension (event listeners, mutation observers, timers, animation frames): each is a
 *   `v8.callFunction` span whose `FunctionCall` names a chrome-extension:// script. Their durations are exact, and
 *   include the forced layouts and the promise jobs the callback runs before it returns.
 * - Promise jobs run at a later microtask checkpoint (the worker's answer resolving `sendMessage`, so the card's
 *   rendering): a `RunMicrotasks` span names no script, and its jobs may be the page's too. Its time is shared out
 *   by the V8 sampler: the span's duration times the fraction of its samples with an extension frame on the stack.
 */
import { firstAtOrAfter, lastAtOrBefore } from '../../src/engine/sorted';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, where the event has it. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface KeystrokeCost {
  /** Milliseconds of extension main-thread time from each keydown to the next (the last: to the trace's end). */
  perKeystroke: number[];
  /**
   * The same in the main thread's CPU time (the events' thread durations): without the time the operating system
   * gave the CPU to other work meanwhile.
   */
  perKeystrokeCpu: number[];
  /** Of the total, the milliseconds timed exactly (callbacks) and shared out by samples (microtask checkpoints). */
  exactMs: number;
  sampledMs: number;
  /** The sampler's median interval, in milliseconds. */
  sampleIntervalMs: number;
}

interface Span {
  start: number;
  end: number;
  /** Thread time within the span, in µs. */
  cpu: number;
}

const spanOf = (e: TraceEvent): Span => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Spans that no other span in the list contains. */
function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (!last || !inside(span, last)) kept.push(span);
  }
  return kept;
}

/** The sampler's samples on one thread: when each was taken and whether the extension's code was on the stack. */
function samplesOn(events: TraceEvent[], pid: number, tid: number, origin: string): { ts: number; ours: boolean }[] {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const samples: { ts: number; ours: boolean }[] = [];
  for (const profile of profiles) {
    let ts = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime);
    const nodes = new Map<number, ProfileNode>();
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const result =
        node !== undefined && ((node.callFrame.url ?? '').startsWith(origin) || (node.parent !== undefined && isOurs(node.parent)));
      ours.set(id, result);
      return result;
    };
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
    for (const chunk of chunks) {
      const data = (chunk.args?.data ?? {}) as ChunkData;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        ts += deltas[i] ?? 0;
        samples.push({ ts, ours: isOurs(node) });
      });
    }
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

/** The extension's main-thread time per keystroke, from a trace taken while typing (see the file comment). */
export function keystrokeCost(events: TraceEvent[], extensionOrigin: string): KeystrokeCost {
  const keydowns = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && (e.args?.data as { type?: string })?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const first = keydowns[0];
  if (!first) throw new Error('bench: the trace holds no keydown');
  const { pid, tid } = first;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const end = thread.reduce((latest, e) => Math.max(latest, e.ts + (e.dur ?? 0)), first.ts);

  // Each v8.callFunction is paired with the FunctionCall that starts inside it first: that names the callee.
  const calls = thread.filter((e) => e.name === 'v8.callFunction').sort((a, b) => a.ts - b.ts);
  const callees = thread.filter((e) => e.name === 'FunctionCall').sort((a, b) => a.ts - b.ts);
  const ours: Span[] = [];
  let at = 0;
  for (const call of calls) {
    const span = spanOf(call);
    while (at < callees.length && (callees[at] as TraceEvent).ts < span.start) at++;
    const callee = callees[at];
    if (!callee || !inside(spanOf(callee), span)) continue;
    const url = String((callee.args?.data as { url?: string } | undefined)?.url ?? '');
    if (url.startsWith(extensionOrigin)) ours.push(span);
  }
  const callbacks = outermost(ours);
  // The sampler starts on the first interrupt after tracing begins, inside whatever JavaScript runs then: that
  // start is the measurement's own cost, not the extension's.
  const profilerStarts = thread.filter((e) => e.name === 'CpuProfiler::StartProfiling').map(spanOf);
  const ownCost = (span: Span): { wall: number; cpu: number } =>
    profilerStarts
      .filter((p) => inside(p, span))
      .reduce((sum, p) => ({ wall: sum.wall + p.end - p.start, cpu: sum.cpu + p.cpu }), { wall: 0, cpu: 0 });

  const samples = samplesOn(events, pid, tid, extensionOrigin);
  const sampleTimes = samples.map((s) => s.ts);
  // Callbacks are disjoint and sorted: the one that may contain `ts` is the last to start at or before it.
  const callbackStarts = callbacks.map((c) => c.start);
  const callbackAt = (ts: number): Span | undefined => {
    const c = callbacks[lastAtOrBefore(callbackStarts, ts)];
    return c && ts >= c.start && ts <= c.end ? c : undefined;
  };
  const checkpoints = outermost(thread.filter((e) => e.name === 'RunMicrotasks').map(spanOf)).filter((span) => {
    const c = callbacks[lastAtOrBefore(callbackStarts, span.start)];
    return !(c && inside(span, c));
  });

  const bounds = keydowns.map((k, i) => ({ start: k.ts, end: keydowns[i + 1]?.ts ?? end }));
  const keydownTimes = bounds.map((b) => b.start);
  const perKeystroke = bounds.map(() => 0);
  const perKeystrokeCpu = bounds.map(() => 0);
  const add = (at: number, wallUs: number, cpuUs: number): void => {
    const bucket = Math.max(0, lastAtOrBefore(keydownTimes, at));
    perKeystroke[bucket] = (perKeystroke[bucket] ?? 0) + wallUs / 1000;
    perKeystrokeCpu[bucket] = (perKeystrokeCpu[bucket] ?? 0) + cpuUs / 1000;
  };
  let exact = 0;
  for (const c of callbacks) {
    if (c.start < first.ts) continue;
    const own = ownCost(c);
    add(c.start, c.end - c.start - own.wall, c.cpu - own.cpu);
    exact += (c.end - c.start - own.wall) / 1000;
  }
  let sampled = 0;
  for (const span of checkpoints) {
    if (span.start < first.ts) continue;
    // Samples inside a callback nested in the checkpoint (a mutation observer's delivery) were timed exactly.
    const within = samples
      .slice(firstAtOrAfter(sampleTimes, span.start), lastAtOrBefore(sampleTimes, span.end) + 1)
      .filter((s) => callbackAt(s.ts) === undefined);
    if (within.length === 0) continue;
    const nested = callbacks.filter((c) => inside(c, span));
    const own = ownCost(span);
    const share = within.filter((s) => s.ours).length / within.length;
    const wall = (span.end - span.start - nested.reduce((sum, c) => sum + c.end - c.start, 0) - own.wall) * share;
    const cpu = (span.cpu - nested.reduce((sum, c) => sum + c.cpu, 0) - own.cpu) * share;
    add(span.start, wall, cpu);
    sampled += wall / 1000;
  }
  const gaps = samples.slice(1).map((s, i) => s.ts - (samples[i] as { ts: number }).ts).sort((a, b) => a - b);
  return {
    perKeystroke,
    perKeystrokeCpu,
    exactMs: exact,
    sampledMs: sampled,
    sampleIntervalMs: (gaps[Math.floor(gaps.length / 2)] ?? NaN) / 1000,
  };
}
