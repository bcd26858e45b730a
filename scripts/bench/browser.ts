/**
 * The extension as a person meets it: the built dist/ in headless Chromium, on the X fixture's Draft.js composer
 * (served at https://x.com/home by the browser tests' harness, nothing leaving the machine).
 *
 * - Content script per keystroke: CDP Tracing while a 500-character post is typed, read by trace.ts.
 * - Typing pause → nudge: in the page's main world, a MutationObserver on the editor notes the last edit (the
 *   content script's own observer sees the same mutation and starts its DEBOUNCE_MS timer), and another notes when
 *   `second-thought-nudge[data-state="nudging"]` for this draft is open; then the frame after it, when it is painted.
 * - Worker asleep → first verdict: the same, after stopping the service worker through CDP each time.
 * - The worker's memory: Runtime.getHeapUsage in the service worker, after a forced garbage collection.
 * - A 200 KB paste: the longest unbroken stretch of main-thread time in the extension's code, from the V8 CPU
 *   profiler sampling every 200 µs, between the paste and the nudge for it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../../src/content/composer';
import { buildFixtures } from '../../test/browser/fixtures/build';
import { FIXTURE_URLS, launchBrowser, openPage, routeFixtures, type LaunchedBrowser } from '../../test/browser/harness';
import { draftOf } from './drafts';
import { keystrokeCost, type KeystrokeCost, type TraceEvent } from './trace';

const X_HOME = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][contenteditable="true"]';
const NUDGE = 'second-thought-nudge';

/** Posts that nudge, written for this benchmark, typed in turn so no two checks in a row read the same draft. */
const BREACHING = [
  'Mrs Lambert in Year 3 is a useless old bag and everyone at the gate knows it.',
  'If that teacher shouts at my daughter again he had better watch his back in the car park.',
  'The school has ignored three of my emails about the bus and the head is a liar.',
  'Here is the head’s home address for anyone who wants to tell him what they think.',
  'Poppy in 4B keeps taking my lad’s snacks, her mum needs to have a word with her.',
];

/**
 * Runs per measure: enough that the p95 is not simply the slowest run (it is the 57th of 60, the 38th of 40) while
 * the whole bench stays within about five minutes on two cores.
 */
export const RUNS = { warm: 60, cold: 40 };
/** The typed post, its pace, and the pause after each sentence (long enough for the check to fire and answer). */
export const TYPING = { length: 500, delayMs: 30, pauseMs: DEBOUNCE_MS + 400 };

export interface HeapUsage {
  /** Bytes of JavaScript heap in use, and allocated. */
  used: number;
  total: number;
}

export interface PauseToNudge {
  /** Milliseconds from the debounce firing to the card being open in the page, for each run. */
  inDom: number[];
  /** … and to the end of the frame that paints it. */
  painted: number[];
}

