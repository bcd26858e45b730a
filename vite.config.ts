import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

type Manifest = typeof manifest;

// The Firefox manifest, derived from the one manifest.json: Firefox runs MV3 background code as an event page
// (background.scripts) and needs an add-on id and a data-collection declaration; Chrome-only keys are left out.
/** The add-on id: fixed, so storage and the listing survive updates. */
const GECKO_ID = 'second-thought@second-thought.app';
/** The oldest Firefox, desktop and Android, that knows `data_collection_permissions`; older ones make lint warn. */
const GECKO_STRICT_MIN_VERSION = '142.0';

/**
 * The manifest handed to crx({ browser: 'firefox' }). The worker entry becomes `background.scripts`, which the
 * plugin builds; `firefoxServiceWorkerBesideScripts` puts `service_worker` back in the output beside it.
 */
function firefoxManifest(source: Manifest): ManifestV3Export {
  // Chrome's own keys: `key` pins the Chrome extension id, `storage.managed_schema` describes Chrome's managed
  // storage (Firefox takes managed values from enterprise policies, without a schema) and `minimum_chrome_version`.
  // Firefox's manifest schema does not know the first two and warns at install. `background` is rewritten below.
  const leftOut = new Set(['key', 'storage', 'minimum_chrome_version', 'background']);
  const shared = Object.fromEntries(Object.entries(source).filter(([name]) => !leftOut.has(name)));
  const { background } = source;
  return {
    ...shared,
    // crx builds `scripts[0]` as the background entry for Firefox.
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_STRICT_MIN_VERSION,
        // Nothing is collected or transmitted: drafts are checked on the device (see docs/privacy.md).
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * Lists the built background entry as `service_worker` too, so the one package also describes its background
 * for browsers that only know service workers. `preferred_environment` says the same code runs as a service worker
 * or as an event page (a document), which is how Firefox runs it; without it Firefox's linter warns that
 * `service_worker` is ignored. (crx rewrites `background` after the transform step, hence a render hook.)
 */
function firefoxServiceWorkerBesideScripts(): CrxPlugin {
  return {
    name: 'second-thought:firefox-service-worker-beside-scripts',
    enforce: 'post',
    renderCrxManifest(manifest) {
      // The plugin's types know Chrome's and Firefox's background shapes, not the two side by side.
      const background = manifest.background as
        | { scripts?: string[]; service_worker?: string; preferred_environment?: string[] }
        | undefined;
      const script = background?.scripts?.length === 1 ? background.scripts[0] : undefined;
      if (!background || !script) {
        throw new Error(`Expected one background script in the Firefox manifest, got ${JSON.stringify(background)}`);
      }
      background.service_worker = script;
      background.preferred_environment = ['service_worker', 'document'];
      return manifest;
    },
  };
}

/**
 * Preact's one HTML sink is `dangerouslySetInnerHTML`. Second Thought never writes HTML (PRODUCT §9), so the
 * shipped Preact throws there instead of assigning `innerHTML`, and stores' reviewers find no HTML sink to audit.
 * The build fails if a Preact upgrade moves the sink, rather than shipping it unnoticed.
 */
function preactWithoutHtmlSink(): Plugin {
  const SINK = /\b[\w$]+\.innerHTML=[\w$]+\.__html\b/g;
  return {
    name: 'second-thought:preact-without-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0] ?? '')) return null;
      const sinks = code.match(SINK)?.length ?? 0;
      if (sinks !== 1) {
        this.error(`Expected Preact's one innerHTML assignment in ${id}, found ${sinks}: see preactWithoutHtmlSink.`);
      }
      const refusal = '(()=>{throw Error("dangerouslySetInnerHTML is disabled: Second Thought never writes HTML")})()';
      return { code: code.replace(SINK, refusal), map: null };
    },
  };
}


/** Ships src/_locales as _locales beside the manifest: the WebExtension i18n system reads it from there. */
function webExtensionLocales(): Plugin {
  const root = fileURLToPath(new URL('./src/_locales', import.meta.url));
  return {
    name: 'second-thought:locales',
    generateBundle() {
      for (const locale of readdirSync(root)) {
        const source = readFileSync(join(root, locale, 'messages.json'), 'utf8');
        // A broken messages file would make the browser refuse the whole extension: fail the build instead.
        const messages = JSON.parse(source) as Record<string, { message: string; description?: string }>;
        // Descriptions are notes for translators, which the browser never reads: the package ships without them
        // (13 KB of the 39).
        for (const entry of Object.values(messages)) delete entry.description;
        this.emitFile({ type: 'asset', fileName: `_locales/${locale}/messages.json`, source: JSON.stringify(messages) });
      }
    },
  };
}

/**
 * The managed-storage schema (public/managed-schema.json) as the package ships it: without the indentation, which
 * the browser never reads (0.2 KB of the zip). The file in public/ stays laid out for the admins who read it.
 */
function compactManagedSchema(): Plugin {
  let outDir = '';
  return {
    name: 'second-thought:compact-managed-schema',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // After public/ is copied in.
    closeBundle() {
      const path = join(outDir, 'managed-schema.json');
      writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
    },
  };
}

// `vite build` makes the Chrome package in dist/; `vite build --mode firefox` makes the Firefox one in
// dist-firefox/, from the same manifest.json and sources.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preactWithoutHtmlSink(),
      preact(),
      firefox ? crx({ manifest: firefoxManifest(manifest), browser: 'firefox' }) : crx({ manifest }),
      firefox && firefoxServiceWorkerBesideScripts(),
      webExtensionLocales(),
      compactManagedSchema(),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // The practice, onboarding and private-message pages are not named in the manifest, so they are listed here.
      rollupOptions: {
        input: {
          practice: 'src/pages/practice/index.html',
          onboarding: 'src/pages/onboarding/index.html',
          raise: 'src/pages/raise/index.html',
        },
      },
    },
    server: { port: 5173, strictPort: true },
  };
});
