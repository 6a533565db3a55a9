/**
 * A list read from the server for an online-only screen (the community's people, its signed-in phones):
 * loading, the list, or why it failed (the error's code; NETWORK: the screen needs a connection). Read
 * again on `reload` or when `key` changes; an action's result is put in place with `update`.
 */
import { useCallback, useEffect, useState } from 'react';
import { CodedError } from '../write-failure';

export type ServerListView<T> = { state: 'loading' } | { state: 'ready'; items: T[] } | { state: 'failed'; code: string | null };

export interface ServerList<T> {
  view: ServerListView<T>;
  reload: () => void;
  /** Changes the list as shown (nothing while it is not read). */
  update: (change: (items: T[]) => T[]) => void;
}

/** `read` is called when `key` changes (a new function each render is fine); null: nothing to read, an empty list. */
export function useServerList<T>(read: (() => Promise<T[]>) | null, key: string): ServerList<T> {
  const [view, setView] = useState<ServerListView<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (read === null) {
      setView({ state: 'ready', items: [] });
      return;
    }
    let current = true;
    setView({ state: 'loading' });
    read().then(
      (items) => {
        if (current) setView({ state: 'ready', items });
      },
      (error: unknown) => {
        if (current) setView({ state: 'failed', code: error instanceof CodedError ? error.code : null });
      },
    );
    return () => {
      current = false;
    };
    // `key` stands for `read`, a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, read === null, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const update = useCallback((change: (items: T[]) => T[]) => {
    setView((current) => (current.state === 'ready' ? { state: 'ready', items: change(current.items) } : current));
  }, []);
  return { view, reload, update };
}
