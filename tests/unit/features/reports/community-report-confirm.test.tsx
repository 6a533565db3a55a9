/** Confirming the community report through the real data client over fake-indexeddb: the stored record is read back live. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../../src/app/app-providers';
import { createI18n } from '../../../../src/app/i18n-setup';
import { everyRecord } from '../../../../src/data';
import { ReportsScreen } from '../../../../src/features/reports/reports-screen';
import { localDateOf } from '../../../../src/shared/local-date';
import { coreBundles, featureBundles } from '../../../fixtures/all-locales';
import { testUser } from '../../data/support/fake-sync-server';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

const COMMUNITY = testUser.communityId ?? '';
const G1 = '0190a000-0a00-7000-8000-000000000001';
const G2 = '0190a000-0a00-7000-8000-000000000002';
const REPORT = '0190a000-0f00-7000-8000-000000000001';
const counts = { doorsKnocked: 3, visited: 2, notHome: 0, refused: 1, residentsChecked: 5, feversFound: 0, feversReported: 0 };

describe('Confirm community report on the real data client', () => {
  it('stores one community_report with the sum and the missing grid, then shows when it was confirmed', async () => {
    const { client, server } = await signedInClient();
    const today = localDateOf();
    const confirmedAt = new Date();
    confirmedAt.setHours(0, 20, 0, 0);
    server.serverWrite('grid', G1, { communityId: COMMUNITY, name: '1号网格' });
    server.serverWrite('grid', G2, { communityId: COMMUNITY, name: '2号网格' });
    server.serverWrite('daily_report', REPORT, { gridId: G1, date: today, counts, confirmedAt: confirmedAt.toISOString() });
    await client.syncNow();

    const router = createMemoryRouter([{ path: '/reports', element: <ReportsScreen /> }], { initialEntries: ['/reports'] });
    render(
      <AppProviders client={client} i18n={createI18n('en', coreBundles, featureBundles)}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    const reported = (await screen.findByRole('heading', { name: '1号网格', level: 3 })).closest('article')!;
    expect(within(reported).getByText('Reported')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Confirm community report' }));

    await waitFor(async () => expect(await client.listRecords(everyRecord('community_report'))).toHaveLength(1));
    const [stored] = await client.listRecords(everyRecord('community_report'));
    expect(stored).toMatchObject({ _sync: 'pending', communityId: COMMUNITY, date: today, counts, gridsReported: [G1], gridsMissing: [G2] });
    expect(await screen.findByText(/^Community report confirmed at /)).toBeInTheDocument();
    expect(screen.getByText('Missing when confirmed: 2号网格')).toBeInTheDocument();
  });
});
