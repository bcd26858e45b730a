import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The practice page is not named in the manifest, so it is listed here.
    rollupOptions: {
      input: {
        practice: 'src/pages/practice/index.html',
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
