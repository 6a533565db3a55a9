// @vitest-environment node
/** The build step of tools/precompress.js: a .br and a .gz copy next to each compressible built file. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../tools/precompress.js';

let dist: string;
const SCRIPT = Array.from({ length: 100 }, (_, i) => `export const room${i} = '${i} 室';`).join('\n');
const PAGE = `<!doctype html><title>网格通</title>${'<p>楼栋</p>'.repeat(50)}`;

function write(relative: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(dist, relative)), { recursive: true });
  writeFileSync(path.join(dist, relative), content);
}
const exists = (relative: string) => existsSync(path.join(dist, relative));
const read = (relative: string) => readFileSync(path.join(dist, relative));

beforeEach(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-precompress-'));
  write('index.html', PAGE);
  write('sw.js', SCRIPT);
  write('manifest.webmanifest', JSON.stringify({ name: '网格通 Gridwalk', icons: Array.from({ length: 8 }, (_, i) => ({ src: `/icons/${i}.png` })) }));
  write('assets/app-abc.js', SCRIPT);
  write('assets/app-abc.js.map', JSON.stringify({ mappings: 'A'.repeat(4000) }));
  write('assets/tiny-abc.js', 'x');
  write('icons/icon-192.png', Buffer.alloc(2000, 7));
  write('.vite/manifest.json', JSON.stringify({ 'src/app/main.tsx': { file: 'assets/app-abc.js' }, padding: 'y'.repeat(4000) }));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('precompressDirectory', () => {
  it('writes .br and .gz copies that decode to each text file, service worker included', async () => {
    await precompressDirectory(dist);
    for (const file of ['index.html', 'sw.js', 'manifest.webmanifest', 'assets/app-abc.js']) {
      expect(brotliDecompressSync(read(`${file}.br`)).equals(read(file)), file).toBe(true);
      expect(gunzipSync(read(`${file}.gz`)).equals(read(file)), file).toBe(true);
      expect(read(`${file}.br`).length, file).toBeLessThan(read(file).length);
    }
  });

  it('leaves alone images, source maps, build metadata and files compression would not shrink', async () => {
    await precompressDirectory(dist);
    for (const file of ['icons/icon-192.png', 'assets/app-abc.js.map', '.vite/manifest.json', 'assets/tiny-abc.js']) {
      expect(exists(`${file}.br`), file).toBe(false);
      expect(exists(`${file}.gz`), file).toBe(false);
    }
  });

  it('does not compress its own copies when run again', async () => {
    await precompressDirectory(dist);
    const first = read('assets/app-abc.js.br');
    await precompressDirectory(dist);
    expect(exists('assets/app-abc.js.br.br')).toBe(false);
    expect(exists('assets/app-abc.js.gz.gz')).toBe(false);
    expect(read('assets/app-abc.js.br').equals(first)).toBe(true);
  });
});
