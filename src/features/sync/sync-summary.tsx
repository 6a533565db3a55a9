import { useSyncStatus } from '../../data';
import { SyncDetails } from './sync-details';
import { SyncProgressBar } from './sync-progress';

/** The home screen's sync card: a large sync's progress and the same facts as the header line, as a roomier list. */
export function SyncSummary() {
  const status = useSyncStatus();
  return (
    <div className="gw-card">
      <SyncProgressBar variant="card" />
      <SyncDetails status={status} variant="card" />
    </div>
  );
}
