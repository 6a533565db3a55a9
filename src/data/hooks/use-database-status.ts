/** 'version_changed' once another tab upgraded the database and this tab has to reload. */
import { useCallback, useSyncExternalStore } from 'react';
import type { DatabaseStatus } from '../client-state';
import { useDataClient } from './data-client-context';

export function useDatabaseStatus(): DatabaseStatus {
  const client = useDataClient();
  const subscribe = useCallback((listener: () => void) => client.subscribeDatabaseStatus(listener), [client]);
  const get = useCallback(() => client.getDatabaseStatus(), [client]);
  return useSyncExternalStore(subscribe, get, get);
}
