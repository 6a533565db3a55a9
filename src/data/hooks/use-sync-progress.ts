/** The progress of a large pull or push while it runs (records done of the total, time left); null otherwise. */
import { useCallback, useSyncExternalStore } from 'react';
import type { SyncProgress } from '../sync/progress-estimate';
import { useDataClient } from './data-client-context';

export function useSyncProgress(): SyncProgress | null {
  const client = useDataClient();
  const subscribe = useCallback((listener: () => void) => client.subscribeSyncProgress(listener), [client]);
  const get = useCallback(() => client.getSyncProgress(), [client]);
  return useSyncExternalStore(subscribe, get, get);
}
