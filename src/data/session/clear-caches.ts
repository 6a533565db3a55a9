/**
 * On sign-out nothing personal may stay in Cache Storage. The service worker only precaches the
 * app's own files (caches named workbox-precache-…), which hold no personal data and are needed to
 * start offline; any other cache (a runtime cache of a later version, say) is deleted.
 */

/** The parts of the global `caches` (CacheStorage) used here. */
export interface CacheStorageLike {
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}

const PRECACHE_PREFIX = 'workbox-precache';

export function browserCacheStorage(): CacheStorageLike | null {
  return (globalThis as { caches?: CacheStorageLike }).caches ?? null;
}

/** Deletes every cache but the app-shell precache; returns the names deleted. */
export async function clearRuntimeCaches(caches: CacheStorageLike | null): Promise<string[]> {
  if (!caches) return [];
  const names = (await caches.keys()).filter((name) => !name.startsWith(PRECACHE_PREFIX));
  await Promise.all(names.map((name) => caches.delete(name)));
  return names;
}
