import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdUrl } from '../../domain/household-link';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { qrModules, qrPath, type QrModules } from '../../shared/ui/qr-code';
import './household-qr.css';

/** White modules around the code that scanners need to find it. */
const QUIET_ZONE = 4;

export interface HouseholdQrProps {
  householdId: string;
  /** "Unit 2 Room 501". */
  address: string;
  /** The building's name, printed above the address when known. */
  buildingName: string | null;
}

type Drawing = { state: 'drawing' } | { state: 'drawn'; modules: QrModules } | { state: 'failed' };

/**
 * "Show QR code": the household's door code, whose payload is its Gridwalk address (a phone's camera
 * app opens the household in Gridwalk; the gate scanner reads it). Printable on its own.
 */
export function HouseholdQr({ householdId, address, buildingName }: HouseholdQrProps) {
  const { t } = useTranslation('household');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="quiet" block aria-expanded={false} onClick={() => setOpen(true)}>
        {t('household:qr.show')}
      </Button>
    );
  }
  return (
    <>
      <Button variant="quiet" block aria-expanded onClick={() => setOpen(false)}>
        {t('household:qr.hide')}
      </Button>
      <HouseholdQrSheet url={householdUrl(window.location.origin, householdId)} address={address} buildingName={buildingName} />
    </>
  );
}

function HouseholdQrSheet({ url, address, buildingName }: { url: string; address: string; buildingName: string | null }) {
  const { t } = useTranslation('household');
  const [drawing, setDrawing] = useState<Drawing>({ state: 'drawing' });

  useEffect(() => {
    let current = true;
    qrModules(url).then(
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
  }, [url]);

  if (drawing.state === 'failed') return <Banner tone="error">{t('household:qr.failed')}</Banner>;
  const alt = t('household:qr.alt', { address });
  return (
    <div className="gw-household-qr">
      {drawing.state === 'drawn' ? (
        <QrImage modules={drawing.modules} label={alt} />
      ) : (
        <p className="gw-loading" role="status">
          {t('household:qr.drawing')}
        </p>
      )}
      <p className="gw-household-qr__caption">
        {buildingName ? `${buildingName} ` : ''}
        {address}
      </p>
      <p className="gw-household-qr__url">{url}</p>
      <p className="gw-hint gw-household-qr__hint">{t('household:qr.hint')}</p>
      <Button variant="secondary" block className="gw-household-qr__print" onClick={() => window.print()} disabled={drawing.state !== 'drawn'}>
        {t('household:qr.print')}
      </Button>
    </div>
  );
}

function QrImage({ modules, label }: { modules: QrModules; label: string }) {
  const size = modules.length + QUIET_ZONE * 2;
  return (
    <svg
      className="gw-household-qr__code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
