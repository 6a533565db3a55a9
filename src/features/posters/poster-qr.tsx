/** The QR code of a unit's help page, drawn as SVG from its modules (qrcode-generator loads on demand). */
import { useEffect, useState } from 'react';
import { qrModules, qrPath, type QrModules } from '../../shared/ui/qr-code';

/** White modules around the code that scanners need to find it. */
const QUIET_ZONE = 4;

export function PosterQr({ url, label }: { url: string; label: string }) {
  const [modules, setModules] = useState<QrModules | null>(null);
  useEffect(() => {
    let current = true;
    qrModules(url).then(
      (drawn) => {
        if (current) setModules(drawn);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [url]);
  if (!modules) return <div className="gw-poster__qr" role="img" aria-label={label} aria-busy="true" />;
  const size = modules.length + QUIET_ZONE * 2;
  return (
    <svg className="gw-poster__qr" role="img" aria-label={label} data-url={url} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
