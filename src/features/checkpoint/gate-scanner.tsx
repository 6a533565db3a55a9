import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';

export interface GateScannerProps {
  onHousehold: (householdId: string) => void;
  onCancel: () => void;
}

/** Placeholder until the household QR scanner (qr-scanner.tsx) lands: says so and lets the worker go back. */
export function GateScanner({ onCancel }: GateScannerProps) {
  const { t } = useTranslation('checkpoint');
  return (
    <div className="gw-gate-scanner" role="status">
      <p>{t('checkpoint:person.scanUnavailable')}</p>
      <Button variant="quiet" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
