import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataClient } from '../../../../src/data/data-client';
import { DataClientContext, useDataClient } from '../../../../src/data/hooks/data-client-context';
import { useRecord, useRecordCount, useRecordsBetween, useRecordsWhere } from '../../../../src/data/hooks/use-records';
import { useRejectedMutations } from '../../../../src/data/hooks/use-rejected-mutations';
import { useSession } from '../../../../src/data/hooks/use-session';
import { useSyncStatus } from '../../../../src/data/hooks/use-sync-status';
import { aHousehold, aResident, aVisit } from '../../../fixtures/domain-records';
import { FakeSyncServer } from '../support/fake-sync-server';
import { disposeClients, newClient, signedInClient } from '../support/test-client';

afterEach(disposeClients);

function wrapperFor(client: DataClient) {
  return ({ children }: { children: ReactNode }) => <DataClientContext value={client}>{children}</DataClientContext>;
}

describe('data hooks', () => {
  it('useDataClient fails loudly without a provider', () => {
    expect(() => renderHook(() => useDataClient())).toThrow(/DataClientContext/);
  });

  it('useSession and useSyncStatus follow the client', async () => {
    const client = newClient(new FakeSyncServer());
    const { result } = renderHook(() => ({ session: useSession(), sync: useSyncStatus() }), { wrapper: wrapperFor(client) });
    await waitFor(() => expect(result.current.session.status).toBe('signed_out'));

    await act(() => client.signIn('worker1', 'secret'));
    expect(result.current.session).toMatchObject({ status: 'signed_in', user: { username: 'worker1' } });

    await act(async () => {
      await client.create('household', aHousehold());
    });
    await waitFor(() => expect(result.current.sync.pending).toBe(1));
    await act(() => client.syncNow());
    await waitFor(() => expect(result.current.sync).toMatchObject({ pending: 0, phase: 'idle' }));
    expect(result.current.sync.lastSyncAt).not.toBeNull();
  });

  it('useRejectedMutations lists rejections live and drops them when discarded', async () => {
    const { client, server } = await signedInClient();
    server.reject = () => ({ code: 'FORBIDDEN', message: 'no' });
    const { result } = renderHook(() => useRejectedMutations(), { wrapper: wrapperFor(client) });
    expect(result.current).toEqual([]);

    await act(async () => {
      await client.create('household', aHousehold());
      await client.syncNow();
    });
    await waitFor(() => expect(result.current.map((e) => e.error?.code)).toEqual(['FORBIDDEN']));

    await act(() => client.discard(result.current[0]!.mutationId));
    await waitFor(() => expect(result.current).toEqual([]));
  });

  it('useRecord and useRecordsWhere update after local writes', async () => {
    const { client } = await signedInClient();
    const householdId = await client.create('household', aHousehold());
    const { result } = renderHook(
      () => ({ household: useRecord('household', householdId), residents: useRecordsWhere('resident', 'householdId', householdId) }),
      { wrapper: wrapperFor(client) },
    );
    await waitFor(() => expect(result.current.household).toMatchObject({ room: '501' }));
    expect(result.current.residents).toEqual([]);

    await act(async () => {
      await client.create('resident', aResident({ householdId }));
      await client.patch('household', householdId, { room: '502' });
    });
    await waitFor(() => expect(result.current.residents?.map((r) => r.name)).toEqual(['张三']));
    await waitFor(() => expect(result.current.household).toMatchObject({ room: '502' }));
  });

  it('useRecordsBetween reads a range of an index and useRecordCount counts, both live', async () => {
    const { client } = await signedInClient();
    const householdId = await client.create('household', aHousehold());
    await client.create('visit', aVisit({ householdId, visitedAt: '2026-11-24T09:00:00.000Z' }));
    const { result } = renderHook(
      () => ({
        today: useRecordsBetween('visit', 'visitedAt', '2026-11-25T00:00:00.000Z', '2026-11-25T23:59:59.999Z'),
        visits: useRecordCount('visit', 'householdId', householdId),
        households: useRecordCount('household'),
      }),
      { wrapper: wrapperFor(client) },
    );
    await waitFor(() => expect(result.current).toMatchObject({ today: [], visits: 1, households: 1 }));

    await act(async () => {
      await client.create('visit', aVisit({ householdId, visitedAt: '2026-11-25T08:30:00.000Z' }));
    });
    await waitFor(() => expect(result.current.today?.map((v) => v.visitedAt)).toEqual(['2026-11-25T08:30:00.000Z']));
    expect(result.current.visits).toBe(2);
  });
});
