/**
 * A QR code as dark / light modules (the household's code, a unit poster's). qrcode-generator is imported on demand, so it loads
 * only when someone asks to see a code, never with a screen's first chunk.
 */

/** One row per line of the code, true for a dark module (no quiet zone). */
export type QrModules = readonly (readonly boolean[])[];

/** The modules of a QR code holding `text` (error correction M: survives a scuffed door sticker). */
export async function qrModules(text: string): Promise<QrModules> {
  const { default: qrcode } = await import('qrcode-generator');
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** An SVG path drawing the dark modules, one rectangle per horizontal run, offset by a quiet zone. */
export function qrPath(modules: QrModules, quietZone: number): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + quietZone} ${y + quietZone}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
