import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', 'test/browser/fixtures/dist/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write HTML: user and pack text must stay text.' },
        { property: 'outerHTML', message: 'Never write HTML: user and pack text must stay text.' },
        { property: 'insertAdjacentHTML', message: 'Never write HTML: user and pack text must stay text.' },
      ],
      // The build also takes Preact's innerHTML path out (vite.config.ts), so this would throw at run time.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never write HTML: user and pack text must stay text.',
        },
      ],
    },
  },
  // Mozilla's HTML-sink checks (innerHTML, outerHTML, insertAdjacentHTML, document.write, createContextualFragment,
  // setHTMLUnsafe, …) on everything that ships: no user or pack text may become markup (PRODUCT.md §9). The rule
  // above names the properties; these also follow the methods and allow only literal markup.
  { files: ['src/**/*.{ts,tsx}'], ...noUnsanitized.configs.recommended },
);
