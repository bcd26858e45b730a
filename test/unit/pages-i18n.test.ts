// The extension pages speak only through the i18n messages (PRODUCT.md §5): no English in their JSX, and every
// message the pages use reads back as the browser would give it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import messages from '../../src/_locales/en_GB/messages.json';
import { pauseText } from '../../src/pages/shared/pause';
import { formatUntil } from '../../src/time';
import { defaultSettings, resolveSettings } from '../../src/settings';

const PAGES = join(import.meta.dirname, '../../src/pages');

/** Attributes a person reads or hears, and the pages' own props that become one of those. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'alt', 'label', 'legend', 'placeholder', 'title']);

/** Literal text that is not language: a web address's scheme is the same in every language. */
const ALLOWED = new Set(['https://']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

const hasLetters = (text: string): boolean => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

/** Strings in an expression that would be shown as they are: literals, templates, and both sides of ?: and &&. */
function shownStrings(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)];
  if (ts.isConditionalExpression(node)) return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    return [...shownStrings(node.left), ...shownStrings(node.right)];
  }
  return [];
}

const literalText = (node: ts.Node): string =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : '';

/** Every piece of literal text in a file's JSX that has letters in it, as "file:line: text". */
function literalJsxText(file: string, source = readFileSync(file, 'utf8')): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
    found.push(`${relative(PAGES, file)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetters(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const shown of shownStrings(node.expression)) if (hasLetters(literalText(shown))) report(shown, literalText(shown));
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(tree)) && node.initializer) {
      const { initializer } = node;
      const shown = ts.isStringLiteral(initializer) ? [initializer] : ts.isJsxExpression(initializer) && initializer.expression ? shownStrings(initializer.expression) : [];
      for (const literal of shown) if (hasLetters(literalText(literal))) report(literal, literalText(literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

interface Entry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

describe('the extension pages', () => {
  it('have no English of their own in JSX: text, shown strings and readable attributes come from t()', () => {
    const files = tsxFiles(PAGES);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => literalJsxText(file))).toEqual([]);
  });

  it('would notice English text, a shown string, a label and a placeholder', () => {
    const source = `
      const a = <p>Hello there</p>;
      const b = <p>{ok ? 'Saved.' : t('no')}</p>;
      const c = <ul aria-label="Schools you added" class="imported" />;
      const d = <input placeholder={'Type here'} type="text" />;
      const e = <p>{t('fine')} · × {' '} ({count})</p>;
      const f = <input placeholder="https://" id="route-url" />;`;
    expect(literalJsxText(join(PAGES, 'example.tsx'), source)).toEqual([
      'example.tsx:2: "Hello there"',
      'example.tsx:3: "Saved."',
      'example.tsx:4: "Schools you added"',
      'example.tsx:5: "Type here"',
    ]);
  });
});

describe('interface messages for the pages', () => {
  const entries = Object.entries(messages as Record<string, Entry>);

  it('name every placeholder they use, and use every placeholder they name, as browsers require', () => {
    for (const [name, entry] of entries) {
      const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]?.toLowerCase()));
      const named = new Set(Object.keys(entry.placeholders ?? {}).map((placeholder) => placeholder.toLowerCase()));
      expect([...used].sort(), name).toEqual([...named].sort());
      for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content, name).toMatch(/^\$[1-9]$/);
    }
  });

  it('give the pages a language tag that Intl accepts', () => {
    expect(Intl.getCanonicalLocales(messages.pagesLanguage.message)).toEqual(['en-GB']);
  });

  it('say when a pause ends, with the day when it is not today', () => {
    const now = new Date(2025, 0, 14, 9, 30).getTime();
    expect(formatUntil(new Date(2025, 0, 14, 14, 5).getTime(), now)).toBe('14:05');
    expect(formatUntil(new Date(2025, 0, 15, 8, 0).getTime(), now)).toBe('Wed 15 Jan, 08:00');
    const settings = (pause: { until: number | null } | null) => resolveSettings({ user: { ...defaultSettings(), pause } });
    expect(pauseText(settings(null), now)).toBe('Second Thought is on.');
    expect(pauseText(settings({ until: null }), now)).toBe('Paused until you turn it back on.');
    expect(pauseText(settings({ until: new Date(2025, 0, 14, 10, 30).getTime() }), now)).toBe('Paused until 10:30.');
  });
});
