/**
 * One sync loop at a time: across tabs with the Web Locks API, and with an in-process lock where
 * navigator.locks does not exist (Node). A run that finds the lock taken is skipped, not queued:
 * whoever holds it is syncing the same database.
 */
export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<LockResult<T>>;

/** Minimal shape of navigator.locks used here. */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** The lock every sync of one database takes: the page's engine and the service worker alike. */
export function syncLockName(dbName: string): string {
  return `gridwalk-sync:${dbName}`;
}

const heldInProcess = new Set<string>();

export const inProcessLock: LockRunner = async (name, task) => {
  if (heldInProcess.has(name)) return { acquired: false };
  heldInProcess.add(name);
  try {
    return { acquired: true, value: await task() };
  } finally {
    heldInProcess.delete(name);
  }
};

export function webLock(locks: LockManagerLike): LockRunner {
  return async <T>(name: string, task: () => Promise<T>): Promise<LockResult<T>> =>
    locks.request<LockResult<T>>(name, { ifAvailable: true }, async (lock) =>
      lock ? { acquired: true, value: await task() } : { acquired: false },
    );
}

/** Web Locks when the platform has them, else the in-process lock. */
export function defaultLockRunner(): LockRunner {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? webLock(locks) : inProcessLock;
}
