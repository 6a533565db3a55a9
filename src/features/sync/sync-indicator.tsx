import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../data';
import { Button } from '../../shared/ui/button';
import { SyncDetails } from './sync-details';
import { SyncProgressBar } from './sync-progress';
import { useSyncNow } from './use-sync-now';

/** The header's sync line (a polite live region), its "Sync now" button and a large sync's progress. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const { syncNow, requesting } = useSyncNow();
  const busy = requesting || status.phase === 'syncing';
  return (
    <div className="gw-sync">
      <div role="status" className="gw-sync__status">
        <SyncDetails status={status} variant="compact" />
      </div>
      <Button variant="secondary" className="gw-sync__button" onClick={syncNow} disabled={busy} busy={busy}>
        {t('sync.syncNow')}
      </Button>
      <SyncProgressBar variant="compact" />
    </div>
  );
}
