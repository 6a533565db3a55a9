/** Serves the built app from dist/ and answers client-side routes with index.html. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** True when `dir` holds a built app. */
export function hasBuiltApp(dir: string | null | undefined): dir is string {
  return !!dir && existsSync(path.join(dir, 'index.html'));
}

export async function registerStaticFiles(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.resolve(dir),
    wildcard: true,
    index: ['index.html'],
    setHeaders(reply, filePath) {
      const name = path.basename(filePath);
      // Fingerprinted assets never change; everything else (index.html, the service worker) is revalidated.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      else if (name.endsWith('.html') || name === 'sw.js' || name.endsWith('.webmanifest')) reply.header('cache-control', 'no-cache');
    },
  });
}
