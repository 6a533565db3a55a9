/** Home and the building screen over the real data client (fake-indexeddb): today's visits read by range, live. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../../src/app/app-providers';
import { createI18n } from '../../../../src/app/i18n-setup';
import { appRoutes } from '../../../../src/app/routes';
import type { DataClient } from '../../../../src/data/data-client';
import { aBuilding, aHousehold, aVisit } from '../../../fixtures/domain-records';
import { coreBundles, featureBundles } from '../../../fixtures/all-locales';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

function renderAppWith(client: DataClient, route: string) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [route] });
  const user = userEvent.setup();
  render(
    <AppProviders client={client} i18n={createI18n('en', coreBundles, featureBundles)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, user };
}

describe('the round over the real data client', () => {
  it('counts today’s visits on home, follows new visits live, and colours the building grid', async () => {
    const { client } = await signedInClient();
    const gridId = client.getSessionState().user?.gridIds[0];
    const buildingId = await client.create('building', aBuilding({ gridId, name: '3号楼', sealed: true }));
    const first = await client.create('household', aHousehold({ buildingId, unit: '1', room: '101' }));
    const second = await client.create('household', aHousehold({ buildingId, unit: '1', room: '201' }));
    const earlier = new Date().toISOString();
    const yesterday = new Date(Date.now() - 30 * 3_600_000).toISOString();
    await client.create('visit', aVisit({ householdId: first, visitedAt: earlier }));
    await client.create('visit', aVisit({ householdId: second, visitedAt: yesterday }));

    const { router, user } = renderAppWith(client, '/');
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
