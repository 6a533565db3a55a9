/** Removes everything about the people and places this device has seen; keeps only the deviceId. */
import type { GridwalkDb } from '../db/schema';

export async function wipePersonalData(db: GridwalkDb): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta, db.unreadable, ...db.allRecordTables()], async () => {
    await Promise.all([...db.allRecordTables(), db.outbox, db.unreadable].map((table) => table.clear()));
    await db.meta.bulkDelete(['session', 'pullCursor', 'lastSyncAt', 'retentionPurge', 'keyRecord', 'pinAttempts', 'sealedRows']);
  });
}

/** Mutations saved here and not yet accepted by the server (pending or rejected). */
export function countUnsent(db: GridwalkDb): Promise<number> {
  return db.outbox.count();
}
