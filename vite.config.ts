import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { precompress } from './tools/precompress.js';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';
const manifestPath = new URL('./manifest.webmanifest', import.meta.url);
/** Shown in Settings; GRIDWALK_BUILD_ID marks a distinct build (the browser tests deploy a second version that way). */
const buildId = process.env.GRIDWALK_BUILD_ID?.trim();
const appVersion = buildId ? `${pkg.version}+${buildId}` : pkg.version;

/** The web app manifest lives at the project root; serve it in dev and emit it into the build. */
function rootManifest(): Plugin {
  return {
    name: 'gridwalk-root-manifest',
    enforce: 'post',
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_req, res) => {
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(readFileSync(manifestPath));
      });
    },
    // Keep one copy at a stable URL: Vite would otherwise also emit a hashed copy for the <link>.
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'asset') continue;
        if (/^assets\/manifest-.*\.webmanifest$/.test(fileName)) Reflect.deleteProperty(bundle, fileName);
        else if (fileName === 'index.html' && typeof output.source === 'string') {
          output.source = output.source.replace(/href="[^"]*manifest[^"]*\.webmanifest"/, 'href="/manifest.webmanifest"');
        }
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: readFileSync(manifestPath, 'utf8') });
    },
  };
}

/**
 * The residents' help page (src/help, /help/<token>): a small page of its own, not the app. It is built
 * after the app, as a second build into the same directory (its files under help-assets/), so that it
 * shares no chunk with the app (the app's chunk groups would pull the app's start-up code into it) and
 * the service worker, written before it, never precaches it. The app's precompression, which runs last,
 * compresses its files too. tools/check-budgets.mjs holds it to 50 KB gzipped.
 */
function helpPage(): Plugin {
  let root = '';
  let outDir = '';
  let building = false;
  return {
    name: 'gridwalk-help-page',
    // In development (npm run dev) /help/<token> opens the page from its source, as the server does from the build.
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.method === 'GET' && req.url && /^\/help\/[^/?]+\/?(?:\?|$)/.test(req.url)) {
          req.url = `/src/help/index.html${req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''}`;
        }
        next();
      });
    },
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      async handler(error) {
        if (error || !building) return;
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          publicDir: false,
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            modulePreload: false,
            sourcemap: true,
            assetsDir: 'help-assets',
            manifest: '.vite/help-manifest.json',
            rolldownOptions: { input: { help: path.resolve(root, 'src/help/index.html') } },
          },
        });
      },
    },
  };
}

/** Modules the home screen shares with other routes (paths under src/, / as separator). */
const HOME_SHARED_MODULES = [
  'data/hooks/use-records.ts',
  'domain/temperature.ts',
  'domain/round/day-status.ts',
  'domain/round/room-order.ts',
  'domain/round/round-tally.ts',
  'features/round/use-today-statuses.ts',
  'features/round/round-scope.ts',
  'shared/ui/record-sync-badge.tsx',
  'shared/local-date.ts',
  'shared/i18n/message-keys.ts',
  'domain/sealing/seal-days.ts',
];

/**
 * The secretary's desk's data code (hooks and queries only the desk's screens use): exported by src/data's
 * entry module, which sits in the start-up chunk, but a chunk of its own that loads with those screens. This
 * works because package.json's "sideEffects" lists the only modules with effects at import (CSS, main.tsx,
 * zod-without-eval.ts, the service worker): the start-up chunk need not import what it does not use.
 */
const DESK_DATA_MODULES = [
  'data/queries/desk-queries.ts',
  'data/hooks/use-conflicts.ts',
  'data/hooks/use-record-ids.ts',
  'data/queries/record-ids-query.ts',
  'data/hooks/use-day-records.ts',
];

/** A module id test matching any of these files under src/, whatever the path separator. */
function anyOf(files: readonly string[]): RegExp {
  const escape = (file: string) => file.replace(/[.]/g, '\\.').replaceAll('/', '[\\\\/]');
  return new RegExp(`src[\\\\/](?:${files.map(escape).join('|')})$`);
}

