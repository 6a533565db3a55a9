/**
 * Background Sync in the service worker: the page registers BACKGROUND_SYNC_TAG while mutations
 * are pending; the browser fires `sync` once it is online, and the worker runs one full sync under
 * the same Web Lock as the page's engine, so the two never push at once.
 */
import { BACKGROUND_SYNC_TAG } from '../data/sync/background-sync';
import { classifyFailure } from '../data/sync/failure';
import { runSyncExclusive } from '../data/sync/sync-once';

/** What is used of the `sync` event (declared for the worker in sw-env.d.ts). */
export interface SyncEventLike {
  readonly tag: string;
  waitUntil(promise: Promise<unknown>): void;
}

export interface WorkerSyncConfig {
  /** API origin, '' for the worker's own origin. */
  baseUrl: string;
  /** Tests only: another database and fetch. */
  dbName?: string;
  fetch?: typeof fetch;
}

/**
 * One run. Rejects only for failures worth retrying (offline, 5xx, 429): the browser then fires
 * `sync` again later with backoff. Signed out, sign-in needed or a tab already syncing: resolves.
 */
export async function syncFromWorker(config: WorkerSyncConfig): Promise<void> {
  try {
    await runSyncExclusive(config);
  } catch (error) {
    if (classifyFailure(error).retry) throw error;
  }
}

export function handleSyncEvent(event: SyncEventLike, config: WorkerSyncConfig): void {
  if (event.tag !== BACKGROUND_SYNC_TAG) return;
  event.waitUntil(syncFromWorker(config));
}
