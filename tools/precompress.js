// Precompressed copies of the built app: a brotli (.br, quality 11) and a gzip (.gz, level 9) file next
// to each compressible file of the output directory, for the server to send as they are
// (src/server/http/static-files.ts) instead of compressing on every request. A copy that is not
// smaller than its file is not written. The service worker's precache ignores the copies
// (vite.config.ts, globIgnores): the browser decodes what it fetches and keeps each file once.
// Plain JavaScript (types in precompress.d.ts) so that vite.config.ts imports it with its extension.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The file types worth compressing (images and fonts already are). */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|webmanifest|svg|txt|xml)$/;

/** Directories of build metadata, never served to a browser. */
const SKIPPED_DIRS = new Set(['.vite']);

/** @param {string} dir */
async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(dir, file).split(path.sep).some((part) => SKIPPED_DIRS.has(part)));
}

/** @param {string} target @param {Buffer} compressed @param {number} originalSize */
async function writeIfSmaller(target, compressed, originalSize) {
  if (compressed.length < originalSize) await writeFile(target, compressed);
  else await rm(target, { force: true });
}

/** @param {string} dir */
export async function precompressDirectory(dir) {
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file));
  await Promise.all(
    files.map(async (file) => {
      const source = await readFile(file);
      const [br, gz] = await Promise.all([
        brotliAsync(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        }),
        gzipAsync(source, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeIfSmaller(`${file}.br`, br, source.length), writeIfSmaller(`${file}.gz`, gz, source.length)]);
    }),
  );
  return files;
}

/**
 * The Vite plugin: runs once the whole build is written, the service worker included (vite-plugin-pwa
 * writes sw.js in its own closeBundle, which this one follows).
 * @returns {import('vite').Plugin}
 */
export function precompress() {
  let outDir = '';
  return {
    name: 'gridwalk-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error) {
        if (error) return;
        await precompressDirectory(outDir);
      },
    },
  };
}
