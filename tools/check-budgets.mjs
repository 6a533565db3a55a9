#!/usr/bin/env node
// Build budgets, checked after `npm run build` (CI: `npm run check:budgets`). Prints the figures; exits 1 when over.
// - First screen: the JavaScript and CSS the browser loads at start (index.html's module script, modulepreloads
//   and stylesheets) plus what the first screen of a signed-in phone needs: since the app lock (issue 18) every
//   start shows "Locked" (its chunk and static imports) and the larger language's message files (core + 'lock'):
//   ≤ 150 KB gzipped.
// - Home after unlock: the start-up files plus what a grid worker's Home needs (their role app's chunk, the home
//   route chunk and their static imports) and the larger language's core + 'round' messages: ≤ 155 KB gzipped.
//   Loaded while the PIN is typed, not before the first paint.
// - Every route of the route tables (src/app/routes.tsx, role-app.tsx, shared-routes.tsx, occasional-routes.tsx, each role's app) that is
//   declared lazy is its own chunk, outside the start-up files, and precached; the secretary's app is not in the
//   grid worker's first screen, nor is the volunteer's.
// - The whole precache (the entries injected into dist/sw.js) ≤ 2.5 MB: 1.5 MB for the app, and room for the
//   Excel ledger's library (ExcelJS, ~850 KB raw, ~230 KB gzipped), precached so that export and import
//   work offline; it is loaded only by the ledger's screens, never at start.
// - The residents' help page (src/help: its HTML, JavaScript and CSS, built apart from the app) ≤ 50 KB gzipped,
//   and none of it precached.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');
const FIRST_SCREEN_LIMIT = 150 * 1024;
const HOME_LIMIT = 155 * 1024;
const PRECACHE_LIMIT = 2.6 * 1024 * 1024;
const HELP_PAGE_LIMIT = 50 * 1024;
const HELP_PAGE = 'src/help/index.html';
const HOME_ROUTE = 'src/features/round/home-screen.tsx';
const LOCK_SCREEN = 'src/features/lock/lock-screen.tsx';
// Each role's app is its own chunk (src/app/role-app.tsx); the grid worker's is the one whose first screen counts.
const WORKER_APP = 'src/app/worker/worker-app.tsx';
const SECRETARY_APP = 'src/app/secretary/secretary-app.tsx';
const VOLUNTEER_APP = 'src/app/volunteer/volunteer-app.tsx';
// The route tables: each lazy screen they name is a chunk of its own, outside the start-up files.
const ROUTE_TABLES = ['src/app/routes.tsx', 'src/app/lock-gate.tsx', 'src/app/role-app.tsx', 'src/app/shared-routes.tsx', 'src/app/occasional-routes.tsx', WORKER_APP, SECRETARY_APP, VOLUNTEER_APP];
// The core messages plus a screen's own namespace, per language: the larger pair counts.
const localesOf = (namespace) => [
  ['src/shared/i18n/locales/zh-CN.ts', `src/shared/i18n/locales/${namespace}/zh-CN.ts`],
  ['src/shared/i18n/locales/en.ts', `src/shared/i18n/locales/${namespace}/en.ts`],
];

const failures = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const read = (file) => readFileSync(path.join(dist, file));
const gzipSize = (file) => gzipSync(read(file)).length;

function requireFile(relative, hint) {
  if (!existsSync(path.join(dist, relative))) {
    console.error(`check-budgets: ${path.relative(root, path.join(dist, relative))} is missing (${hint}).`);
    process.exit(1);
  }
}
requireFile('index.html', 'run `npm run build` first');
requireFile('.vite/manifest.json', 'vite.config.ts must keep build.manifest: true');
requireFile('sw.js', 'the service worker build (vite-plugin-pwa) did not run');

const html = read('index.html').toString('utf8');
const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8'));
const stripSlash = (url) => url.replace(/^\//, '');

// 1. Start-up files, exactly as index.html makes the browser load them.
const startup = new Set();
for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) startup.add(stripSlash(match[1]));
for (const match of html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g)) startup.add(stripSlash(match[1]));

