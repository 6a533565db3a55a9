/**
 * The built apps the browser tests serve. The harness builds nothing: `npm run build` makes dist/,
 * and `npm run test:e2e` makes the "next version" in .tmp/dist-v2 (a second build with another
 * GRIDWALK_BUILD_ID) before it runs the tests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST_DIR = path.join(ROOT, 'dist');
export const NEXT_DIST_DIR = path.join(ROOT, '.tmp/dist-v2');
/** The build id `npm run test:e2e` gives the second build. */
export const NEXT_BUILD_ID = 'e2e-next';

/** Fails with a clear message when `dir` holds no built app with its service worker. */
export function requireBuild(dir: string = DIST_DIR, howToBuild = 'run `npm run build` first'): string {
  const relative = path.relative(ROOT, dir) || '.';
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`The browser tests serve the built app, but ${relative}/index.html is missing: ${howToBuild}.`);
  }
  if (!existsSync(path.join(dir, 'sw.js'))) {
    throw new Error(`${relative}/sw.js is missing: the build has no service worker (${howToBuild}).`);
  }
  return dir;
}

/** The second build for the update scenario. */
export function requireNextBuild(): string {
  return requireBuild(NEXT_DIST_DIR, `build it with \`GRIDWALK_BUILD_ID=${NEXT_BUILD_ID} npx vite build --outDir .tmp/dist-v2\` (npm run test:e2e does)`);
}
