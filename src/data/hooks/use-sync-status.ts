/** The live sync status for the indicator: phase, online, pending and rejected counts, last sync, last error. */
import { useCallback, useSyncExternalStore } from 'react';
import type { SyncStatus } from '../client-state';
import { useDataClient } from './data-client-context';

export function useSyncStatus(): SyncStatus {
  const client = useDataClient();
  const subscribe = useCallback((listener: () => void) => client.subscribeSyncStatus(listener), [client]);
  const get = useCallback(() => client.getSyncStatus(), [client]);
  return useSyncExternalStore(subscribe, get, get);
}
