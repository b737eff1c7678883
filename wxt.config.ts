import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { NEWS_MATCHES } from './lib/sites';
import { iceDataset } from './scripts/vite-dataset';
import { noEval } from './scripts/vite-no-eval';

/**
 * Build flavours, chosen by environment variables so a production build can never carry them:
 * - ICE_CONTEXT_DEMO=1 (npm start): also runs on 127.0.0.1 and localhost, built to .output/*-demo.
 * - ICE_CONTEXT_BENCH=1 (npm run bench): the content script leaves performance marks, built to *-bench.
 * - ICE_CONTEXT_E2E=1 (Firefox end-to-end tests): the background opens the popup and options pages
 *   in tabs on install, because WebDriver BiDi cannot navigate to moz-extension:// pages.
 */
const demo = process.env.ICE_CONTEXT_DEMO === '1';
const e2e = process.env.ICE_CONTEXT_E2E === '1';
const bench = process.env.ICE_CONTEXT_BENCH === '1';
/**
 * Where readers' reports of a wrong mark go, the one place it is set: a new-issue page (https URL) or
 * an e-mail address, from ICE_CONTEXT_FEEDBACK at build time. Empty: cards offer "Copy" only. The
 * extension never sends a report itself (lib/feedback.ts).
 */
const FEEDBACK = process.env.ICE_CONTEXT_FEEDBACK ?? '';
const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

/**
 * The content script runs on every news page, so it uses the browsers' own promise-based `browser` /
 * `chrome` (what WXT's `wxt/browser` is without the polyfill module) instead of webextension-polyfill:
 * 2.7 KB gzip and about a millisecond of start-up less per page. It only sends messages, answers
 * them with sendResponse and watches storage, which both browsers do natively in our manifests.
 * The other bundles keep the polyfill (the background answers messages with promises).
 */
function contentScriptDiet(): Plugin {
  let content = false;
  return {
    name: 'ice-content-script-diet',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      content = typeof entry === 'string' && entry.startsWith('virtual:wxt-content-script') && /[\\/]entrypoints[\\/]content[\\/]/.test(entry);
    },
    async resolveId(id, importer) {
      if (!content) return undefined;
      // wxt/browser has already been aliased to the polyfill's module by the time plugins see it.
      if (id === '@wxt-dev/webextension-polyfill/browser') return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
      // The content script takes only the topic gate from lib/detect (pure modules, no side effects):
      // the rest of the detector runs in the background (lib/page/remote-detect.ts).
      if (!id.includes('detect') && !importer?.includes('detect')) return undefined;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved && /[\\/]lib[\\/]detect[\\/]/.test(resolved.id) ? { ...resolved, moduleSideEffects: false } : resolved;
    },
    transform(code, id) {
      // The match patterns go into the manifest (read when WXT imports the entrypoint at build time);
      // the bundle never reads them, so it does not carry the list of news sites.
      if (!content || id.includes('virtual:') || !/[\\/]entrypoints[\\/]content[\\/]index\.ts$/.test(id)) return undefined;
      const stripped = code.replace('matches: NEWS_MATCHES,', 'matches: [],');
      if (stripped === code) this.error('entrypoints/content/index.ts: "matches: NEWS_MATCHES," not found');
      return { code: stripped, map: null };
    },
  };
}

export default defineConfig({
  srcDir: '.',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${demo ? '-demo' : ''}${e2e ? '-e2e' : ''}${bench ? '-bench' : ''}`,
  vite: () => ({
    plugins: [preact(), iceDataset(), noEval(), contentScriptDiet()],
    define: { __ICE_E2E__: JSON.stringify(e2e), __ICE_BENCH__: JSON.stringify(bench), __ICE_LOCAL__: JSON.stringify(demo || bench), __ICE_FEEDBACK__: JSON.stringify(FEEDBACK) },
  }),
  manifest: ({ browser, manifestVersion }) => {
    const hostsAnyone = ['*://*/*'];
    return {
      name: 'ICE Context',
      short_name: 'ICE Context',
      description:
        'Context for claims about ICE capacity in news articles: official figures, sources and capacity math. No data leaves your browser.',
      permissions: ['storage', 'activeTab', 'scripting', ...(manifestVersion === 2 ? NEWS_MATCHES : [])],
      ...(manifestVersion === 3
        ? { host_permissions: NEWS_MATCHES, optional_host_permissions: hostsAnyone }
        : { optional_permissions: hostsAnyone }),
      // Our own scripts only: no eval, no remote code, no wasm (asserted by test/unit/reliability/manifest.test.ts).
      content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_CSP } : EXTENSION_CSP,
      action: { default_title: 'ICE Context' },
      commands: {
        'next-claim': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next claim on the page' },
        'previous-claim': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous claim on the page' },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'ice-context@ice-context.invalid',
                // Firefox draws text decorations inside ::highlight() from 146 on: below it the default
                // mark (a dotted underline) would be invisible.
                strict_min_version: '146.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '146.0' },
            },
          }
        : {}),
    };
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!demo && !bench) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...LOCAL_MATCHES];
      if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_MATCHES];
      else manifest.permissions = [...(manifest.permissions ?? []), ...LOCAL_MATCHES];
    },
  },
});
