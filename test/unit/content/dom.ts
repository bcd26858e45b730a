// Loads a saved DOM fixture of a real composer into the test document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Under happy-dom, import.meta.url is the page's URL, so the fixtures are found from the project root.
const DOM_FIXTURES = resolve(process.cwd(), 'test/unit/content/dom');

export function loadDom(name: string): void {
  const html = readFileSync(resolve(DOM_FIXTURES, name), 'utf8');
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}
