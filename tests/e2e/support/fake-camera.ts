/**
 * A camera for the browser tests: Chromium plays a Y4M file as its only video device, here a still
 * picture of a QR code (black on white, in a grey room), so the app's real scanner reads it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import qrcode from 'qrcode-generator';

/** One row per line of a QR code, true for a dark module (no quiet zone). */
export type QrModules = readonly (readonly boolean[])[];

/** The picture's size and layout: a 640×480 camera, modules of 8 px, 4 light modules around the code. */
const FRAME = { width: 640, height: 480, moduleSize: 8, quietZone: 4, frames: 5 } as const;
const BLACK = 16;
const WHITE = 235;
const GREY = 128;

/** The modules of a QR code holding `text`, made as the app makes a household's code (error correction M, bytes). */
export function qrModulesOf(text: string): QrModules {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/**
 * Modules read back from an SVG path drawn like the household screen draws its code: one
 * `M<x> <y>h<w>v1h<-w>z` rectangle per dark run, offset by `quietZone`.
 */
export function qrModulesOfPath(d: string, size: number, quietZone: number): QrModules {
  const modules = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(match[1]) - quietZone, Number(match[2]) - quietZone, Number(match[3])];
    const row = modules[y];
    if (!row) throw new Error(`A dark run outside the code: ${match[0]}`);
    for (let col = x; col < x + w; col += 1) row[col] = true;
  }
  return modules;
}

/** The Y plane of one frame: the code with its quiet zone in the middle of a grey picture. */
function lumaOf(modules: QrModules): Buffer {
  const { width, height, moduleSize, quietZone } = FRAME;
  const side = (modules.length + quietZone * 2) * moduleSize;
  if (side > height) throw new Error(`A ${modules.length}-module code does not fit a ${width}×${height} frame`);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, GREY);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / moduleSize) - quietZone;
      const col = Math.floor(x / moduleSize) - quietZone;
      luma[(top + y) * width + left + x] = modules[row]?.[col] ? BLACK : WHITE;
    }
  }
  return luma;
}

/** A Y4M video (4:2:0, no colour) of a few identical frames showing the code. */
export function qrCodeVideo(modules: QrModules): Buffer {
  const { width, height, frames } = FRAME;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${frames}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, GREY);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), lumaOf(modules), chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

export interface FakeCamera {
  /** Chromium's arguments: grant the camera without asking, and play the file as the camera. */
  readonly chromiumArgs: readonly string[];
  /** Removes the file. */
  remove(): void;
}

/** Writes a camera showing `modules` to a temporary directory. */
export function fakeCameraShowing(modules: QrModules): FakeCamera {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gridwalk-e2e-camera-'));
  const file = path.join(dir, 'qr-code.y4m');
  writeFileSync(file, qrCodeVideo(modules));
  return {
    chromiumArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
