// Draws the app icon (a white 3×3 grid with one highlighted cell on blue) as PNG files in public/icons.
// Run: node tools/make-icons.mjs — the output is committed, so builds need no image tools.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];
const ORANGE = [245, 158, 11];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** safe: fraction of the icon kept clear around the drawing (maskable icons need ~10%+). */
function drawIcon(size, safe) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const inner = size * (1 - 2 * safe);
  const cell = inner / 3;
  const line = Math.max(2, Math.round(size / 40));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const gx = x - size * safe;
      const gy = y - size * safe;
      let color = BLUE;
      if (gx >= 0 && gy >= 0 && gx < inner && gy < inner) {
        const cx = Math.floor(gx / cell);
        const cy = Math.floor(gy / cell);
        const onLine = gx % cell < line || gy % cell < line || gx > inner - line || gy > inner - line;
        if (onLine) color = WHITE;
        else if (cx === 1 && cy === 1) color = ORANGE;
      }
      raw.set(color, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), drawIcon(192, 0.12));
writeFileSync(new URL('icon-512.png', out), drawIcon(512, 0.12));
writeFileSync(new URL('maskable-192.png', out), drawIcon(192, 0.22));
writeFileSync(new URL('maskable-512.png', out), drawIcon(512, 0.22));
console.log('icons written');
