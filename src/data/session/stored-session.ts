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
  /**
   * Set by earlier versions when the server said the account has ended (they kept the data); a
   * session still marked so is wiped when it is loaded (issue 18).
   */
  accountEnded?: boolean;
  /** Days the phone keeps synced visits, gate entries, shift notes and fever reports, as the server said at sign-in (issue 18); absent: 30. */
  retentionDays?: number;
}
