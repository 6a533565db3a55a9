/** The gate screen over the real data client (fake-indexeddb): a checkpoint, a building, a household and its residents. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../../src/app/app-providers';
import { createI18n } from '../../../../src/app/i18n-setup';
import type { GridwalkDataClient } from '../../../../src/data/create-data-client';
import { GATE_CHOICE_KEY, useGateChoice } from '../../../../src/features/checkpoint/gate-choice-store';
import { CheckpointScreen } from '../../../../src/features/checkpoint/checkpoint-screen';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { coreBundles, featureBundles } from '../../../fixtures/all-locales';
import { signedInClient } from '../../data/support/test-client';

export const checkpoints = {
  east: '0192f1b4-0000-7000-8000-0000000000c7',
  west: '0192f1b4-0000-7000-8000-0000000000c8',
} as const;

export interface GateFixture {
  client: GridwalkDataClient;
  householdId: string;
  zhangId: string;
  liId: string;
}

/** A signed-in client with two checkpoints (reference data, as a pull stores it), 3号楼 2-501 and its residents. */
export async function gateClient(): Promise<GateFixture> {
  const { client } = await signedInClient();
  const communityId = '0192f1b4-0000-7000-8000-0000000000c1';
  await client.db.records('checkpoint').bulkPut([
    { id: checkpoints.east, version: 1, _sync: 'synced', communityId, name: '东门' },
    { id: checkpoints.west, version: 1, _sync: 'synced', communityId, name: '西门' },
  ]);
  const buildingId = await client.create('building', aBuilding());
  const householdId = await client.create('household', aHousehold({ buildingId }));
  const zhangId = await client.create('resident', aResident({ householdId }));
  const liId = await client.create('resident', aResident({ householdId, name: '李梅', idNumber: undefined, phone: '13700002222', sex: 'female' }));
  await client.create('resident', aResident({ householdId, name: '王走', idNumber: undefined, phone: undefined, movedOutOn: '2025-01-05' }));
  return { client, householdId, zhangId, liId };
}

/** Forget the gate choice (zustand keeps it in memory and in localStorage). */
export function resetGateChoice() {
  useGateChoice.setState({ checkpointId: '', direction: 'in' });
  localStorage.removeItem(GATE_CHOICE_KEY);
}

export function renderGate(client: GridwalkDataClient, options: { advanceTimers?: (ms: number) => unknown } = {}) {
  const router = createMemoryRouter([{ path: '/checkpoint', element: <CheckpointScreen /> }, { path: '*', element: <p>elsewhere</p> }], {
    initialEntries: ['/checkpoint'],
  });
  const user = userEvent.setup(options.advanceTimers ? { advanceTimers: options.advanceTimers } : {});
  const result = render(
    <AppProviders client={client} i18n={createI18n('en', coreBundles, featureBundles)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, user };
}

/** Chooses 东门 (once the checkpoints are read) and a resident from the find box. */
export async function chooseEastGate(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: '东门' });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Checkpoint' }), '东门');
}

export async function findAndPick(user: ReturnType<typeof userEvent.setup>, query: string, label: string) {
  await user.type(screen.getByRole('searchbox', { name: 'Find resident' }), query);
  await user.click(await screen.findByRole('button', { name: label }));
}

export const ZHANG = '张三, 3号楼 Unit 2 Room 501';

export type CheckLabel = 'Identity asked' | 'Details recorded' | 'Mask worn';
export const CHECKS: readonly CheckLabel[] = ['Identity asked', 'Details recorded', 'Mask worn'];

export const checkToggle = (name: CheckLabel) => screen.getByRole('button', { name });

/** Taps each of the given toggles once (none is ever pressed for the worker). */
export async function tapChecks(user: ReturnType<typeof userEvent.setup>, order: readonly CheckLabel[] = CHECKS) {
  for (const name of order) await user.click(checkToggle(name));
}
