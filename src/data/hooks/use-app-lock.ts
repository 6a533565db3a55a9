/** The live app lock state (issue 18): no PIN yet, locked, or unlocked with its idle time. */
import { useCallback, useSyncExternalStore } from 'react';
import type { LockState } from '../lock/lock-state';
import { useDataClient } from './data-client-context';

export function useAppLock(): LockState {
  const client = useDataClient();
  const subscribe = useCallback((listener: () => void) => client.subscribeLock(listener), [client]);
  const get = useCallback(() => client.getLockState(), [client]);
  return useSyncExternalStore(subscribe, get, get);
}
