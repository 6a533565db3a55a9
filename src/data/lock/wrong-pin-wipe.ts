/**
 * After the 5th wrong PIN in a row (issue 18): everything personal leaves the phone in one transaction
 * (records, unreadable records, session, cursors), except the unsent changes: the outbox stays, sealed
 * under the data key, which only the password's slot can open now (the PIN's slot is removed). They are sent
 * after the next sign-in with the password. The sign-in screen says "Wiped" and how many were kept.
 * Loaded with the unlock steps (unlock-keys.ts), never at start.
 */
import type { WipeNotice } from '../client-state';
import { withoutPinSlot } from '../crypto/key-record';
import { NO_PIN_ATTEMPTS } from '../crypto/pin-attempts';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import { clearRuntimeCaches, type CacheStorageLike } from '../session/clear-caches';

export async function wipeAfterWrongPins(db: GridwalkDb, wipedAt: string, caches: CacheStorageLike | null): Promise<WipeNotice> {
  const notice = await db.transaction('rw', db.tables, async () => {
    const [record, session, kept] = await Promise.all([getMeta(db, 'keyRecord'), getMeta(db, 'session'), db.outbox.count()]);
    await Promise.all([...db.allRecordTables(), db.unreadable].map((table) => table.clear()));
    await db.meta.bulkDelete(['session', 'pullCursor', 'lastSyncAt', 'retentionPurge']);
    if (record) await setMeta(db, 'keyRecord', withoutPinSlot(record));
    await setMeta(db, 'pinAttempts', NO_PIN_ATTEMPTS);
    const wiped: WipeNotice = { reason: 'wrong_pins', lostUnsent: 0, keptUnsent: kept, wipedAt, ...(session ? { keptForUserId: session.user.id } : {}) };
    await setMeta(db, 'wipeNotice', wiped);
    return wiped;
  });
  await clearRuntimeCaches(caches).catch(() => []);
  return notice;
}
