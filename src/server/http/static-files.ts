/**
 * Serves the built app from dist/ and answers client-side routes with index.html. The build puts a
 * brotli (.br) and a gzip (.gz) copy next to each compressible file; the one the client accepts is
 * sent, with the original's content type and caching, and `Vary: Accept-Encoding`. Source maps (*.map)
 * are answered 404 unless `serveSourceMaps` (SERVE_SOURCE_MAPS=1).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** True when `dir` holds a built app. */
export function hasBuiltApp(dir: string | null | undefined): dir is string {
  return !!dir && existsSync(path.join(dir, 'index.html'));
}

/** The residents' help page as the build emits it (its own small entry, not the app: src/help/index.html). */
export const HELP_PAGE_FILE = 'src/help/index.html';

/** The file a precompressed sibling stands for: `index.html.br` → `index.html`. */
function originalName(filePath: string): string {
  return path.basename(filePath).replace(/\.(?:br|gz)$/, '');
}

export interface StaticFileOptions {
  /** Serve the build's source maps (*.map); 404 otherwise. */
  serveSourceMaps?: boolean;
}

/** True for a source map's path (`/assets/app-abc.js.map`), also when spelled with %-escapes. */
export function isSourceMap(pathName: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathName);
  } catch {
    return true; // not a path any file has: refused all the same
  }
  return /\.map$/i.test(decoded);
}

export async function registerStaticFiles(app: FastifyInstance, dir: string, options: StaticFileOptions = {}): Promise<void> {
  const serveSourceMaps = options.serveSourceMaps ?? false;
  await app.register(fastifyStatic, {
    root: path.resolve(dir),
    wildcard: true,
    // A path refused here goes to the not-found handler (404).
    allowedPath: (pathName) => serveSourceMaps || !isSourceMap(pathName),
    index: ['index.html'],
    preCompressed: true,
    setHeaders(reply, filePath) {
      const name = originalName(filePath);
      // Fingerprinted assets (the app's under assets/, the help page's under help-assets/) never change;
      // everything else (index.html, the service worker) is revalidated.
      if (/[\\/](?:help-)?assets[\\/]/.test(filePath)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      else if (name.endsWith('.html') || name === 'sw.js' || name.endsWith('.webmanifest')) reply.header('cache-control', 'no-cache');
    },
  });
}

/**
 * GET /help/<token>: the residents' help page, the same HTML for any token (the page reads the token
 * from its address). Not registered when the build has no help page.
 */
export function registerHelpPage(app: FastifyInstance, dir: string): void {
  if (!existsSync(path.join(dir, HELP_PAGE_FILE))) return;
  app.get('/help/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile(HELP_PAGE_FILE));
}
