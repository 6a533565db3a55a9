/** A write failed because the browser's storage quota is used up; the transaction was rolled back, nothing was stored. */
import { CodedError } from '../../shared/write-failure';

export class StorageFullError extends CodedError {
  override readonly code = 'STORAGE_FULL';
  constructor(cause?: unknown) {
    super('STORAGE_FULL', 'storage is full', { cause });
    this.name = 'StorageFullError';
  }
}
