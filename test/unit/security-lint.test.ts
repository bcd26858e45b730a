/**
 * The lint that keeps user and pack text out of markup (PRODUCT.md §9, docs/security.md) is switched on for the
 * code that ships: each sink below, written into a file under src/, must be reported by the project's own config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const SINKS: readonly [string, string][] = [
  ['innerHTML', 'export function show(el: HTMLElement, draft: string): void { el.innerHTML = draft; }'],
  ['outerHTML', 'export function show(el: HTMLElement, draft: string): void { el.outerHTML = draft; }'],
  [
    'insertAdjacentHTML',
    "export function show(el: HTMLElement, draft: string): void { el.insertAdjacentHTML('beforeend', draft); }",
  ],
  ['document.write', 'export function show(draft: string): void { document.write(draft); }'],
  [
    'createContextualFragment',
    'export function show(range: Range, draft: string): DocumentFragment { return range.createContextualFragment(draft); }',
  ],
];

describe('the security lint', () => {
  it.each(SINKS)('reports %s with user text in shipped code', async (_sink, code) => {
    const hits = await rulesHit(code, 'src/content/nudge/example.ts');
    expect(hits.filter((rule) => rule.startsWith('no-unsanitized/'))).not.toEqual([]);
  });

  it('lets text through textContent', async () => {
    const hits = await rulesHit(
      'export function show(el: HTMLElement, draft: string): void { el.textContent = draft; }',
      'src/content/nudge/example.ts',
    );
    expect(hits).toEqual([]);
  });
});
