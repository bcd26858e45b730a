// How the benchmark reads a Chromium trace for the content script's time per keystroke (scripts/bench/trace.ts):
// exact callback time, sampled microtask time, nothing of the page's and nothing of the profiler's own start.
import { describe, expect, it } from 'vitest';
import { keystrokeCost, type TraceEvent } from '../../scripts/bench/trace';

const ORIGIN = 'chrome-extension://abc/';
const OURS = `${ORIGIN}assets/composer.js`;
const PAGE = 'https://x.com/assets/x.js';

const x = (name: string, ts: number, dur: number, args?: Record<string, unknown>, tdur = dur): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 1,
  tid: 1,
  ...(args ? { args } : {}),
});
const keydown = (ts: number) => x('EventDispatch', ts, 100, { data: { type: 'keydown' } });
/** A callback as Blink traces it: v8.callFunction around the FunctionCall naming the callee. */
const callback = (ts: number, dur: number, url: string, tdur = dur) => [
  x('v8.callFunction', ts, dur, undefined, tdur),
  x('FunctionCall', ts + 1, dur - 2, { data: { url } }, tdur - 2),
];

function trace(): TraceEvent[] {
  return [
    // Before the first key: not counted.
    ...callback(500, 300, OURS),
    keydown(1_000),
    // 200 µs on the clock, of which the thread ran for 150.
    ...callback(1_010, 200, OURS, 150),
    // The page's own callback, with one of ours nested in it (a listener fired by an event the page dispatched).
    ...callback(1_300, 500, PAGE),
    ...callback(1_400, 100, OURS),
    keydown(5_000),
    // Ours, but 900 µs of it is the sampler starting up.
    ...callback(5_010, 1_000, OURS),
    x('CpuProfiler::StartProfiling', 5_020, 900),
    // A microtask checkpoint: half its samples are ours; a mutation observer of ours delivered inside it is exact.
    x('RunMicrotasks', 6_000, 1_000),
    ...callback(6_100, 200, OURS),
    { name: 'Profile', ph: 'P', ts: 6_000, pid: 1, tid: 1, id: '0x1', args: { data: { startTime: 6_000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 7_000,
      pid: 1,
      tid: 2,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: {} },
              { id: 2, parent: 1, callFrame: { url: PAGE } },
              { id: 3, parent: 1, callFrame: { url: OURS } },
              // A native frame called from ours counts as ours.
              { id: 4, parent: 3, callFrame: { url: '' } },
            ],
            samples: [3, 4, 4, 2, 2],
          },
          // 6050 ours, 6150 inside the nested callback, 6400 ours, 6600 and 6800 the page's.
          timeDeltas: [50, 100, 250, 200, 200],
        },
      },
    },
  ];
}

describe('keystrokeCost', () => {
  it('gives each keystroke the time spent in our code until the next, exact where it can be and sampled where not', () => {
    const cost = keystrokeCost(trace(), ORIGIN);
    expect(cost.perKeystroke).toHaveLength(2);
    // 200 µs of ours, then 100 µs of ours nested in the page's 500 µs.
    expect(cost.perKeystroke[0]).toBeCloseTo(0.3, 6);
    expect(cost.perKeystrokeCpu[0]).toBeCloseTo(0.25, 6);
    // 1000 − 900 µs of profiler start; 200 µs exact in the checkpoint; half of its other 800 µs by samples.
    expect(cost.perKeystroke[1]).toBeCloseTo(0.1 + 0.2 + 0.4, 6);
    expect(cost.perKeystrokeCpu[1]).toBeCloseTo(0.1 + 0.2 + 0.4, 6);
    expect(cost.exactMs).toBeCloseTo(0.6, 6);
    expect(cost.sampledMs).toBeCloseTo(0.4, 6);
    expect(cost.sampleIntervalMs).toBeCloseTo(0.2, 6);
  });

  it('counts nothing of a page that runs none of our code', () => {
    const pageOnly = trace().map((e) =>
      e.name === 'FunctionCall' ? { ...e, args: { data: { url: PAGE } } } : e.name === 'ProfileChunk' ? { ...e, pid: 9 } : e,
    );
    expect(keystrokeCost(pageOnly, ORIGIN)).toMatchObject({ perKeystroke: [0, 0], perKeystrokeCpu: [0, 0] });
  });

  it('refuses a trace without a keystroke', () => {
    expect(() => keystrokeCost(callback(0, 10, OURS), ORIGIN)).toThrow(/no keydown/);
  });
});
