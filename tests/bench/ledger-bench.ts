/**
 * The ledger in Chromium (issue 15 goals), on a page of its own (support/ledger-page, built here with
 * the app's Vite aliases and define, so ExcelJS is the app's bare bundle in a lazy chunk of its own):
 * - export of the secretary's 20,000 residents (8,000 households, 60 buildings) as the household
 *   register .xlsx: records read from IndexedDB through the data client, the sheet built, the workbook
 *   written (goal ≤ 5 s); the first run fetches and runs ExcelJS, as a first export on a phone does;
 * - import of a 5,000-row roster .xlsx to its preview: readSpreadsheet → findRosterLayout →
 *   previewRoster against the 20,000 residents (goal ≤ 5 s); the register read through the data
 *   client (done when the import screen opens, before a file is chosen) is printed apart;
 * - ExcelJS's size gzipped: the page build's chunk, node_modules' exceljs.bare.min.js, and, when there
 *   is an app build (dist/ or BENCH_DIST), its chunk and which chunks import it.
 * Desktop Chromium, CPU not slowed. Printed, nothing asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';
import { chromiumAvailable, launchChromium } from '../e2e/support/browser';
import { ROOT } from '../e2e/support/builds';
import { COMMUNITY_ID, GRID_ID, LEDGER_BENCH_COUNTS, makeLedgerCommunity, makeLedgerRoster } from './support/ledger-data';
import type { ExportTiming, ImportTiming } from './support/ledger-page/ledger-page';

const PAGE_DIR = path.join(import.meta.dirname, 'support/ledger-page');
const OUT_DIR = path.join(ROOT, '.tmp/ledger-bench-page');
const EXCELJS_SOURCE = 'node_modules/exceljs/dist/exceljs.bare.min.js';
const RUNS = 3;
const GOAL_MS = 5000;

export interface LedgerLine {
  label: string;
  value: string;
  notes: string[];
}

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export function ledgerBenchAvailable(): boolean {
  return chromiumAvailable();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const gzipKb = (file: string) => kb(gzipSync(readFileSync(file)).length);

function readManifest(dir: string): Record<string, ManifestChunk> | null {
  const file = path.join(dir, '.vite/manifest.json');
  if (!existsSync(file)) return null;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return isManifest(parsed) ? parsed : null;
}

function isManifest(value: unknown): value is Record<string, ManifestChunk> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((chunk: unknown) => typeof chunk === 'object' && chunk !== null && 'file' in chunk && typeof chunk.file === 'string')
  );
}

/** The chunks loaded with `keys`: themselves and their static imports, recursively. */
function staticClosure(manifest: Record<string, ManifestChunk>, keys: readonly string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (into.has(key)) continue;
    into.add(key);
    staticClosure(manifest, manifest[key]?.imports ?? [], into);
  }
  return into;
}

