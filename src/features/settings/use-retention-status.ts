/** What the phone holds and its last retention purge (issue 18), read when the settings screen opens and after each sync. */
import { useEffect, useState } from 'react';
import { useDataClient, useSyncStatus, type RetentionStatus } from '../../data';

export function useRetentionStatus(): RetentionStatus | null | 'failed' {
  const client = useDataClient();
  // A sync may have purged: read again when one finishes.
  const { lastSyncAt } = useSyncStatus();
  const [status, setStatus] = useState<RetentionStatus | null | 'failed'>(null);
  useEffect(() => {
    let current = true;
    client.getRetentionStatus().then(
      (next) => {
        if (current) setStatus(next);
      },
      () => {
        if (current) setStatus('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [client, lastSyncAt]);
  return status;
}
