/** What every route needs: the database, the token secret, the sign-in limiter and the change feed. */
import type { Database } from './db/database';
import type { LoginLimiter } from './auth/login-limiter';
import type { FeedIdentity } from './sync/cursor';

export interface ServerContext {
  db: Database;
  secret: string;
  limiter: LoginLimiter;
  /** The change feed's epoch (pull cursors of another are void). */
  feed: FeedIdentity;
  /** Days phones keep synced visits, gate entries, shift notes and fever reports (PHONE_RETENTION_DAYS), sent at sign-in. */
  phoneRetentionDays: number;
}
