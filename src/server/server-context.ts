/** What every route needs: the database, the token secret and the sign-in limiter. */
import type { Database } from './db/database';
import type { LoginLimiter } from './auth/login-limiter';

export interface ServerContext {
  db: Database;
  secret: string;
  limiter: LoginLimiter;
}
