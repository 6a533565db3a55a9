/**
 * Persistent storage: without it the browser may evict IndexedDB under storage pressure, unsent
 * records included. Asked for once after sign-in; the answer is remembered in the meta table.
 */
import type { StorageStatus } from '../client-state';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import type { StorageManagerLike } from './storage-manager';

export type { StorageManagerLike } from './storage-manager';

/**
 * Asks the browser to keep this site's data, unless it already granted that (remembered or
 * reported by persisted()). Returns the answer, or null where the browser has no such API.
 */
export async function requestPersistentStorage(db: GridwalkDb, storage: StorageManagerLike | null): Promise<boolean | null> {
  if (!storage?.persist) return null;
  if ((await getMeta(db, 'storagePersisted')) === true) return true;
  const already = (await storage.persisted?.().catch(() => false)) ?? false;
  const granted = already || (await storage.persist().catch(() => false));
  await setMeta(db, 'storagePersisted', granted);
  return granted;
}

export async function readStorageStatus(db: GridwalkDb, storage: StorageManagerLike | null): Promise<StorageStatus> {
  const live = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const remembered = (await getMeta(db, 'storagePersisted').catch(() => undefined)) ?? null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return {
    persisted: live ?? remembered,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}