/** The bench page with the app's aliases ('exceljs' → its bare bundle, dexie's modern build) and define. */
async function buildPage(): Promise<void> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(ROOT, 'vite.config.ts'), ROOT, 'silent');
  if (!loaded) throw new Error('vite.config.ts could not be loaded');
  await build({
    configFile: false,
    root: PAGE_DIR,
    logLevel: 'warn',
    publicDir: false,
    resolve: loaded.config.resolve,
    define: loaded.config.define,
    build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022', modulePreload: false, manifest: true, chunkSizeWarningLimit: 10_000 },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.join(dir, pathname === '/' ? 'index.html' : path.normalize(pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });
}

function exportLines(runs: readonly ExportTiming[]): LedgerLine[] {
  const first = runs[0];
  if (!first) return [];
  const { buildings, households, residents } = LEDGER_BENCH_COUNTS;
  const totals = runs.map((run) => run.totalMs);
  const worst = Math.max(...totals);
  return [
    {
      label: `ledger export, household register (${residents} residents), goal ≤ 5 s`,
      value: `first ${s(first.totalMs)}, runs ${totals.map(s).join(', ')}  ${worst <= GOAL_MS ? 'within goal' : 'OVER GOAL'}`,
      notes: [
        `${residents} residents in ${households} households in ${buildings} buildings → ${first.rows} rows, ${kb(first.bytes)} .xlsx`,
        ...runs.map(
          (run, index) =>
            `run ${index + 1}${index === 0 ? ' (fetches ExcelJS)' : ''}: read from IndexedDB ${s(run.readMs)}, sheet ${s(run.sheetMs)}, workbook ${s(run.writeMs)}`,
        ),
      ],
    },
  ];
}

function importLines(runs: readonly ImportTiming[], fileBytes: number, made: Record<string, number>): LedgerLine[] {
  const first = runs[0];
  if (!first) return [];
  const totals = runs.map((run) => run.fileToPreviewMs);
  const worst = Math.max(...totals);
  return [
    {
      label: `ledger import, ${LEDGER_BENCH_COUNTS.rosterRows}-row roster .xlsx to preview, goal ≤ 5 s`,
      value: `runs ${totals.map(s).join(', ')}  ${worst <= GOAL_MS ? 'within goal' : 'OVER GOAL'}`,
      notes: [
        'ExcelJS already loaded (the export loaded it); a first import fetches it too, as the first export run does',
        `roster ${kb(fileBytes)}, checked against ${LEDGER_BENCH_COUNTS.residents} residents; made ${JSON.stringify(made)}, preview says ${JSON.stringify(first.statuses)}`,
        ...runs.map((run, index) => `run ${index + 1}: readSpreadsheet ${s(run.readMs)}, layout + preview ${s(run.previewMs)}; register read on opening the screen ${s(run.registerMs)}`),
      ],
    },
  ];
}

/** ExcelJS gzipped: the page build's chunk, the package file, and the app build's chunk with its importers. */
function sizeLines(appDir: string): LedgerLine[] {
  const notes = [`${EXCELJS_SOURCE}: ${gzipKb(path.join(ROOT, EXCELJS_SOURCE))}`];
  const page = readManifest(OUT_DIR)?.[EXCELJS_SOURCE];
  let value = page ? `${gzipKb(path.join(OUT_DIR, page.file))} (the bench page's chunk)` : 'no ExcelJS chunk in the bench page build';
  const app = readManifest(appDir);
  const chunk = app?.[EXCELJS_SOURCE];
  if (app && chunk) {
    value = `${gzipKb(path.join(appDir, chunk.file))} (${path.relative(ROOT, appDir)}/${chunk.file})`;
    const dynamic = Object.entries(app).filter(([, other]) => other.dynamicImports?.includes(EXCELJS_SOURCE));
    const statics = Object.entries(app).filter(([, other]) => other.imports?.includes(EXCELJS_SOURCE));
    const startup = staticClosure(app, Object.keys(app).filter((key) => app[key]?.isEntry));
    notes.push(
      `in ${path.relative(ROOT, appDir)}: imported with import() by ${dynamic.map(([key, other]) => other.src ?? `${other.name ?? key} (${other.file})`).join(', ') || 'nothing'}; ` +
        `statically by ${statics.map(([key]) => key).join(', ') || 'nothing'}; ${startup.has(EXCELJS_SOURCE) ? 'IN' : 'not in'} the start-up files (the entries and their static imports)`,
    );
    } else {
    notes.push(`no app build with an ExcelJS chunk in ${path.relative(ROOT, appDir)} (\`npm run build\` or BENCH_DIST) to say which chunks load it`);
  }
  return [{ label: 'ledger: ExcelJS chunk, gzipped', value, notes }];
}

export async function benchLedger(appDir: string): Promise<LedgerLine[]> {
  await buildPage();
  const community = makeLedgerCommunity();
  const roster = makeLedgerRoster(community);
  const { server, url } = await serve(OUT_DIR);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(url);
    await page.waitForFunction(() => window.__ledgerBench !== undefined);
    const stored = await page.evaluate(([data, communityId, gridId]) => window.__ledgerBench!.seed(data, communityId, gridId), [community, COMMUNITY_ID, GRID_ID] as const);
    if (stored.resident !== community.residents.length) throw new Error(`seeded ${JSON.stringify(stored)}`);
    const exports: ExportTiming[] = [];
    for (let run = 0; run < RUNS; run++) exports.push(await page.evaluate(() => window.__ledgerBench!.exportRegister()));
    const fileBytes = await page.evaluate((table) => window.__ledgerBench!.makeRoster(table), roster);
    const imports: ImportTiming[] = [];
    for (let run = 0; run < RUNS; run++) imports.push(await page.evaluate(() => window.__ledgerBench!.importRoster()));
    return [...exportLines(exports), ...importLines(imports, fileBytes, roster.made), ...sizeLines(appDir)];
  } finally {
    await browser.close();
    server.close();
  }
}
