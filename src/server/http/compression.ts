/**
 * Compressed answers (gzip or brotli, as the client accepts) with @fastify/compress: JSON pull pages
 * shrink about eightfold. Register it before any route: it hooks every route added after it. Built
 * files that have a precompressed sibling (.br/.gz, made by the build) are sent as they are by the
 * static-files plugin, which marks them with content-encoding so they are not compressed again.
 */
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Answers smaller than this go out as they are: compression would save a few bytes at best. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Brotli quality for answers compressed per request. On a 500-record pull page (208 KB of JSON):
 * gzip 24.5 KB in 2.2 ms; brotli 4 24.3 KB in 1.9 ms (no better than gzip), 5 21.9 KB in 3.3 ms,
 * 6 21.7 KB in 7 ms, 11 (zlib's default) 18.2 KB in 360 ms, far too slow per request. Built files
 * are compressed once, at build time, at 11 (tools/precompress.js).
 */
export const DYNAMIC_BROTLI_QUALITY = 5;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Every answer may be sent compressed, so every answer varies by Accept-Encoding, also the ones
  // that go out plain (no Accept-Encoding, or below the threshold).
  app.addHook('onSend', async (_request, reply, payload) => {
    addVary(reply, 'accept-encoding');
    return payload;
  });
  await app.register(fastifyCompress, {
    global: true,
    // Request bodies stay plain JSON: the client never compresses pushes, and the body limit is
    // checked on the bytes received.
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY } },
  });
}

/** Adds a token to the Vary header once (case-insensitively), keeping what is there. */
export function addVary(reply: FastifyReply, token: string): void {
  const current = reply.getHeader('vary');
  const values = current === undefined ? [] : Array.isArray(current) ? current : [String(current)];
  const tokens = values.flatMap((value) => value.split(',')).map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  if (tokens.includes('*') || tokens.includes(token.toLowerCase())) return;
  reply.header('vary', [...tokens, token.toLowerCase()].join(', '));
}
