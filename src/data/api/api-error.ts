/** Thrown by signIn and the API client: `code` is a wire error code, or NETWORK / SERVER. */
import type { ErrorCode } from '../../domain/sync-protocol';
import { CodedError } from '../../shared/write-failure';

/** A code this version knows, NETWORK, SERVER, or a code a later server sent (passed on as it came). */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'SERVER' | (string & {});

export class ApiError extends CodedError {
  constructor(
    readonly status: number,
    override readonly code: ApiErrorCode,
    message: string,
    fields?: Record<string, string>,
    readonly retryAfterMs?: number,
  ) {
    super(code, message, fields ? { fields } : undefined);
    this.name = 'ApiError';
  }
}
