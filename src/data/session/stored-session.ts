/** What the session keeps in IndexedDB so the app opens offline. */
import type { SessionUser } from '../../domain/sync-protocol';

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds at which the access token expires. */
  expiresAt: number;
  user: SessionUser;
  /** The refresh token was refused: sync waits until the user signs in again. */
  reauthRequired: boolean;
  /** The server said the account has ended (ACCOUNT_ENDED): sync stops; a new sign-in starts a session without it. */
  accountEnded?: boolean;
}
