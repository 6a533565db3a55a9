/**
 * A QR code on screen (a household's door code, a unit poster's, a one-time sign-in code): drawn as
 * SVG once its modules are made (qrcode-generator loads on demand, see qr-code.ts), with a white
 * quiet zone scanners need, and the label a screen reader reads.
 */
import { useEffect, useState } from 'react';
import { qrModules, qrPath, type QrModules } from './qr-code';

/** White modules around the code that scanners need to find it. */
const QUIET_ZONE = 4;

export type QrDrawing = { state: 'drawing' } | { state: 'drawn'; modules: QrModules } | { state: 'failed' };

/** The code of `text` as it is drawn: drawing, drawn (its modules) or failed. */
export function useQrDrawing(text: string): QrDrawing {
  const [drawing, setDrawing] = useState<QrDrawing>({ state: 'drawing' });
  useEffect(() => {
    let current = true;
    setDrawing({ state: 'drawing' });
    qrModules(text).then(
      (modules) => {
        if (current) setDrawing({ state: 'drawn', modules });
      },
      () => {
        if (current) setDrawing({ state: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [text]);
  return drawing;
}

/** `url`: what the code holds, kept on the element as data-url (a printed sheet can be checked against it). */
export function QrSvg({ modules, label, className, url }: { modules: QrModules; label: string; className: string; url?: string }) {
  const size = modules.length + QUIET_ZONE * 2;
  return (
    <svg className={className} role="img" aria-label={label} data-url={url} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
