/**
 * The slow, crypto-heavy steps of the app lock, loaded only when a PIN is set or typed (lazy-modules.ts):
 * making and opening the key record, counting wrong PINs (the 5th in a row wipes), and putting the sealing
 * tables in the key holder. Then the rows written before this phone had a PIN (an earlier version, or before
 * "Set PIN") are sealed, once.
 */
import { isCryptoError } from '../crypto/crypto-error';
import { createKeyRecord, setKeySlot, unlockKeyRecord, type DataKeys, type SlotOptions, type UnlockSecret } from '../crypto/data-keys';
import { parseKeyRecord, type KeyRecord } from '../crypto/key-record';
import { mustWipe, NO_PIN_ATTEMPTS, attemptsLeft, parsePinAttempts, startPinAttempt } from '../crypto/pin-attempts';
import { createRowSealer } from '../crypto/row-sealer';
import { isSealedTable } from '../crypto/sealed-tables';
import { unlockedTables } from '../crypto/sealing-table';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import type { AppLockDeps } from './app-lock';
import type { UnlockResult } from './lock-state';
import { wipeAfterWrongPins } from './wrong-pin-wipe';

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
async function holdKeys(db: GridwalkDb, keys: DataKeys): Promise<void> {
  db.keys.unlock(unlockedTables(createRowSealer(keys.fieldKey)));
  // The session's tokens, stored in clear when the sign-in came before the PIN: sealed now.
  await db.transaction('rw', db.meta, async () => {
    const session = await db.meta.get('session');
    if (session) await db.meta.put(session);
  });
  if ((await getMeta(db, 'sealedRows')) === SEALED_ROWS_VERSION) return;
  await sealEveryRow(db);
  await setMeta(db, 'sealedRows', SEALED_ROWS_VERSION);
}

async function storedRecord(db: GridwalkDb): Promise<KeyRecord | null> {
  return parseKeyRecord(await getMeta(db, 'keyRecord'));
}

/**
 * The kept key record with a new PIN slot, opened by the password. A password the server just accepted at
 * the sign-in that does not open it was changed since the record was made: the changes kept sealed under
 * it (after 5 wrong PINs) can never be opened, so they go with it and the phone starts afresh (null).
 */
async function reopenedWithPin(db: GridwalkDb, record: KeyRecord, pin: string, password: UnlockSecret, verified: boolean, options: SlotOptions) {
  try {
    const keys = await unlockKeyRecord(record, password);
    return { record: await setKeySlot(record, password, { kind: 'pin', secret: pin }, options), keys };
  } catch (error) {
    if (!verified || !isCryptoError(error, 'WRONG_SECRET')) throw error;
    await db.transaction('rw', db.outbox, db.meta, async () => {
      await db.outbox.clear();
      await db.meta.bulkDelete(['keyRecord', 'sealedRows']);
    });
    return null;
  }
}

/**
 * "Set PIN": a new key record (none yet), or the PIN slot made again with the password (after 5 wrong PINs);
 * then unlocked. `verified`: the password is the one the server accepted at this sign-in (not typed here).
 */
export async function setPinAndUnlock({ db, slotOptions = {} }: AppLockDeps, pin: string, password: string, verified: boolean): Promise<void> {
  const record = await storedRecord(db);
  const passwordSecret: UnlockSecret = { kind: 'password', secret: password };
  const made =
    (record && (await reopenedWithPin(db, record, pin, passwordSecret, verified, slotOptions))) ?? (await createKeyRecord({ pin, password }, slotOptions));
  await setMeta(db, 'keyRecord', made.record);
  await setMeta(db, 'pinAttempts', NO_PIN_ATTEMPTS);
  await holdKeys(db, made.keys);
}

/** Unlocks with the PIN (counted before it is tried: see pin-attempts.ts) or the password; the 5th wrong PIN wipes. */
export async function unlockWith({ db, now, caches }: AppLockDeps, secret: UnlockSecret): Promise<UnlockResult> {
  const record = await storedRecord(db);
  if (!record) return { ok: false, reason: 'wrong_secret', attemptsLeft: 0 };
  let attempts = parsePinAttempts(await getMeta(db, 'pinAttempts'));
  if (secret.kind === 'pin') {
    attempts = startPinAttempt(attempts);
    await setMeta(db, 'pinAttempts', attempts);
  }
  try {
    const keys = await unlockKeyRecord(record, secret);
    await setMeta(db, 'pinAttempts', NO_PIN_ATTEMPTS);
    await holdKeys(db, keys);
    return { ok: true };
  } catch (error) {
    if (!isCryptoError(error, 'WRONG_SECRET') && !isCryptoError(error, 'INVALID_SECRET')) throw error;
    if (secret.kind === 'pin' && mustWipe(attempts)) {
      await wipeAfterWrongPins(db, new Date(now()).toISOString(), caches);
      db.keys.lock();
      return { ok: false, reason: 'wiped' };
    }
    return { ok: false, reason: 'wrong_secret', attemptsLeft: attemptsLeft(attempts) };
  }
}
