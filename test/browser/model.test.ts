// The built extension's worker loads its model file from the package before its first verdict: a threat in words no
// rule lists (the rules alone stay quiet on it, test/unit/model.test.ts) is found by the model, in the real browser.
// Fails when the packaged file is missing or unreadable: the worker then judges by its rules alone.
import { describe, expect, it } from 'vitest';
import { fixtureBrowser } from './harness';

describe('the packaged model', () => {
  const launched = fixtureBrowser();

  it('judges the first draft a fresh worker sees with the model, read from the extension itself', async () => {
    const page = await launched().context.newPage();
    await page.goto(`chrome-extension://${launched().extensionId}/src/pages/practice/index.html`);
    const reply = await page.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ kind: 'analyze', text: 'that teacher wants shooting', site: 'practice' });
    });
    const { kind, verdict } = reply as { kind: string; verdict?: { nudge: boolean; findings: { ruleId: string }[] } };
    expect(kind).toBe('verdict');
    expect(verdict?.nudge).toBe(true);
    expect(verdict?.findings.map((f) => f.ruleId)).toContain('model.threat');
    await page.close();
  });
});
