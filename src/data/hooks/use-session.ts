/** The live session state (signed in or not, who, and whether to sign in again). */
import { useCallback, useSyncExternalStore } from 'react';
import type { SessionState } from '../client-state';
import { useDataClient } from './data-client-context';

export function useSession(): SessionState {
  const client = useDataClient();
  const subscribe = useCallback((listener: () => void) => client.subscribeSession(listener), [client]);
  const get = useCallback(() => client.getSessionState(), [client]);
  return useSyncExternalStore(subscribe, get, get);
}
