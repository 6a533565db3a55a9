/**
 * The slow, crypto-heavy steps of the app lock, loaded only when a PIN is set or typed (lazy-modules.ts):
 * making and opening the key record, and putting the row sealer in the key holder. Then the rows written
 * before this phone had a PIN (an earlier version, or before "Set PIN") are sealed, once.
 */
import { createKeyRecord, setKeySlot, unlockKeyRecord, type DataKeys, type SlotOptions, type UnlockSecret } from '../crypto/data-keys';
import type { KeyRecord } from '../crypto/key-record';
import { createRowSealer } from '../crypto/row-sealer';
import { isSealedTable } from '../crypto/sealed-tables';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';

/** The version of the sealing step; a phone that did it has it in meta.sealedRows. */
const SEALED_ROWS_VERSION = 1;
const CHUNK = 500;

/** Rewrites every row of the sealed tables: read in clear (sealed ones opened), written back sealed. */
async function sealEveryRow(db: GridwalkDb): Promise<void> {
  for (const table of db.tables.filter((candidate) => isSealedTable(candidate.name))) {
    const keys = await table.toCollection().primaryKeys();
    for (let start = 0; start < keys.length; start += CHUNK) {
      const chunk = keys.slice(start, start + CHUNK);
      await db.transaction('rw', table, async () => {
        const rows = (await table.bulkGet(chunk)).filter((row) => row !== undefined);
        await table.bulkPut(rows);
      });
    }
  }
}

/** Holds the unlocked keys: the middleware seals and opens from now on; rows of before are sealed once. */
export async function holdKeys(db: GridwalkDb, keys: DataKeys): Promise<void> {
  db.keys.unlock(createRowSealer(keys.fieldKey));
  if ((await getMeta(db, 'sealedRows')) === SEALED_ROWS_VERSION) return;
  await sealEveryRow(db);
  await setMeta(db, 'sealedRows', SEALED_ROWS_VERSION);
}

/** A PIN set: a new key record (no record yet), or the PIN slot made again with the password (after 5 wrong PINs). */
export async function keyRecordWithPin(
  record: KeyRecord | undefined,
  pin: string,
  password: string,
  options: SlotOptions,
): Promise<{ record: KeyRecord; keys: DataKeys }> {
  if (!record) return createKeyRecord({ pin, password }, options);
  const passwordSecret: UnlockSecret = { kind: 'password', secret: password };
  const keys = await unlockKeyRecord(record, passwordSecret);
  return { record: await setKeySlot(record, passwordSecret, { kind: 'pin', secret: pin }, options), keys };
}

/** Opens the key record with the PIN or the password. Throws CryptoError WRONG_SECRET, NO_SLOT. */
export function openKeyRecord(record: KeyRecord, secret: UnlockSecret): Promise<DataKeys> {
  return unlockKeyRecord(record, secret);
}
