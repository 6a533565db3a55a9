/**
 * useResidentSearch over the real data client (fake-indexeddb): the index follows saved edits (brought
 * up to date, not rebuilt) and answers as a fresh build of the same records; sign-out leaves it empty.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import type { DataClient } from '../../../../src/data';
import { DataClientContext } from '../../../../src/data/hooks/data-client-context';
import { useResidentSearch, type PreparedSearch } from '../../../../src/data/hooks/use-resident-search';
import { loadNamePinyin, type NamePinyin } from '../../../../src/domain/search/name-pinyin';
import { search } from '../../../../src/domain/search/search';
import { toSearchEntries } from '../../../../src/domain/search/search-entries';
import { buildSearchIndex } from '../../../../src/domain/search/search-index';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../support/test-client';

afterEach(disposeClients);

let namePinyin: NamePinyin;
beforeAll(async () => {
  namePinyin = await loadNamePinyin();
});

function wrapperFor(client: DataClient) {
  return ({ children }: { children: ReactNode }) => <DataClientContext value={client}>{children}</DataClientContext>;
}

const ids = (prepared: PreparedSearch | null, query: string) => (prepared ? search(prepared.index, query).map((hit) => hit.entry.id) : null);

function expectFresh(prepared: PreparedSearch | null, queries: readonly string[]) {
  if (!prepared) throw new Error('no index yet');
  const fresh = buildSearchIndex(toSearchEntries(prepared.records), namePinyin);
  expect(prepared.index.entries).toEqual(fresh.entries);
  for (const query of queries) expect(search(prepared.index, query)).toEqual(search(fresh, query));
}

describe('useResidentSearch', () => {
  it('follows edits of residents, households and buildings, and is empty after sign-out', async () => {
    const { client } = await signedInClient();
    const buildingId = await client.create('building', aBuilding());
    const householdId = await client.create('household', aHousehold({ buildingId }));
    const zhang = await client.create('resident', aResident({ householdId, name: '张三' }));
    const { result } = renderHook(() => useResidentSearch(), { wrapper: wrapperFor(client) });
    await waitFor(() => expect(ids(result.current.prepared, 'zs')).toEqual([zhang]));
    const household = result.current.prepared?.index.entries.find((item) => item.entry.id === householdId);

    await act(async () => {
      await client.patch('resident', zhang, { name: '李四' });
    });
    await waitFor(() => expect(ids(result.current.prepared, 'ls')).toEqual([zhang]));
    // Brought up to date: the household's entry, unchanged, is the one indexed before.
    expect(result.current.prepared?.index.entries.find((item) => item.entry.id === householdId)).toBe(household);
    expect(ids(result.current.prepared, 'zs')).toEqual([]);

    await act(async () => {
      await client.patch('household', householdId, { room: '602' });
      await client.patch('building', buildingId, { name: '7号楼' });
    });
    await waitFor(() => expect(ids(result.current.prepared, '7-2-602')).toEqual([householdId, zhang]));
    expect(ids(result.current.prepared, '3-2-501')).toEqual([]);
    expectFresh(result.current.prepared, ['ls', '李四', '602', '7-2-602', '13912345678', '1380']);

    await act(async () => {
      await client.signOut({ force: true });
    });
    await waitFor(() => expect(result.current.prepared?.index.entries).toEqual([]));
    expect(result.current.records.residents.size).toBe(0);
  });
});
