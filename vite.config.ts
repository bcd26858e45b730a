import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/** Ships src/_locales as _locales beside the manifest: the WebExtension i18n system reads it from there. */
function webExtensionLocales(): Plugin {
  const root = fileURLToPath(new URL('./src/_locales', import.meta.url));
  return {
    name: 'second-thought:locales',
    generateBundle() {
      for (const locale of readdirSync(root)) {
        const source = readFileSync(join(root, locale, 'messages.json'), 'utf8');
        // A broken messages file would make the browser refuse the whole extension: fail the build instead.
        JSON.parse(source);
        this.emitFile({ type: 'asset', fileName: `_locales/${locale}/messages.json`, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), webExtensionLocales()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The practice and onboarding pages are not named in the manifest, so they are listed here.
    rollupOptions: {
      input: {
        practice: 'src/pages/practice/index.html',
        onboarding: 'src/pages/onboarding/index.html',
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
