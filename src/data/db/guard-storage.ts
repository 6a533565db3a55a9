/** Runs a write transaction and turns a full-quota failure into StorageFullError (the transaction is already rolled back). */
import { StorageFullError } from './storage-full-error';
import { isQuotaExceeded } from './storage-errors';

export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError(error);
    throw error;
  }
}
