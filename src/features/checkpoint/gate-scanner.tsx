import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';

/** The camera code loads only when the worker asks to scan. */
const QrScanner = lazy(() => import('./qr-scanner').then((module) => ({ default: module.QrScanner })));

export interface GateScannerProps {
  onHousehold: (householdId: string) => void;
  onCancel: () => void;
}

function ScanUnavailable({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('checkpoint');
  return (
    <div className="gw-gate-scanner" role="status">
      <p>{t('checkpoint:person.scanUnavailable')}</p>
      <Button variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}

/** A scanner chunk that fails to load (or throws) leaves the entry on screen and says so. */
class ScannerBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The household QR scanner, lazily loaded; a scanned household's id goes to onHousehold. */
export function GateScanner({ onHousehold, onCancel }: GateScannerProps) {
  const { t } = useTranslation('checkpoint');
  return (
    <ScannerBoundary fallback={<ScanUnavailable onCancel={onCancel} />}>
      <Suspense fallback={<p className="gw-loading">{t('checkpoint:person.scanLoading')}</p>}>
        <QrScanner onHousehold={onHousehold} onCancel={onCancel} />
      </Suspense>
    </ScannerBoundary>
  );
}
