// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchComposer } from '../../../src/content/composer';
import { ProtocolClient } from '../../../src/protocol';
import type { Request } from '../../../src/protocol';

describe('a focused composer', () => {
  it('asks the worker to warm the engine up, once however often it is focused, and not at all before', () => {
    vi.useFakeTimers();
    try {
      const requests: Request['kind'][] = [];
      const client = new ProtocolClient((request) => {
        requests.push(request.kind);
        return Promise.resolve({ kind: 'done' });
      });
      const region = document.createElement('div');
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      region.append(editor);
      document.body.append(region);
      const controller = new AbortController();
      watchComposer(editor, { site: 'x', client, kind: { name: 'post', region: () => region } }, controller.signal);
      expect(requests).toEqual([]);
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(requests).toEqual(['warm']);
      // A worker that was stopped since forgets: after a while, a focus asks again.
      vi.advanceTimersByTime(21_000);
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      expect(requests).toEqual(['warm', 'warm']);
      controller.abort();
    } finally {
      vi.useRealTimers();
    }
  });
});
