/**
 * Background Sync: while mutations are pending the page registers a one-off sync tag; the browser
 * wakes the service worker with a `sync` event once it is online (even after the tab was closed),
 * and the worker pushes under the same lock as the page (src/sw). Where the browser has no
 * Background Sync the page's own loop, and the worker's run on start, do the work.
 */

/** The tag the page registers and the service worker answers. */
export const BACKGROUND_SYNC_TAG = 'gridwalk-sync';

/** Minimal SyncManager (Background Sync is not in TypeScript's DOM lib). */
export interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

export interface SyncCapableRegistration {
  sync?: SyncManagerLike;
}

/** What the data client needs: something that resolves to the active service worker registration. */
export interface ServiceWorkerReadyLike {
  ready: Promise<SyncCapableRegistration>;
}

export function browserServiceWorker(): ServiceWorkerReadyLike | null {
  return (globalThis.navigator as { serviceWorker?: ServiceWorkerReadyLike } | undefined)?.serviceWorker ?? null;
}

/**
 * Registers the tag when a service worker is active and the browser has Background Sync; true when
 * registered. Never throws: background sync is a bonus on top of the page's own loop.
 */
export async function registerBackgroundSync(container: ServiceWorkerReadyLike | null): Promise<boolean> {
  if (!container) return false;
  try {
    const registration = await container.ready;
    if (!registration.sync) return false;
    await registration.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
