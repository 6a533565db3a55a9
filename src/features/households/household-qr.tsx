import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdUrl } from '../../domain/household-link';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { QrSvg, useQrDrawing } from '../../shared/ui/qr-image';
import './household-qr.css';

export interface HouseholdQrProps {
  householdId: string;
  /** "Unit 2 Room 501". */
  address: string;
  /** The building's name, printed above the address when known. */
  buildingName: string | null;
}

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
  const drawing = useQrDrawing(url);

  if (drawing.state === 'failed') return <Banner tone="error">{t('household:qr.failed')}</Banner>;
  const alt = t('household:qr.alt', { address });
  return (
    <div className="gw-household-qr">
      {drawing.state === 'drawn' ? (
        <QrSvg className="gw-household-qr__code" modules={drawing.modules} label={alt} />
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
