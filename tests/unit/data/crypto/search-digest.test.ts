import { beforeAll, describe, expect, it } from 'vitest';
import { unlockKeyRecord, type DataKeys } from '../../../../src/data/crypto/data-keys';
import type { KeyRecord } from '../../../../src/data/crypto/key-record';
import { roomCode, searchDigest, searchDigests } from '../../../../src/data/crypto/search-digest';
import { testKeys } from './crypto-test-support';

let record: KeyRecord;
let keys: DataKeys;

beforeAll(async () => {
  ({ record, keys } = await testKeys());
});

describe('search digests', () => {
  it('are short base64url text that does not show the token', async () => {
    const digest = await searchDigest(keys.searchKey, 'phone_tail', '13912345678');

    expect(digest).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(digest).not.toContain('5678');
  });

  it('stay the same for a token across unlocks of the same data key', async () => {
    const again = await unlockKeyRecord(record, { kind: 'pin', secret: '482915' });

    for (const [kind, value] of [['id_tail', '1234'], ['initials', 'zs'], ['room', '3-2-501'], ['name', '张三']] as const) {
      expect(await searchDigest(again.searchKey, kind, value)).toBe(await searchDigest(keys.searchKey, kind, value));
    }
  });

  it('differ between tokens, and between kinds for the same text', async () => {
    const digests = await searchDigests(keys.searchKey, [
      { kind: 'id_tail', value: '1234' },
      { kind: 'id_tail', value: '1235' },
      { kind: 'phone_tail', value: '1234' },
      { kind: 'initials', value: 'zs' },
      { kind: 'initials', value: 'zsf' },
    ]);

    expect(new Set(digests).size).toBe(5);
  });

  it('match what the user types with what the index holds', async () => {
    const digest = (kind: Parameters<typeof searchDigest>[1], value: string) => searchDigest(keys.searchKey, kind, value);

    // The whole ID number when indexed, its last 4 (x in either case) when typed.
    expect(await digest('id_tail', '11010119480302123X')).toBe(await digest('id_tail', '123x'));
    // A phone with spaces or full-width digits, and its tail.
    expect(await digest('phone_tail', '139 1234 5678')).toBe(await digest('phone_tail', '５６７８'));
    // The address as stored and the code as typed.
    expect(await digest('room', roomCode('3号楼', '2单元', '0501'))).toBe(await digest('room', '3-2-501'));
    expect(await digest('room', roomCode(undefined, '2', '501'))).toBe(await digest('room', '2—501'));
    expect(await digest('initials', 'ZS')).toBe(await digest('initials', 'zs'));
    expect(await digest('name', ' 张 三')).toBe(await digest('name', '张三'));
  });

  it('give nothing for a tail shorter than 4', async () => {
    expect(await searchDigest(keys.searchKey, 'id_tail', '123')).toBeNull();
    expect(await searchDigest(keys.searchKey, 'phone_tail', '12-3')).toBeNull();
    expect(await searchDigest(keys.searchKey, 'name', '  ')).toBeNull();
  });
});
