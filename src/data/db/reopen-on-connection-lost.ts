/**
 * Safari may drop the IndexedDB connection while the app is in the background; the next operation
 * then fails with "Connection to Indexed Database server lost". Instead of asking the user to
 * refresh, reopen the database and run the operation once more. A transaction that failed this way
 * was aborted, so running it again stores nothing twice.
 */
import type Dexie from 'dexie';
import { isConnectionLost } from './storage-errors';

export async function withReopen<T>(db: Dexie, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    db.close({ disableAutoOpen: false });
    await db.open();
    return operation();
  }
}
