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

/**
 * An error with a machine-readable code: STORAGE_FULL, NETWORK, SERVER or a wire error code; a
 * server's VALIDATION answer also names the wrong fields (field path → stable validation key).
 */
export class CodedError extends Error {
  readonly fields: Record<string, string> | undefined;

  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown; fields?: Record<string, string> },
  ) {
    super(message, options);
    this.name = 'CodedError';
    this.fields = options?.fields;
  }
}

/** Fields to fix, or a code to explain (null: nothing more is known). */
export type WriteFailure = { kind: 'invalid'; fields: Record<string, string> } | { kind: 'failed'; code: string | null };

export function describeWriteFailure(error: unknown): WriteFailure {
  if (error instanceof LocalValidationError) return { kind: 'invalid', fields: error.fields };
  // The server judged the fields (an online call such as adding a person): the same keys, shown on the same fields.
  if (error instanceof CodedError && error.code === 'VALIDATION' && error.fields && Object.keys(error.fields).length > 0) {
    return { kind: 'invalid', fields: error.fields };
  }
  return { kind: 'failed', code: error instanceof CodedError ? error.code : null };
}
