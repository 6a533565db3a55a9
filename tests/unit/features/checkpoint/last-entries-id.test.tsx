/**
 * The gate's last entries with a grid worker's minimal scope (issue 18): a visitor another worker
 * recorded shows the masked ID number the server sent; one this worker recorded is held in full and
 * shown masked too (the list is on a screen others can see).
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../../src/domain/id-number';
import { aCheckpointEntry } from '../../../fixtures/domain-records';
import { makeIdNumber } from '../../../fixtures/id-number-factory';
import { otherUser } from '../../data/support/fake-sync-server';
import { disposeClients } from '../../data/support/test-client';
import { checkpoints, chooseEastGate, gateClient, renderGate, resetGateChoice } from './gate-test-setup';

beforeEach(resetGateChoice);
afterEach(disposeClients);

describe('the last entries at the gate', () => {
  it('show every visitor’s ID number masked, another worker’s as the server sent it, this worker’s own held in full', async () => {
    const { client } = await gateClient();
    const theirs = makeIdNumber({ region: '110102', birthDate: '1990-01-01', sequence: 5 });
    const mine = makeIdNumber({ region: '420106', birthDate: '1985-06-15', sequence: 12 });
    // As a pull stores another worker's entry: the server masked the number.
    await client.db.records('checkpoint_entry').put({
      ...aCheckpointEntry({ checkpointId: checkpoints.east, at: new Date().toISOString(), name: '赵六', idNumber: maskIdNumber(theirs) }),
      id: '0190a000-0000-7000-8000-0000000000e1',
      version: 1,
      createdBy: otherUser.id,
      _sync: 'synced',
    });
    await client.create('checkpoint_entry', aCheckpointEntry({ checkpointId: checkpoints.east, at: new Date().toISOString(), name: '钱七', idNumber: mine }));
    const { user } = renderGate(client);
    await chooseEastGate(user);

    const list = screen.getByRole('region', { name: 'Last entries' });
    const theirItem = (await within(list).findByText('赵六')).closest('li');
    const myItem = (await within(list).findByText('钱七')).closest('li');
    expect(theirItem).toHaveTextContent('ID 110102********053X');
    expect(theirItem).not.toHaveTextContent(theirs);
    expect(myItem).toHaveTextContent(`ID ${maskIdNumber(mine)}`);
    expect(myItem).not.toHaveTextContent(mine);
    const held = await client.db.records('checkpoint_entry').filter((row) => row.name === '钱七').first();
    expect(held?.idNumber).toBe(mine);
  });
});
