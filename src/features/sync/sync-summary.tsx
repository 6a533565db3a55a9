import { useSyncStatus } from '../../data';
import { SyncDetails } from './sync-details';

/** The home screen's sync card: the same facts as the header line, as a roomier list. */
export function SyncSummary() {
  const status = useSyncStatus();
  return (
    <div className="gw-card">
      <SyncDetails status={status} variant="card" />
    </div>
  );
}
