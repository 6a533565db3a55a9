/** Persistent-storage status and usage, read when the settings screen opens (and after an export). */
import { useCallback, useEffect, useState } from 'react';
import { useDataClient, type StorageStatus } from '../../data';

export function useStorageStatus(): { status: StorageStatus | null; refresh: () => void } {
  const client = useDataClient();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    client.getStorageStatus().then(
      (next) => {
        if (current) setStatus(next);
      },
      () => {
        if (current) setStatus({ persisted: null, usage: null, quota: null });
      },
    );
    return () => {
      current = false;
    };
  }, [client, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { status, refresh };
}
