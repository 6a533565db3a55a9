/**
 * A read that follows IndexedDB (local writes, pulls, other tabs), except while a large pull runs:
 * then it re-reads every PULL_REFRESH_MS instead of after every page the pull writes (a screen
 * over a whole table would otherwise read and render it again dozens of times during a first pull,
 * slowing the pull down as much as itself). It is live again, with a fresh read, when the pull ends.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DataClient } from '../data-client';
import { useDataClient } from './data-client-context';

/** How often screens re-read while a large pull writes. */
export const PULL_REFRESH_MS = 2000;

/** What the live query answers while it steps back (it reads nothing, so no write wakes it). */
const PAUSED: unique symbol = Symbol('paused');

interface Held<T> {
  key: string;
  value: T;
}

/** Whether a large pull is writing now. */
function usePulling(client: DataClient): boolean {
  const get = useCallback(() => client.getSyncProgress()?.direction === 'pull', [client]);
  return useSyncExternalStore(client.subscribeSyncProgress, get, get);
}

/**
 * The answer of `read`, kept live; `key` names what it reads (a new key reads again). undefined
 * while the first read is in flight.
 */
export function useLiveRead<T>(key: string, read: () => Promise<T>): T | undefined {
  const client = useDataClient();
  const pulling = usePulling(client);
  // `key` (with the client) stands for `read`, a new function on every render.
  const live = useLiveQuery<T | typeof PAUSED>(() => (pulling ? PAUSED : read()), [client, key, pulling]);
  // The last answer, live or polled, for the time the query steps back (state adjusted while rendering).
  const [held, setHeld] = useState<Held<T> | null>(null);
  if (live !== undefined && live !== PAUSED && (held?.key !== key || held.value !== live)) setHeld({ key, value: live });
  useEffect(() => {
    if (!pulling) return;
    let stopped = false;
    const timer = setInterval(() => {
      read().then(
        (value) => {
          if (!stopped) setHeld({ key, value });
        },
        () => undefined,
      );
    }, PULL_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `read`
  }, [client, pulling, key]);
  if (live !== PAUSED) return live;
  return held?.key === key ? held.value : undefined;
}
