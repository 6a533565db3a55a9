/** The search index follows the records on the phone: the real data client over fake-indexeddb. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../../src/app/app-providers';
import { createI18n } from '../../../../src/app/i18n-setup';
import type { DataClient } from '../../../../src/data';
import { SearchScreen } from '../../../../src/features/search/search-screen';
import { coreBundles, featureBundles } from '../../../fixtures/all-locales';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

function renderSearch(client: DataClient) {
  const router = createMemoryRouter([{ path: '/search', element: <SearchScreen /> }], { initialEntries: ['/search'] });
  render(
    <AppProviders client={client} i18n={createI18n('en', coreBundles, featureBundles)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return userEvent.setup();
}

describe('search index', () => {
  it('finds a resident saved while the screen is open, without leaving it', async () => {
    const { client } = await signedInClient();
    const buildingId = await client.create('building', aBuilding());
    const householdId = await client.create('household', aHousehold({ buildingId }));
    await client.create('resident', aResident({ householdId, name: '张三' }));

    const user = renderSearch(client);
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name, pinyin, phone, ID or room' }), 'w');
    const list = screen.getByRole('list', { name: 'Results' });
    expect(await screen.findByText('No match')).toBeInTheDocument();

    await act(async () => {
      await client.create('resident', aResident({ householdId, name: '王五', idNumber: undefined, phone: undefined }));
    });
    const item = await within(list).findByRole('listitem');
    expect(item).toHaveTextContent('王五');
    expect(item).toHaveTextContent('3号楼, Unit 2 Room 501');
    expect(item).toHaveTextContent('Pending');
    expect(screen.queryByText('No match')).not.toBeInTheDocument();
  });
});
