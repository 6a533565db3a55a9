/** A mutation the server refuses: thrown inside its transaction (which then commits nothing). */
import type { ErrorCode, MutationError } from '../../domain/sync-protocol';

export class MutationRejection extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'MutationRejection';
  }

  toError(): MutationError {
    return this.fields && Object.keys(this.fields).length > 0
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export const validationFailed = (fields: Record<string, string>, message = 'Validation failed') =>
  new MutationRejection('VALIDATION', message, fields);
export const forbidden = (message = 'Outside your scope') => new MutationRejection('FORBIDDEN', message);
export const notFound = (message: string, fields?: Record<string, string>) => new MutationRejection('NOT_FOUND', message, fields);
export const dailyReportExists = () =>
  new MutationRejection('ALREADY_EXISTS', 'You already sent a daily report for this grid and day');
