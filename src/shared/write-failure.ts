/**
 * What a failed write means for the form that made it, without knowing where it failed: wrong
 * fields (the same stable keys the server sends), or a machine-readable code to explain.
 */

/** A write refused before anything was stored: field path → stable validation key (e.g. name_required). */
export class LocalValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super('VALIDATION');
    this.name = 'LocalValidationError';
  }
}

/** An error with a machine-readable code: STORAGE_FULL, NETWORK, SERVER or a wire error code. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}

/** Fields to fix, or a code to explain (null: nothing more is known). */
export type WriteFailure = { kind: 'invalid'; fields: Record<string, string> } | { kind: 'failed'; code: string | null };

export function describeWriteFailure(error: unknown): WriteFailure {
  if (error instanceof LocalValidationError) return { kind: 'invalid', fields: error.fields };
  return { kind: 'failed', code: error instanceof CodedError ? error.code : null };
}
