/** The states the data client reports to the UI: session, sync, database and storage. */
import type { SessionUser } from '../domain/sync-protocol';
import type { OutboxEntry } from './db/outbox-entry';

export type SessionStatus = 'loading' | 'signed_out' | 'signed_in';

export interface SessionState {
  status: SessionStatus;
  user: SessionUser | null;
  /** True when the refresh token was refused: the app keeps working offline but asks to sign in again. */
  reauthRequired: boolean;
  /**
   * Signed out because the server said this device's session was revoked (SESSION_REVOKED) or the
   * account ended or was disabled (ACCOUNT_ENDED): the phone wiped its personal data at once (issue 18).
   * Kept until the next sign-in, so the sign-in screen says why.
   */
  wiped?: WipeNotice;
}

/** Why the phone wiped itself: signed out from the office (or another device), the account ended or disabled, or 5 wrong PINs. */
export type WipeReason = 'session_revoked' | 'account_ended' | 'wrong_pins';

export interface WipeNotice {
  reason: WipeReason;
  /** Changes saved on the phone and not yet accepted by the server (pending or rejected) that the wipe deleted. */
  lostUnsent: number;
  /** ISO time of the wipe. */
  wipedAt: string;
  /** After 5 wrong PINs: unsent changes kept (sealed) to be sent after the next sign-in with the password. */
  keptUnsent?: number;
  /** After 5 wrong PINs: whose kept changes they are (another user's sign-in is refused while they wait). */
  keptForUserId?: string;
}

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error' | 'auth_required';

export interface SyncStatus {
  phase: SyncPhase;
  online: boolean;
  /** Mutations saved locally and not yet acknowledged by the server (rejected ones excluded). */
  pending: number;
  /** Mutations the server rejected; they wait in the "needs attention" list. */
  rejected: number;
  /** Records the server sent that this phone could not read; listed in "needs attention" too. */
  unreadable: number;
  /** ISO time of the last sync run that finished without a network or server error. */
  lastSyncAt: string | null;
  /** Machine-readable code of the last failure (NETWORK, SERVER, RATE_LIMITED, UNAUTHORIZED…), cleared on success. */
  lastError: string | null;
}

/**
 * 'version_changed': another tab opened a newer version of the database; this tab closed its
 * connection (so the other can upgrade) and must be reloaded.
 */
export type DatabaseStatus = 'open' | 'version_changed';

export interface StorageStatus {
  /** Whether the browser keeps the data under storage pressure; null when the browser cannot say. */
  persisted: boolean | null;
  /** Bytes used and available to this site (navigator.storage.estimate()); null when unknown. */
  usage: number | null;
  quota: number | null;
}

/** What "Export unsent records" saves: every mutation not yet accepted by the server (pending and rejected). */
export interface UnsentExport {
  exportedAt: string;
  deviceId: string;
  user: SessionUser | null;
  mutations: OutboxEntry[];
}
