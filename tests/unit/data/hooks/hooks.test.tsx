import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataClient } from '../../../../src/data';
import { DataClientContext, useDataClient } from '../../../../src/data/hooks/data-client-context';
import { useRecord, useRecords } from '../../../../src/data/hooks/use-records';
import { everyRecord, residentsOfHousehold, visitsOnDay } from '../../../../src/data/queries/record-queries';
import { localDay } from '../../../../src/shared/local-date';
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

  it('useRecord and useRecords update after local writes', async () => {
    const { client } = await signedInClient();
    const householdId = await client.create('household', aHousehold());
    const { result } = renderHook(
      () => ({ household: useRecord('household', householdId), residents: useRecords(residentsOfHousehold(householdId)) }),
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

  it('useRecords follows a day query live, and reads again when the query asks something else', async () => {
    const { client } = await signedInClient();
    const householdId = await client.create('household', aHousehold());
    const dayBefore = new Date(2026, 10, 24, 9).toISOString();
    const morning = new Date(2026, 10, 25, 8, 30).toISOString();
    await client.create('visit', aVisit({ householdId, visitedAt: dayBefore }));
    const { result, rerender } = renderHook(
      ({ date }: { date: string }) => ({ visits: useRecords(visitsOnDay(localDay(date))), households: useRecords(everyRecord('household')) }),
      { wrapper: wrapperFor(client), initialProps: { date: '2026-11-25' } },
    );
    await waitFor(() => expect(result.current).toMatchObject({ visits: [], households: [{ id: householdId }] }));

    await act(async () => {
      await client.create('visit', aVisit({ householdId, visitedAt: morning }));
    });
    await waitFor(() => expect(result.current.visits?.map((v) => v.visitedAt)).toEqual([morning]));
    rerender({ date: '2026-11-24' });
    await waitFor(() => expect(result.current.visits?.map((v) => v.visitedAt)).toEqual([dayBefore]));
  });
});