/**
 * ExcelJS's browser bundle (browserify) falls back on a global `require` when one exists; in a browser
 * none does, and the mere reference makes the bundler put a `require` shim into the runtime chunk
 * that every page loads at start. Without it the first screen carries nothing of the ledger's library.
 */
function excelJsWithoutRequire(): Plugin {
  const prelude = '"function"==typeof require&&require';
  return {
    name: 'gridwalk-exceljs-without-require',
    transform(code, id) {
      if (!/exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/.test(id)) return null;
      if (!code.includes(prelude)) this.error('exceljs: the browserify prelude changed; check the require shim in the runtime chunk');
      return { code: code.replaceAll(prelude, '!1'), map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    excelJsWithoutRequire(),
    rootManifest(),
    // The service worker src/sw/sw.ts → dist/sw.js with the precache manifest injected.
    // The app registers it itself (src/app/pwa) and the manifest is the root file above.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      manifest: false,
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,webmanifest,png,svg,ico,woff2}'],
        // Source maps are for debugging, not for offline use; the .br/.gz copies are the server's business
        // (the browser decodes what it fetches, the precache holds each file once).
        // The residents' help page is not the app's (helpPage below): never precached.
        globIgnores: ['**/*.map', '**/*.br', '**/*.gz', 'sw.js', 'src/help/**', 'help-assets/**'],
        rollupFormat: 'iife',
        sourcemap: true,
      },
    }),
    // After the service worker (not precached), before the precompression (which compresses it too).
    helpPage(),
    // A .br and a .gz copy next to each compressible built file, sw.js included, for the server to send.
    precompress(),
  ],
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  // Dexie's modern ES build (ES2018 as shipped, without the ES5 helpers of the build its package entry
  // wraps): 1.3 KB less gzipped on the first screen. The app bundles one copy, so the wrapper's guard
  // against two copies has nothing to guard here.
  // ExcelJS's browser bundle without its polyfills (the app targets ES2022 browsers): 20 KB less gzipped
  // than the package's browser entry, loaded only by the spreadsheet screens (src/shared/spreadsheet/load-exceljs.ts).
  resolve: {
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      { find: /^exceljs$/, replacement: 'exceljs/dist/exceljs.bare.min.js' },
    ],
  },
  build: {
    target: 'es2022',
    // Lazy chunks come from the service worker's precache: preloading their imports ahead (which adds
    // a list of file names to every dynamic import in the start-up code) buys nothing offline.
    modulePreload: false,
    sourcemap: true,
    // dist/.vite/manifest.json lets tools/check-budgets.mjs follow each chunk's imports.
    manifest: true,
    rolldownOptions: {
      output: {
        // Shorter hashes than the default 8 (rolldown's minimum for this many chunks): a hundred chunk names
        // are referenced from the start-up chunk, ~0.2 KB less gzipped on the first screen.
        chunkFileNames: 'assets/[name]-[hash:7].js',
        codeSplitting: {
          // Everything the entry imports statically goes into one chunk instead of a dozen small
          // shared ones (each compressed on its own): ~4 KB less to gzip for the first screen. The
          // screens every role's route table shares (shared-routes.tsx: lazy stubs) and the sync summary
          // both role apps' homes show go there too, and the signed-in frame each role app puts its
          // navigation in (with the idle warming of its next screens), and the page layout every screen has
          // (the lock screen, every start's first screen since issue 18, included).
          // Lazy routes and lazily loaded data code stay separate chunks, except the small modules
          // the home screen (part of the first screen) shares with other routes: one chunk, not seven.
          groups: [
            { name: 'app', test: /src[\\/](?:app[\\/](?:main|shared-routes|signed-in-layout|warm-when-idle)|features[\\/]sync[\\/]sync-summary|shared[\\/]ui[\\/]page-layout)\.tsx?$/ },
            { name: 'home', test: anyOf(HOME_SHARED_MODULES) },
            { name: 'desk-data', test: anyOf(DESK_DATA_MODULES), priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': apiTarget } },
});
