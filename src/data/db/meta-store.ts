/** Typed access to the key → value `meta` table. */
import type { WipeNotice } from '../client-state';
import type { KeyRecord } from '../crypto/key-record';
import type { PinAttempts } from '../crypto/pin-attempts';
import type { StoredSession } from '../session/stored-session';
import type { RetentionPurge } from '../storage/retention-status';
import type { GridwalkDb } from './schema';

export interface MetaValues {
  /** Stable id of this installation, created once and kept across sign-outs. */
  deviceId: string;
  session: StoredSession;
  /** Cursor of the last pull page written; absent means pull from the start. */
  pullCursor: string;
  /** ISO time of the last sync run that finished without a network or server error. */
  lastSyncAt: string;
  /** The browser's answer to navigator.storage.persist(), asked once after sign-in. */
  storagePersisted: boolean;
  /** Why the phone last wiped itself (issue 18), shown on the sign-in screen until the next sign-in. */
  wipeNotice: WipeNotice;
  /** The last retention purge (issue 18): when, with which window, what it removed. */
  retentionPurge: RetentionPurge;
  /** The data key wrapped under the PIN and the password (issue 18); no secret in clear (key-record.ts). */
  keyRecord: KeyRecord;
  /** Wrong PINs in a row, counted before each try (pin-attempts.ts). */
  pinAttempts: PinAttempts;
  /** Minutes without a touch before the app locks itself (1–10, default 10). */
  lockIdleMinutes: number;
  /** Set once the rows written before the PIN was set were sealed (the version of that step). */
  sealedRows: number;
}

export type MetaKey = keyof MetaValues;

export async function getMeta<K extends MetaKey>(db: GridwalkDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: GridwalkDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteMeta(db: GridwalkDb, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
}
