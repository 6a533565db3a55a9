/**
 * Serves the built app from dist/ and answers client-side routes with index.html. The build puts a
 * brotli (.br) and a gzip (.gz) copy next to each compressible file; the one the client accepts is
 * sent, with the original's content type and caching, and `Vary: Accept-Encoding`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** True when `dir` holds a built app. */
export function hasBuiltApp(dir: string | null | undefined): dir is string {
  return !!dir && existsSync(path.join(dir, 'index.html'));
}

/** The file a precompressed sibling stands for: `index.html.br` → `index.html`. */
function originalName(filePath: string): string {
  return path.basename(filePath).replace(/\.(?:br|gz)$/, '');
}

export async function registerStaticFiles(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.resolve(dir),
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    setHeaders(reply, filePath) {
      const name = originalName(filePath);
      // Fingerprinted assets never change; everything else (index.html, the service worker) is revalidated.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      else if (name.endsWith('.html') || name === 'sw.js' || name.endsWith('.webmanifest')) reply.header('cache-control', 'no-cache');
    },
  });
}
