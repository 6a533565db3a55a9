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

export interface LiveReadOptions {
  /**
   * Start the first read while the caller first renders, beside its screen's first paint: a live read
   * starts only once the screen has painted (on a slow phone's cold start, a quarter second later). Its
   * answer stands until the live read has its own. For what a cold start shows first (Home's "Due follow-ups").
   */
  atOnce?: boolean;
}

/** The first read started while rendering, and its answer once there. */
function useFirstRead<T>(key: string, read: () => Promise<T>, atOnce: boolean): Held<T> | null {
  // Started once, on the first render (a failed read answers nothing: the live read tries again).
  const [first] = useState(() => (atOnce ? { key, answer: read().then((value): Held<T> => ({ key, value }), () => null) } : null));
  const [answer, setAnswer] = useState<Held<T> | null>(null);
  useEffect(() => {
    if (!first) return;
    let mounted = true;
    void first.answer.then((held) => {
      if (mounted && held) setAnswer(held);
    });
    return () => {
      mounted = false;
    };
  }, [first]);
  return answer;
}

/**
 * The answer of `read`, kept live; `key` names what it reads (a new key reads again). undefined
 * while the first read is in flight.
 */
export function useLiveRead<T>(key: string, read: () => Promise<T>, options: LiveReadOptions = {}): T | undefined {
  const client = useDataClient();
  const first = useFirstRead(key, read, options.atOnce === true);
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
  if (live !== PAUSED) {
    if (live !== undefined) return live;
    return first?.key === key ? first.value : undefined;
  }
  return held?.key === key ? held.value : undefined;
}
