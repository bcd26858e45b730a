// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { observeSelector } from '../../../src/content/observe';

/** MutationObserver callbacks run as microtasks; one turn of the task queue lets them all run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function editor(): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'textbox');
  element.setAttribute('contenteditable', 'true');
  return element;
}

describe('observeSelector', () => {
  afterEach(() => document.body.replaceChildren());

  it('hands over elements present at the start and added later, each once', async () => {
    const seen: HTMLElement[] = [];
    const first = editor();
    document.body.append(first);
    const watch = new AbortController();
    observeSelector('[role="textbox"]', (element) => seen.push(element), { signal: watch.signal });
    const later = editor();
    const wrapper = document.createElement('section');
    wrapper.append(later);
    document.body.append(wrapper);
    await settle();
    // Moving an element it already holds does not hand it over again.
    document.body.append(first);
    await settle();
    expect(seen).toEqual([first, later]);
    watch.abort();
  });

  it("aborts an element's signal when the element leaves the page", async () => {
    const signals: AbortSignal[] = [];
    const element = editor();
    document.body.append(element);
    const controller = new AbortController();
    observeSelector('[role="textbox"]', (_element, signal) => signals.push(signal), { signal: controller.signal });
    expect(signals[0]?.aborted).toBe(false);
    element.remove();
    await settle();
    expect(signals[0]?.aborted).toBe(true);
    controller.abort();
  });

  it('stops watching, and releases every element, when its own signal aborts', async () => {
    const signals: AbortSignal[] = [];
    const watch = new AbortController();
    document.body.append(editor());
    observeSelector('[role="textbox"]', (_element, signal) => signals.push(signal), { signal: watch.signal });
    watch.abort();
    expect(signals.every((signal) => signal.aborted)).toBe(true);
    document.body.append(editor());
    await settle();
    expect(signals).toHaveLength(1);
  });
});
