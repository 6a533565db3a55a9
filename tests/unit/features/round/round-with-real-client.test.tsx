/** Home and the building screen over the real data client (fake-indexeddb): today's visits read by range, live. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { aBuilding, aHousehold, aVisit } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

describe('the round over the real data client', () => {
  it('counts today’s visits on home, follows new visits live, and colours the building grid', async () => {
    const { client } = await signedInClient();
    const gridId = client.getSessionState().user?.gridIds[0] ?? '';
    const buildingId = await client.create('building', aBuilding({ gridId, name: '3号楼', sealed: true }));
    const first = await client.create('household', aHousehold({ buildingId, unit: '1', room: '101' }));
    const second = await client.create('household', aHousehold({ buildingId, unit: '1', room: '201' }));
    const earlier = new Date().toISOString();
    const yesterday = new Date(Date.now() - 30 * 3_600_000).toISOString();
    await client.create('visit', aVisit({ householdId: first, visitedAt: earlier }));
    await client.create('visit', aVisit({ householdId: second, visitedAt: yesterday }));

    const { router, user } = renderApp({ client, route: '/' });
    expect(await screen.findByText('Visited today: 1 / 2 households')).toBeInTheDocument();
    const doors = await screen.findByRole('list', { name: 'Not visited yet today' });
    expect(within(doors).getAllByRole('link').map((link) => link.textContent)).toEqual(['3号楼, Unit 1 Room 201']);

    await client.create('visit', aVisit({ householdId: second, visitedAt: new Date().toISOString(), outcome: 'refused', checks: [] }));
    expect(await screen.findByText('Refused: 1', { exact: false })).toBeInTheDocument();
    expect(await screen.findByText('Every door has been knocked on today.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /3号楼/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '3号楼' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Unit 1 Room 101' })).toHaveAccessibleDescription('Visited Not sent yet');
    expect(screen.getByRole('button', { name: 'Unit 1 Room 201' })).toHaveAccessibleDescription('Refused Not sent yet');
    await user.click(screen.getByRole('button', { name: 'Unit 1 Room 201' }));
    expect(router.state.location.pathname).toBe(`/households/${second}`);
  });
});