/** A manifest chunk's file, its static imports' files and their CSS, recursively. */
function closure(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

/** The start-up files, the closure of `entries` and the larger language's messages (core + `namespace`). */
function screenFiles(entries, namespace) {
  const files = new Set(startup);
  for (const key of entries) {
    if (!manifest[key]) failures.push(`${key} is not in the build manifest`);
    for (const file of closure(key)) files.add(file);
  }
  const lazyLocales = localesOf(namespace).map((keys) => keys.filter((key) => manifest[key]?.isDynamicEntry)).filter((keys) => keys.length > 0);
  const localeFiles = lazyLocales.map((keys) => {
    const found = new Set();
    for (const key of keys) closure(key, found);
    return [...found].filter((file) => !files.has(file));
  });
  const largestLocale = localeFiles.sort((a, b) => b.reduce((s, f) => s + gzipSize(f), 0) - a.reduce((s, f) => s + gzipSize(f), 0))[0] ?? [];
  for (const file of largestLocale) files.add(file);
  return files;
}

// As the server sends them to a browser accepting brotli: the build's .br copies (tools/precompress.js),
// or the file itself where there is none (not smaller, or an older build). Printed, not limited.
const sentSize = (file) => statSync(path.join(dist, existsSync(path.join(dist, `${file}.br`)) ? `${file}.br` : file)).size;

function report(title, files, limit) {
  console.log(`${title} (gzipped):`);
  let total = 0;
  for (const file of [...files].sort((a, b) => gzipSize(b) - gzipSize(a))) {
    const size = gzipSize(file);
    total += size;
    console.log(`  ${kb(size).padStart(9)}  ${file}`);
  }
  console.log(`  ${kb(total).padStart(9)}  total (limit ${kb(limit)})`);
  const sent = [...files].reduce((sum, file) => sum + sentSize(file), 0);
  console.log(`  ${kb(sent).padStart(9)}  as sent with brotli`);
  if (total > limit) failures.push(`${title.toLowerCase()} is ${kb(total)} gzipped, over ${kb(limit)}`);
}

const firstScreen = screenFiles([LOCK_SCREEN], 'lock');
report('First screen', firstScreen, FIRST_SCREEN_LIMIT);
const homeScreen = screenFiles([WORKER_APP, HOME_ROUTE], 'round');
console.log('');
report('Home after unlock', homeScreen, HOME_LIMIT);

// 2. Lazy routes: every `lazy(() => import('…'))` or `lazyScreen(() => import('…'), …)` in a route table is a chunk of its own, not loaded at start.
const lazyRoutes = [
  ...new Set(
    ROUTE_TABLES.flatMap((table) => {
      const source = readFileSync(path.join(root, table), 'utf8');
      return [...source.matchAll(/(?:lazy|lazyScreen)\(\s*\(\)\s*=>\s*import\('([^']+)'\)/g)].map((m) =>
        path.relative(root, path.resolve(root, path.dirname(table), `${m[1]}.tsx`)).split(path.sep).join('/'),
      );
    }),
  ),
];
const startupClosure = new Set([...startup].flatMap((file) => Object.entries(manifest).filter(([, c]) => c.file === file).map(([key]) => key)).flatMap((key) => [...closure(key)]));
console.log(`\nLazy routes (${lazyRoutes.length}):`);
if (lazyRoutes.length < 4) failures.push(`expected at least 4 lazy routes in src/app/routes.tsx, found ${lazyRoutes.length}`);
for (const key of lazyRoutes) {
  const chunk = manifest[key];
  if (!chunk?.isDynamicEntry) {
    failures.push(`${key} is not a lazy chunk`);
    continue;
  }
  if (startupClosure.has(chunk.file)) failures.push(`${key} (${chunk.file}) is loaded at start`);
  console.log(`  ${kb(gzipSize(chunk.file)).padStart(9)}  ${chunk.file}  ← ${key}`);
}

// A secretary's (or a volunteer's) screens load for that role only: nothing only their app reaches is in the worker's first screen.
const workerFiles = closure(WORKER_APP);
for (const [app, role] of [[SECRETARY_APP, 'secretary'], [VOLUNTEER_APP, 'volunteer']]) {
  if (!manifest[app]) failures.push(`${app} is not in the build manifest`);
  for (const file of closure(app)) {
    if (homeScreen.has(file) && !workerFiles.has(file) && !startup.has(file)) failures.push(`${file} (${role} only) is in the grid worker's Home`);
  }
  if (manifest[app] && (homeScreen.has(manifest[app].file) || firstScreen.has(manifest[app].file))) failures.push(`${app} is in the grid worker's first screen or Home`);
}

// 3. The precache: the entries vite-plugin-pwa injected into sw.js.
const sw = read('sw.js').toString('utf8');
const precached = [...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]))];
let precacheTotal = 0;
for (const url of precached) {
  if (!existsSync(path.join(dist, url))) failures.push(`precached ${url} is not in ${path.relative(root, dist)}`);
  else precacheTotal += statSync(path.join(dist, url)).size;
}
const precachedSet = new Set(precached);
for (const key of lazyRoutes) {
  const file = manifest[key]?.file;
  if (file && !precachedSet.has(file)) failures.push(`lazy route ${file} is not precached`);
}
for (const file of [...firstScreen, 'index.html', 'manifest.webmanifest']) {
  if (!precachedSet.has(file)) failures.push(`${file} is not precached`);
}
console.log(`\nPrecache: ${precached.length} entries, ${kb(precacheTotal)} (limit ${kb(PRECACHE_LIMIT)})`);
if (precacheTotal > PRECACHE_LIMIT) failures.push(`precache is ${kb(precacheTotal)}, over ${kb(PRECACHE_LIMIT)}`);

