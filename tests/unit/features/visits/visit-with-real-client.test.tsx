/** The visit screens over the real data client (fake-indexeddb): what is saved is read back live. */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

describe('visits over the real data client', () => {
  it('stores the visit with its check, shows it pending, and a void shows at once with the reason', async () => {
    const { client } = await signedInClient();
    const buildingId = await client.create('building', aBuilding());
    const householdId = await client.create('household', aHousehold({ buildingId }));
    const residentId = await client.create('resident', aResident({ householdId }));
    const { router, user } = renderApp({ client, route: `/households/${householdId}/visits/new` });

    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '36.6');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    expect(await screen.findByText('Visit saved')).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();

    const visitId = new URLSearchParams(router.state.location.search).get('saved') ?? '';
    const stored = await client.getRecord('visit', visitId);
    expect(stored).toMatchObject({ householdId, outcome: 'visited', checks: [{ residentId, temperature: 36.6, symptoms: [] }] });
    // The only household of its building: the end of the round here.
    expect(await screen.findByText('That was the last room in 3号楼.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'View the visit' }));
    await user.click(await screen.findByRole('button', { name: 'Void' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Wrong household');
    await user.click(screen.getByRole('button', { name: 'Confirm void' }));
    expect(await screen.findByText('Voided: Wrong household')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Record again' })).toHaveAttribute('href', `/households/${householdId}/visits/new`);
    expect(await client.getRecord('visit', visitId)).toMatchObject({ voidReason: 'Wrong household' });
  });
});
