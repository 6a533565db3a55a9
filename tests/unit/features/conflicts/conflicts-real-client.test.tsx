/** "Keep this value" over the real data client (fake-indexeddb): what it writes, and the list following it live. */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictsScreen } from '../../../../src/features/conflicts/conflicts-screen';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { disposeClients, signedInClient } from '../../data/support/test-client';
import { conflictRecords, HOUSEHOLD, PHONE } from './conflict-records';

afterEach(disposeClients);

/** The fixed records as pulled from the server (synced). */
async function clientWithConflicts() {
  const { client } = await signedInClient();
  const records = conflictRecords();
  await client.db.records('building').bulkPut(records.building ?? []);
  await client.db.records('household').bulkPut(records.household ?? []);
  await client.db.records('resident').bulkPut(records.resident ?? []);
  await client.db.records('conflict').bulkPut(records.conflict ?? []);
  return client;
}

async function card(field: string): Promise<HTMLElement> {
  const list = await screen.findByRole('list', { name: 'Conflicts' });
  const found = within(list).getAllByRole('listitem').find((item) => item.textContent?.includes(`Field: ${field}`));
  if (!found) throw new Error(`no card for ${field}`);
  return found;
}

describe('keeping a conflict value on the real data client', () => {
  it('keeping the value the record does not hold patches the record and the conflict, and the conflict leaves the list', async () => {
    const client = await clientWithConflicts();
    const { user } = renderWithProviders(<ConflictsScreen />, { client });

    const phone = await card('Phone');
    await user.click(within(within(phone).getByRole('group', { name: /^Earlier value/ })).getByRole('button', { name: 'Keep this value' }));

    await waitFor(async () => expect(await client.db.records('household').get(HOUSEHOLD)).toMatchObject({ phone: '13800138000', _sync: 'pending' }));
    expect(await client.db.records('conflict').get(PHONE)).toMatchObject({ kept: 'earlier', _sync: 'pending' });
    expect((await client.db.records('conflict').get(PHONE))?.seenAt).toEqual(expect.any(String));
    const entries = await client.db.outbox.orderBy('seq').toArray();
    expect(entries.map((entry) => [entry.entity, entry.recordId, Object.keys(entry.data).sort()])).toEqual([
      ['household', HOUSEHOLD, ['phone']],
      ['conflict', PHONE, ['kept', 'seenAt']],
    ]);
    await waitFor(() => expect(screen.queryByText('13800138000')).not.toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Conflicts' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeping the value the record already holds only marks the conflict', async () => {
    const client = await clientWithConflicts();
    const { user } = renderWithProviders(<ConflictsScreen />, { client });

    const phone = await card('Phone');
    await user.click(within(within(phone).getByRole('group', { name: /^Later value/ })).getByRole('button', { name: 'Keep this value' }));

    await waitFor(async () => expect(await client.db.records('conflict').get(PHONE)).toMatchObject({ kept: 'later', _sync: 'pending' }));
    expect(await client.db.records('household').get(HOUSEHOLD)).toMatchObject({ phone: '13900139000', _sync: 'synced' });
    const entries = await client.db.outbox.toArray();
    expect(entries.map((entry) => [entry.entity, entry.recordId])).toEqual([['conflict', PHONE]]);
  });
});
