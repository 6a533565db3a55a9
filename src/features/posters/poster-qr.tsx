/** The QR code of a unit's help page (qrcode-generator loads on demand); its url kept on the element for printing checks. */
import { QrSvg, useQrDrawing } from '../../shared/ui/qr-image';

export function PosterQr({ url, label }: { url: string; label: string }) {
  const drawing = useQrDrawing(url);
  if (drawing.state !== 'drawn') return <div className="gw-poster__qr" role="img" aria-label={label} aria-busy={drawing.state === 'drawing'} data-url={url} />;
  return <QrSvg className="gw-poster__qr" modules={drawing.modules} label={label} url={url} />;
}
