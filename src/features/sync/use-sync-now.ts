import { useCallback, useState } from 'react';
import { useDataClient } from '../../data';

/** Starts a sync run on request; `requesting` is true until the run settles (errors show in the sync status). */
export function useSyncNow(): { syncNow: () => void; requesting: boolean } {
  const client = useDataClient();
  const [requesting, setRequesting] = useState(false);
  const syncNow = useCallback(() => {
    setRequesting(true);
    client
      .syncNow()
      .catch(() => undefined)
      .finally(() => setRequesting(false));
  }, [client]);
  return { syncNow, requesting };
}
