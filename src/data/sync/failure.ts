/** What a failed sync run means for the status and whether to retry with backoff. */
import { ApiError } from '../api/api-error';
import type { SyncPhase } from '../client-state';
import { StorageFullError } from '../db/storage-full-error';
import { isQuotaExceeded } from '../db/storage-errors';
import { AccountEndedError, AuthRequiredError, SessionEndedError, SessionRevokedError } from '../session/session-manager';

export interface SyncFailure {
  phase: SyncPhase;
  /** Code shown by the sync indicator: NETWORK, TIMEOUT, SERVER, RATE_LIMITED, UNAUTHORIZED, STORAGE_FULL, a wire code or UNKNOWN. */
  code: string | null;
  /** False when the last request proved the server unreachable. */
  reachable: boolean;
  retry: boolean;
  retryAfterMs?: number;
}

export function classifyFailure(error: unknown): SyncFailure {
  if (error instanceof SessionEndedError) return { phase: 'idle', code: null, reachable: true, retry: false };
  // The phone was wiped (issue 18): nothing left to sync until someone signs in.
  if (error instanceof AccountEndedError) return { phase: 'auth_required', code: 'ACCOUNT_ENDED', reachable: true, retry: false };
  if (error instanceof SessionRevokedError) return { phase: 'auth_required', code: 'SESSION_REVOKED', reachable: true, retry: false };
  if (error instanceof AuthRequiredError) return { phase: 'auth_required', code: 'UNAUTHORIZED', reachable: true, retry: false };
  if (error instanceof ApiError) {
    const retryAfterMs = error.retryAfterMs;
    if (error.code === 'NETWORK') {
      return { phase: 'offline', code: error.message === 'timeout' ? 'TIMEOUT' : 'NETWORK', reachable: false, retry: true };
    }
    if (error.status === 429) return { phase: 'error', code: 'RATE_LIMITED', reachable: true, retry: true, retryAfterMs };
    if (error.code === 'SERVER') return { phase: 'error', code: 'SERVER', reachable: true, retry: true, retryAfterMs };
    return { phase: 'error', code: error.code, reachable: true, retry: true, retryAfterMs };
  }
  // A pull page that does not fit: nothing was written; say so plainly, try again later.
  if (error instanceof StorageFullError || isQuotaExceeded(error)) return { phase: 'error', code: 'STORAGE_FULL', reachable: true, retry: true };
  return { phase: 'error', code: 'UNKNOWN', reachable: true, retry: true };
}