// 4. The residents' help page: its own build (vite.config.ts, helpPage) with its own manifest.
const helpManifestFile = '.vite/help-manifest.json';
if (!existsSync(path.join(dist, HELP_PAGE)) || !existsSync(path.join(dist, helpManifestFile))) {
  failures.push(`the help page (${HELP_PAGE}, ${helpManifestFile}) is not in the build`);
} else {
  const helpManifest = JSON.parse(read(helpManifestFile).toString('utf8'));
  const helpFiles = new Set([HELP_PAGE]);
  const helpClosure = (key) => {
    const chunk = helpManifest[key];
    if (!chunk || helpFiles.has(chunk.file)) return;
    helpFiles.add(chunk.file);
    for (const css of chunk.css ?? []) helpFiles.add(css);
    for (const imported of chunk.imports ?? []) helpClosure(imported);
  };
  helpClosure(HELP_PAGE);
  // Each language's messages load on their own (a visitor loads one): the larger language counts; other lazy code counts whole.
  const byLanguage = new Map();
  for (const key of helpManifest[HELP_PAGE]?.dynamicImports ?? []) {
    const language = /zh-CN\.ts$/.test(key) ? 'zh-CN' : /[\\/]en\.ts$/.test(key) ? 'en' : 'other';
    const chunk = helpManifest[key];
    if (!chunk) continue;
    if (language === 'other') helpClosure(key);
    else byLanguage.set(language, [...(byLanguage.get(language) ?? []), chunk.file]);
  }
  const languageFiles = [...byLanguage.values()].sort(
    (a, b) => b.reduce((sum, f) => sum + gzipSize(f), 0) - a.reduce((sum, f) => sum + gzipSize(f), 0),
  )[0] ?? [];
  for (const file of languageFiles) helpFiles.add(file);
  for (const files of byLanguage.values()) for (const file of files) if (precachedSet.has(file)) failures.push(`help page file ${file} is precached`);
  console.log('\nHelp page (gzipped; the larger language):');
  let helpTotal = 0;
  for (const file of helpFiles) {
    const size = gzipSize(file);
    helpTotal += size;
    console.log(`  ${kb(size).padStart(9)}  ${file}`);
    if (precachedSet.has(file)) failures.push(`help page file ${file} is precached`);
  }
  console.log(`  ${kb(helpTotal).padStart(9)}  total (limit ${kb(HELP_PAGE_LIMIT)})`);
  if (helpTotal > HELP_PAGE_LIMIT) failures.push(`help page is ${kb(helpTotal)} gzipped, over ${kb(HELP_PAGE_LIMIT)}`);
}

if (failures.length > 0) {
  console.error(`\nBudgets FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nBudgets OK');
