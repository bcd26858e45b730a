/**
 * The one DOM-watching helper every site adapter uses: hands each element matching a selector over once,
 * with an AbortSignal that aborts when the element leaves the document or the whole watch stops.
 * One MutationObserver per root, reduced to additions and removals; no polling of the page.
 */

export type OnElement = (element: HTMLElement, signal: AbortSignal) => void;

export function observeSelector(
  selector: string,
  onElement: OnElement,
  { signal, root = document }: { signal: AbortSignal; root?: Document | Element },
): void {
  if (signal.aborted) return;
  const live = new Map<HTMLElement, AbortController>();

  const adopt = (element: Element): void => {
    if (!(element instanceof HTMLElement) || live.has(element)) return;
    const controller = new AbortController();
    live.set(element, controller);
    onElement(element, AbortSignal.any([signal, controller.signal]));
  };

  const scan = (node: Node): void => {
    if (!(node instanceof Element)) return;
    if (node.matches(selector)) adopt(node);
    for (const match of node.querySelectorAll(selector)) adopt(match);
  };

  const release = (): void => {
    for (const [element, controller] of live) {
      // An element that a site re-renders in place still matches; one that went away, or no longer
      // matches (a composer turned read-only), is handed back.
      if (!element.isConnected || !element.matches(selector)) {
        live.delete(element);
        controller.abort();
      }
    }
  };

  const observer = new MutationObserver((mutations) => {
    let removed = false;
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        scan(mutation.target);
        removed = true;
        continue;
      }
      for (const node of mutation.addedNodes) scan(node);
      if (mutation.removedNodes.length > 0) removed = true;
    }
    if (removed) release();
  });

  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'data-testid', 'role', 'data-lexical-editor'] });
  scan('documentElement' in root ? root.documentElement : root);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const controller of live.values()) controller.abort();
      live.clear();
    },
    { once: true },
  );
}
