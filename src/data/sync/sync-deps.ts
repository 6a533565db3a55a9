/** What one sync run needs; shared by the engine in the page and a plain run from the service worker. */
import type { ApiClient } from '../api/api-client';
import type { GridwalkDb } from '../db/schema';
import type { SessionManager } from '../session/session-manager';

export const DEFAULT_PUSH_BATCH_SIZE = 200;
export const DEFAULT_PULL_PAGE_SIZE = 500;

export interface SyncRunDeps {
  db: GridwalkDb;
  api: ApiClient;
  session: SessionManager;
  now?: () => number;
  /** Mutations per push request, at most 200. */
  pushBatchSize?: number;
  /** Changes per pull page (1–1000). */
  pullLimit?: number;
}
