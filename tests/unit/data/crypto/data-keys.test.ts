import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../src/data/crypto/crypto-error';
import { createKeyRecord, setKeySlot, unlockKeyRecord } from '../../../../src/data/crypto/data-keys';
import { parseKeyRecord, withoutPinSlot, type KeyRecord } from '../../../../src/data/crypto/key-record';
import { openJson, sealJson } from '../../../../src/data/crypto/sealed-value';
import { FAST, rejection, TEST_PIN } from './crypto-test-support';

const PASSWORD = 'grid-walker 2026!';

/** The record as the meta table gives it back: through structured clone and a parse. */
function stored(record: KeyRecord): KeyRecord {
  const parsed = parseKeyRecord(structuredClone(record));
  if (!parsed) throw new Error('the record did not parse');
  return parsed;
}

describe('data key slots', () => {
  it('unlocks with the PIN or the password to the same data key', async () => {
    const { record, keys } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const sealed = await sealJson(keys.fieldKey, { idNumber: '110101194803021234' }, 'ctx');

    const byPin = await unlockKeyRecord(stored(record), { kind: 'pin', secret: TEST_PIN });
    const byPassword = await unlockKeyRecord(stored(record), { kind: 'password', secret: PASSWORD });

    expect(await openJson(byPin.fieldKey, sealed, 'ctx')).toEqual({ idNumber: '110101194803021234' });
    expect(await openJson(byPassword.fieldKey, sealed, 'ctx')).toEqual({ idNumber: '110101194803021234' });
  });

  it('refuses a wrong PIN and a wrong password', async () => {
    const { record } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);

    const wrongPin = await rejection(unlockKeyRecord(record, { kind: 'pin', secret: '482916' }));
    const wrongPassword = await rejection(unlockKeyRecord(record, { kind: 'password', secret: 'grid-walker 2026' }));
    // The PIN is no password and the other way round: each opens only its own slot.
    const pinAsPassword = await rejection(unlockKeyRecord(record, { kind: 'password', secret: TEST_PIN }));

    expect(isCryptoError(wrongPin, 'WRONG_SECRET')).toBe(true);
    expect(isCryptoError(wrongPassword, 'WRONG_SECRET')).toBe(true);
    expect(isCryptoError(pinAsPassword, 'WRONG_SECRET')).toBe(true);
  });

  it('keeps no secret in clear in the stored record and hands out keys that cannot be exported', async () => {
    const { record, keys } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const json = JSON.stringify(record);

    expect(json).not.toContain(TEST_PIN);
    expect(json).not.toContain(PASSWORD);
    expect(Object.keys(record.pin!).sort()).toEqual(['iterations', 'iv', 'kdf', 'salt', 'wrapped']);
    expect(record.pin!.salt).not.toBe(record.password!.salt);
    expect(keys.fieldKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.fieldKey)).rejects.toThrow();
  });

  it('treats an altered slot as a wrong secret', async () => {
    const { record } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const wrapped = record.pin!.wrapped;
    const altered: KeyRecord = { ...record, pin: { ...record.pin!, wrapped: (wrapped[0] === 'A' ? 'B' : 'A') + wrapped.slice(1) } };
    // A slot moved to the other kind fails too: the wrap is bound to its kind.
    const swapped: KeyRecord = { version: 1, password: record.pin! };

    expect(isCryptoError(await rejection(unlockKeyRecord(altered, { kind: 'pin', secret: TEST_PIN })), 'WRONG_SECRET')).toBe(true);
    expect(isCryptoError(await rejection(unlockKeyRecord(swapped, { kind: 'password', secret: TEST_PIN })), 'WRONG_SECRET')).toBe(true);
  });

  it('sets a new PIN with the password after the PIN slot was removed, keeping what was sealed', async () => {
    const { record, keys } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const sealed = await sealJson(keys.fieldKey, '13912345678', 'outbox:1');
    const wiped = withoutPinSlot(record);

    const noSlot = await rejection(unlockKeyRecord(wiped, { kind: 'pin', secret: TEST_PIN }));
    expect(isCryptoError(noSlot, 'NO_SLOT')).toBe(true);

    const renewed = await setKeySlot(wiped, { kind: 'password', secret: PASSWORD }, { kind: 'pin', secret: '739104' }, FAST);
    const byNewPin = await unlockKeyRecord(stored(renewed), { kind: 'pin', secret: '739104' });
    expect(await openJson(byNewPin.fieldKey, sealed, 'outbox:1')).toBe('13912345678');
  });

  it('changes the PIN: the old one stops working, the password still unlocks', async () => {
    const { record } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const changed = await setKeySlot(record, { kind: 'pin', secret: TEST_PIN }, { kind: 'pin', secret: '000111' }, FAST);

    expect(isCryptoError(await rejection(unlockKeyRecord(changed, { kind: 'pin', secret: TEST_PIN })), 'WRONG_SECRET')).toBe(true);
    await expect(unlockKeyRecord(changed, { kind: 'pin', secret: '000111' })).resolves.toBeDefined();
    await expect(unlockKeyRecord(changed, { kind: 'password', secret: PASSWORD })).resolves.toBeDefined();
  });

  it('refuses to rewrap without the current secret', async () => {
    const { record } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const error = await rejection(setKeySlot(record, { kind: 'pin', secret: '111111' }, { kind: 'password', secret: 'new password' }, FAST));
    expect(isCryptoError(error, 'WRONG_SECRET')).toBe(true);
  });

  it('accepts only a 6-digit PIN and a non-empty password for a slot', async () => {
    for (const pin of ['12345', '1234567', '12345a', '１２３４５６']) {
      const error = await rejection(createKeyRecord({ pin, password: PASSWORD }, FAST));
      expect(isCryptoError(error, 'INVALID_SECRET')).toBe(true);
    }
    expect(isCryptoError(await rejection(createKeyRecord({ pin: TEST_PIN, password: '' }, FAST)), 'INVALID_SECRET')).toBe(true);
  });

  it('gives every data key its own seals', async () => {
    const first = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const second = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);
    const sealed = await sealJson(first.keys.fieldKey, 'x', 'ctx');

    expect(isCryptoError(await rejection(openJson(second.keys.fieldKey, sealed, 'ctx')), 'TAMPERED')).toBe(true);
  });
});

describe('parseKeyRecord', () => {
  it('reads a stored record back and refuses altered or foreign values', async () => {
    const { record } = await createKeyRecord({ pin: TEST_PIN, password: PASSWORD }, FAST);

    expect(parseKeyRecord(structuredClone(record))).toEqual(record);
    expect(parseKeyRecord(undefined)).toBeNull();
    expect(parseKeyRecord({ version: 2, pin: record.pin })).toBeNull();
    expect(parseKeyRecord({ version: 1 })).toBeNull();
    expect(parseKeyRecord({ ...record, pin: { ...record.pin!, iterations: 10 } })).toBeNull();
    expect(parseKeyRecord({ ...record, password: { ...record.password!, salt: 'not base64url!' } })).toBeNull();
    expect(parseKeyRecord(withoutPinSlot(record))).toEqual({ version: 1, password: record.password });
  });
});
