/** Sealing on the building screen (a secretary seals and lifts over the real data client) and the seal day a worker sees. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataClient } from '../../../../src/data';
import { BuildingScreen } from '../../../../src/features/round/building-screen';
import { HomeScreen } from '../../../../src/features/round/home-screen';
import { localDateOf } from '../../../../src/shared/local-date';
import { aBuilding } from '../../../fixtures/domain-records';
import { createFakeDataClient, localRecord } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { disposeClients, signedInClient } from '../../data/support/test-client';
import { building, MY_GRID, NOW } from './round-records';

const PATH = '/buildings/:buildingId';

afterEach(async () => {
  vi.useRealTimers();
  await disposeClients();
});

describe('sealing a building', () => {
  it('lets a secretary seal a building (start date today by default, a reason) and lift the seal, keeping the history', async () => {
    const { client } = await signedInClient();
    const real = client.getSessionState();
    // The same real client, signed in as the community's secretary.
    const asSecretary = { ...real, user: real.user && { ...real.user, role: 'secretary' as const } };
    const secretary: DataClient = { ...client, getSessionState: () => asSecretary };
    const gridId = real.user?.gridIds[0] ?? '';
    const buildingId = await client.create('building', aBuilding({ gridId, name: '3号楼', sealed: false }));
    const today = localDateOf();
    const { user } = renderWithProviders(<BuildingScreen />, { client: secretary, path: PATH, route: `/buildings/${buildingId}` });

    await user.click(await screen.findByRole('button', { name: 'Seal building' }));
    expect(screen.getByLabelText('Start date')).toHaveValue(today);
    await user.click(screen.getByRole('button', { name: 'Seal building' }));
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(await client.db.records('seal_period').count()).toBe(0);

    await user.type(screen.getByLabelText('Reason'), '密接');
    await user.click(screen.getByRole('button', { name: 'Seal building' }));
    expect(await screen.findByText('Day 1 of 14')).toBeInTheDocument();
    const history = await screen.findByRole('list', { name: 'Seal history' });
    expect(within(history).getByText(`${today} – now`)).toBeInTheDocument();
    expect(within(history).getByText('密接')).toBeInTheDocument();
    expect(await client.db.records('building').get(buildingId)).toMatchObject({ sealed: true, sealedSince: today });
    expect((await client.db.outbox.toArray()).map((entry) => [entry.entity, entry.op])).toEqual([
      ['building', 'create'],
      ['seal_period', 'create'],
      ['building', 'patch'],
    ]);

    await user.click(screen.getByRole('button', { name: 'Lift seal' }));
    expect(screen.getByLabelText('Lift on')).toHaveValue(today);
    await user.click(screen.getByRole('button', { name: 'Lift seal' }));
    expect(await screen.findByRole('button', { name: 'Seal building' })).toBeInTheDocument();
    expect(screen.queryByText('Day 1 of 14')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Seal history' })).getByText(`${today} – ${today}`)).toBeInTheDocument();
    expect(await client.db.records('building').get(buildingId)).toMatchObject({ sealed: false });
    expect(await client.db.outbox.count()).toBe(5);
  });

  it('shows a grid worker the seal day and the history, but no way to seal or lift', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const id = '0192f1b4-0000-7000-8000-0000000000b1';
    const client = createFakeDataClient({
      records: {
        building: [building(id, '3号楼', { sealed: true, sealedSince: '2026-11-20' })],
        household: [],
        seal_period: [localRecord('seal_period', '0192f1b4-0000-7000-8000-000000000701', { buildingId: id, startDate: '2026-11-20', reason: '密接' })],
      },
    });
    renderWithProviders(<BuildingScreen />, { client, path: PATH, route: `/buildings/${id}` });
    expect(await screen.findByText('Day 6 of 14')).toBeInTheDocument();
    expect(await screen.findByText('2026-11-20 – now')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Seal building' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lift seal' })).toBeNull();
  });

  it('shows "Day <n> of 14" on the worker’s Home card of a sealed building, counted from the seal that holds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const sealed = '0192f1b4-0000-7000-8000-0000000000b1';
    const client = createFakeDataClient({
      records: {
        building: [building(sealed, '3号楼', { gridId: MY_GRID, sealed: true, sealedSince: '2026-11-24' }), building('0192f1b4-0000-7000-8000-0000000000b2', '4号楼')],
        household: [],
        visit: [],
        fever_report: [],
        seal_period: [
          localRecord('seal_period', '0192f1b4-0000-7000-8000-000000000701', { buildingId: sealed, startDate: '2026-11-12', reason: '密接' }),
          localRecord('seal_period', '0192f1b4-0000-7000-8000-000000000702', { buildingId: sealed, startDate: '2026-10-01', reason: '密接', liftedOn: '2026-10-14' }),
        ],
      },
    });
    renderWithProviders(<HomeScreen />, { client });
    const cards = await screen.findByRole('list', { name: 'My buildings' });
    expect(within(within(cards).getByRole('link', { name: /3号楼/ })).getByText('Day 14 of 14')).toBeInTheDocument();
    expect(within(cards).getByRole('link', { name: /4号楼/ }).textContent).not.toMatch(/of 14|Sealed/);
  });
});