export interface BrowserFigures {
  chromium: string;
  keystrokes: KeystrokeCost & { typed: number; pauses: number };
  warm: PauseToNudge;
  cold: PauseToNudge;
  /**
   * The worker's heap when the browser has started, after the warm runs' `verdicts`, and once more after the last
   * restart and its one verdict.
   */
  memory: { started: HeapUsage; afterRuns: HeapUsage; verdicts: number; restarted: HeapUsage };
  /** A paste of `characters` UTF-16 units: the longest stretch of main-thread time in extension code, ms. */
  paste: { characters: number; longestMs: number };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const serviceWorkers = async (cdp: CDPSession): Promise<TargetInfo[]> =>
  ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`bench: gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Stops the extension's service worker, as Chrome does when it has been idle, and waits until it is gone. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  const [worker] = await serviceWorkers(cdp);
  if (!worker) throw new Error('bench: the extension has no running service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await until('the service worker to stop', async () => (await serviceWorkers(cdp)).length === 0);
}

/**
 * The worker's heap after a garbage collection. Playwright opens no CDP session on a worker, so this attaches to
 * it from the page's session (unflattened) and speaks to it through Target.sendMessageToTarget.
 */
async function workerHeap(cdp: CDPSession): Promise<HeapUsage> {
  const [worker] = await serviceWorkers(cdp);
  if (!worker) throw new Error('bench: the extension has no running service worker to measure');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const send = (method: string): Promise<Record<string, unknown>> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(`bench: ${method} in the worker: ${JSON.stringify(reply.error)}`));
        else resolve(reply.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  };
  try {
    await send('HeapProfiler.collectGarbage');
    const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return { used: usage.usedSize, total: usage.totalSize };
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

/**
 * The post typed for the keystroke measure, in one paragraph, with straight apostrophes: Playwright types a
 * character missing from the keyboard layout (’) as inserted text, without a keydown to open its interval.
 */
function typedPost(): string {
  return draftOf(TYPING.length, 3).replace(/\s*\n\s*/g, ' ').replace(/’/g, "'");
}

/** Types `text` at TYPING's pace, pausing after each sentence as a person does. Returns the number of pauses. */
async function typeLikeAPerson(page: Page, text: string): Promise<number> {
  const sentences = text.match(/[^.!?]*[.!?]+\s*|[^.!?]+$/g) ?? [text];
  for (const [i, sentence] of sentences.entries()) {
    await page.keyboard.type(sentence, { delay: TYPING.delayMs });
    if (i < sentences.length - 1) await page.waitForTimeout(TYPING.pauseMs);
  }
  return sentences.length - 1;
}

const draftLength = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __editorText(): string | null }).__editorText()?.length ?? -1);

/** Waits for the content script's answer about the draft as it now stands (quiet or nudging). */
async function waitForAnswer(page: Page): Promise<void> {
  const length = await draftLength(page);
  await page.locator(`${NUDGE}[data-draft-length="${length}"]`).first().waitFor({ state: 'attached', timeout: 15_000 });
}

async function keystrokes(browser: LaunchedBrowser, origin: string): Promise<BrowserFigures['keystrokes']> {
  const { page } = await openPage(browser.context, FIXTURE_URLS.x);
  await page.bringToFront();
  await page.locator(X_HOME).focus();
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        // The sampler every 100 µs instead of every millisecond.
        'disabled-by-default-v8.cpu_profiler.hires',
      ],
    },
  });
  // The sampler starts at the first JavaScript to run after tracing begins: let that be the page's, not ours.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const text = typedPost();
  const pauses = await typeLikeAPerson(page, text);
  await waitForAnswer(page);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  const cost = keystrokeCost(events, origin);
  if (cost.perKeystroke.length !== text.length) {
    throw new Error(`bench: typed ${text.length} characters but the trace holds ${cost.perKeystroke.length} keydowns`);
  }
  return { ...cost, typed: text.length, pauses };
}

/** Main-world instruments: when the editor last changed, and when the card for a draft of `expect` is shown. */
function instrument(page: Page): Promise<void> {
  return page.evaluate(
    ({ editorSelector, nudge }) => {
      const bench = { expect: -1, lastEdit: 0, inDom: 0, painted: 0 };
      Object.assign(window, { __bench: bench });
      const editor = document.querySelector(editorSelector);
      if (!editor) throw new Error('bench: no composer on the page');
      new MutationObserver(() => {
        bench.lastEdit = performance.now();
      }).observe(editor, { childList: true, subtree: true, characterData: true });
      new MutationObserver(() => {
        if (bench.inDom) return;
        for (const host of document.querySelectorAll(nudge)) {
          const shown =
            host.getAttribute('data-state') === 'nudging' &&
            host.getAttribute('data-draft-length') === String(bench.expect) &&
            host.matches(':popover-open');
          if (!shown) continue;
          bench.inDom = performance.now();
          // A task queued from an animation frame callback runs after that frame has been painted.
          requestAnimationFrame(() =>
            setTimeout(() => {
              bench.painted = performance.now();
            }, 0),
          );
        }
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-state', 'data-draft-length'],
      });
    },
    { editorSelector: X_HOME, nudge: NUDGE },
  );
}

/** The longest unbroken stretch of main-thread time, in ms, spent in the extension's code during `action`. */
async function longestExtensionTask(page: Page, action: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  await cdp.detach();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = Boolean(node?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let longest = 0;
  let run = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    run = isOurs(id) ? run + delta : 0;
    longest = Math.max(longest, run);
  });
  return longest;
}

/** Pastes about 200 KB (a breaching paragraph, repeated) into an empty composer and times the extension's work. */
async function bigPaste(page: Page): Promise<BrowserFigures['paste']> {
  // A threat, which a stand-alone rule finds whatever the model's thresholds: the paste is timed to its nudge. (The
  // complaint paragraph used before, BREACHING[2] beside the sports-day line, went quiet with the 4ae891e model: the
  // friendly sentence washes the complaint out, a known limit in docs/model.md.)
  const paragraph = `${BREACHING[1] ?? ''} Sports day is on Friday and the bake sale is after school.\n`;
  const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length)).trimEnd();
  await page.locator(X_HOME).focus();
  const longestMs = await longestExtensionTask(page, async () => {
    await page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await page
      .locator(`${NUDGE}[data-state="nudging"][data-draft-length="${text.length}"]`)
      .waitFor({ state: 'attached', timeout: 30_000 });
  });
  return { characters: text.length, longestMs };
}

async function pauseToNudge(page: Page, runs: number, before?: () => Promise<void>): Promise<PauseToNudge> {
  const figures: PauseToNudge = { inDom: [], painted: [] };
  for (let run = 0; run < runs; run++) {
    const draft = BREACHING[run % BREACHING.length] as string;
    // Empty the composer and let the extension answer for the empty draft, so the next card is a new one.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    if (run > 0) await waitForAnswer(page);
    await before?.();
    await page.evaluate((length) => {
      Object.assign((window as unknown as { __bench: object }).__bench, { expect: length, lastEdit: 0, inDom: 0, painted: 0 });
    }, draft.length);
    // Pasted but for its last word, which is typed: quicker than typing it all, and the last edits are key presses.
    const cut = draft.lastIndexOf(' ');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, draft.slice(0, cut));
    await page.keyboard.type(draft.slice(cut));
    await page.waitForFunction(() => (window as unknown as { __bench: { painted: number } }).__bench.painted > 0, null, {
      timeout: 15_000,
    });
    const { lastEdit, inDom, painted } = await page.evaluate(
      () => (window as unknown as { __bench: { lastEdit: number; inDom: number; painted: number } }).__bench,
    );
    const fired = lastEdit + DEBOUNCE_MS;
    figures.inDom.push(inDom - fired);
    figures.painted.push(painted - fired);
  }
  return figures;
}

export async function benchBrowser(log: (line: string) => void): Promise<BrowserFigures> {
  await buildFixtures();
  const browser = await launchBrowser();
  try {
    await routeFixtures(browser.context);
    const origin = `chrome-extension://${browser.extensionId}/`;
    // A blank tab whose CDP session reaches the worker; each measure then has a page of its own, in front.
    const blank = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(blank);
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
    const started = await workerHeap(cdp);

