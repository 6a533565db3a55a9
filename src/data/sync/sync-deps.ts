/** What one sync run needs; shared by the engine in the page and a plain run from the service worker. */
import { MAX_PULL_LIMIT } from '../../domain/sync-limits';
import type { ApiClient } from '../api/api-client';
import type { GridwalkDb } from '../db/schema';
import type { SessionManager } from '../session/session-manager';
import type { PublishProgress } from './progress-tracker';

export const DEFAULT_PUSH_BATCH_SIZE = 200;
/** The largest page the contract allows: half the requests (and write transactions) of the server's default. */
export const DEFAULT_PULL_PAGE_SIZE = MAX_PULL_LIMIT;

export interface SyncRunDeps {
  db: GridwalkDb;
  api: ApiClient;
  session: SessionManager;
  now?: () => number;
  /** Mutations per push request, at most 200. */
  pushBatchSize?: number;
  /** Changes per pull page (1–1000). */
  pullLimit?: number;
  /** Where a large pull or push publishes its progress (the page's engine; not the service worker). */
  onProgress?: PublishProgress;
}
