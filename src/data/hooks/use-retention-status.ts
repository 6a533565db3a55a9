/** What the phone holds, its retention window and last purge (issue 18), read when the caller mounts and after each sync. */
import { useEffect, useState } from 'react';
import type { RetentionStatus } from '../storage/retention-status';
import { useDataClient } from './data-client-context';
import { useSyncStatus } from './use-sync-status';

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