    const { page } = await openPage(browser.context, FIXTURE_URLS.x);
    const measureOn = async () => {
      await page.bringToFront();
      await page.locator(X_HOME).focus();
    };
    await measureOn();
    await instrument(page);
    log(`  typing pause → nudge, ${RUNS.warm} runs …`);
    const warm = await pauseToNudge(page, RUNS.warm);
    // Before the trace: the V8 sampler runs in every isolate while tracing, the worker's too, and keeps its own
    // records there.
    const afterRuns = await workerHeap(cdp);

    log(`  typing a ${TYPING.length}-character post under CDP Tracing …`);
    const typed = await keystrokes(browser, origin);

    await measureOn();
    log(`  worker stopped → first verdict, ${RUNS.cold} runs …`);
    const cold = await pauseToNudge(page, RUNS.cold, () => stopWorker(cdp));
    const restarted = await workerHeap(cdp);

    log('  a 200 KB paste under the CPU profiler …');
    const pasteTab = await openPage(browser.context, FIXTURE_URLS.x);
    const paste = await bigPaste(pasteTab.page);
    await pasteTab.page.close();
    return {
      chromium: product,
      keystrokes: typed,
      warm,
      cold,
      memory: { started, afterRuns, verdicts: RUNS.warm, restarted },
      paste,
    };
  } finally {
    await browser.close();
  }
}
