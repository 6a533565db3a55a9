/**
 * Remote wipe (issue 18): the server said this device's session was revoked or the account ended or
 * was disabled. Everything personal leaves the phone at once (records, outbox, unreadable records,
 * session and cursors; wipePersonalData keeps only the deviceId), and the notice of why and how many
 * unsent changes were lost is kept for the sign-in screen. Counted and wiped in one transaction, so a
 * change saved meanwhile is either counted or not deleted. Only the refused session is wiped: when the
 * stored session is no longer the one the server refused (someone signed in again meanwhile, and a stale
 * copy of the old session, e.g. the service worker's, was refused afterwards), nothing is touched.
 * Loaded only when a wipe happens (lazy-modules.ts): the first screen does not carry it.
 */
import type { WipeNotice, WipeReason } from '../client-state';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import { clearRuntimeCaches, type CacheStorageLike } from './clear-caches';
import { countUnsent, wipePersonalData } from './wipe-personal-data';

/** The refused session, by its refresh token; null when that session is no longer the stored one. */
export async function remoteWipe(db: GridwalkDb, reason: WipeReason, refusedToken: string, wipedAt: string): Promise<WipeNotice | null> {
  // Every table: whatever wipePersonalData clears is inside this transaction.
  return db.transaction('rw', db.tables, async () => {
    if ((await getMeta(db, 'session'))?.refreshToken !== refusedToken) return null;
    const notice: WipeNotice = { reason, lostUnsent: await countUnsent(db), wipedAt };
    await wipePersonalData(db);
    await setMeta(db, 'wipeNotice', notice);
    return notice;
  });
}

/** The remote wipe, then the runtime caches (API answers) emptied; a cache that cannot be emptied does not undo the wipe. */
export async function wipeThisPhone(
  db: GridwalkDb,
  reason: WipeReason,
  refusedToken: string,
  wipedAt: string,
  caches: CacheStorageLike | null,
): Promise<WipeNotice | null> {
  const notice = await remoteWipe(db, reason, refusedToken, wipedAt);
  if (notice) await clearRuntimeCaches(caches).catch(() => []);
  return notice;
}
