/**
 * Remote wipe (issue 18): the server said this device's session was revoked or the account ended or
 * was disabled. Everything personal leaves the phone at once (records, outbox, unreadable records,
 * session and cursors; wipePersonalData keeps only the deviceId), and the notice of why and how many
 * unsent changes were lost is kept for the sign-in screen. Counted and wiped in one transaction, so a
 * change saved meanwhile is either counted or not deleted. Loaded only when a wipe happens (lazy-modules.ts):
 * the first screen does not carry it.
 */
import type { WipeNotice, WipeReason } from '../client-state';
import { setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import { clearRuntimeCaches, type CacheStorageLike } from './clear-caches';
import { countUnsent, wipePersonalData } from './wipe-personal-data';

export async function remoteWipe(db: GridwalkDb, reason: WipeReason, wipedAt: string): Promise<WipeNotice> {
  // Every table: whatever wipePersonalData clears is inside this transaction.
  return db.transaction('rw', db.tables, async () => {
    const notice: WipeNotice = { reason, lostUnsent: await countUnsent(db), wipedAt };
    await wipePersonalData(db);
    await setMeta(db, 'wipeNotice', notice);
    return notice;
  });
}

/** The remote wipe, then the runtime caches (API answers) emptied; a cache that cannot be emptied does not undo the wipe. */
export async function wipeThisPhone(db: GridwalkDb, reason: WipeReason, wipedAt: string, caches: CacheStorageLike | null): Promise<WipeNotice> {
  const notice = await remoteWipe(db, reason, wipedAt);
  await clearRuntimeCaches(caches).catch(() => []);
  return notice;
}
