/** Help requests over the real data client (fake-indexeddb): saved on the phone, then live on the household and building screens. */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aBuilding, aHelpRequest, aHousehold } from '../../../fixtures/domain-records';
import { renderApp } from '../../../fixtures/render-with-providers';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

describe('help requests over the real data client', { timeout: 30_000 }, () => {
  it('Request help stores an open request that the household lists; confirming a resident’s request on the building shows it open, cancelling takes it off', async () => {
    const { client } = await signedInClient();
    const gridId = client.getSessionState().user?.gridIds[0] ?? '';
    const buildingId = await client.create('building', aBuilding({ gridId, name: '1栋', sealed: true }));
    const householdId = await client.create('household', aHousehold({ buildingId, unit: '2', room: '501', phone: '13800138000' }));
    // As a pull would bring it: a resident's request through the unit poster, about a room not registered.
    await client.create('help_request', aHelpRequest({ buildingId, householdId: undefined, unit: '1', room: '302', kind: 'medical', askedBy: 'resident', state: 'unconfirmed' }));

    const { router, user } = renderApp({ client, route: `/households/${householdId}` });
    await user.click(await screen.findByRole('link', { name: 'Request help' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('radio', { name: 'Groceries' }, { timeout: 10_000 }));
    await user.type(screen.getByRole('textbox', { name: 'What is needed' }), '大米一袋');
    await user.click(screen.getByRole('radio', { name: 'Someone else (type a name)' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact name' }), '李四');
    await user.click(screen.getByRole('button', { name: 'Save request' }));

    const section = await screen.findByRole('region', { name: 'Help requests' }, { timeout: 10_000 });
    const card = within(await within(section).findByRole('article', { name: 'Groceries' }));
    expect(card.getByText('Open')).toBeInTheDocument();
    expect(card.getByText('Pending')).toBeInTheDocument();
    expect(card.getByText('Contact: 李四 13800138000')).toBeInTheDocument();

    await act(() => router.navigate(`/buildings/${buildingId}`));
    const list = await screen.findByRole('region', { name: 'Help requests (2)' }, { timeout: 10_000 });
    const poster = within(within(list).getByRole('article', { name: 'Unit 1 Room 302 · Medical' }));
    await user.click(poster.getByRole('button', { name: 'Confirm request' }));
    expect(await poster.findByText('Open', { selector: '.gw-request__state' })).toBeInTheDocument();

    await user.click(poster.getByRole('button', { name: 'Cancel request' }));
    await user.type(poster.getByRole('textbox', { name: 'Reason' }), '已自行就医');
    await user.click(poster.getByRole('button', { name: 'Cancel this request' }));
    expect(await screen.findByRole('region', { name: 'Help requests (1)' })).toBeInTheDocument();
  });
});
