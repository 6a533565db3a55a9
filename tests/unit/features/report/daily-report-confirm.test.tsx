/** Confirming through the real data client over fake-indexeddb: the stored report replaces the button. */
import { everyRecord } from '../../../../src/data';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../../../src/app/app-providers';
import { createI18n } from '../../../../src/app/i18n-setup';
import { DailyReportScreen } from '../../../../src/features/report/daily-report-screen';
import { localDateOf } from '../../../../src/shared/local-date';
import { coreBundles, featureBundles } from '../../../fixtures/all-locales';
import { aBuilding, aHousehold, aVisit } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../../data/support/test-client';

afterEach(disposeClients);

describe('daily report on the real data client', () => {
  it('stores one daily_report and then shows it, pending, with no way to confirm a second', async () => {
    const { client } = await signedInClient();
    const user = client.getSessionState().user!;
    const gridId = user.gridIds[0]!;
    const buildingId = await client.create('building', aBuilding({ gridId }));
    const householdId = await client.create('household', aHousehold({ buildingId }));
    const visitedAt = new Date();
    visitedAt.setHours(0, 30, 0, 0);
    await client.create('visit', aVisit({ householdId, visitedAt: visitedAt.toISOString(), outcome: 'not_home', checks: [] }));

    const router = createMemoryRouter([{ path: '/daily-report', element: <DailyReportScreen /> }], { initialEntries: ['/daily-report'] });
    render(
      <AppProviders client={client} i18n={createI18n('en', coreBundles, featureBundles)}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    const clicker = userEvent.setup();
    await clicker.click(await screen.findByRole('button', { name: 'Confirm daily report' }));

    expect(await screen.findByText('Daily report confirmed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm daily report' })).not.toBeInTheDocument();
    const reports = await client.listRecords(everyRecord('daily_report'));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      _sync: 'pending',
      gridId,
      date: localDateOf(),
      counts: { doorsKnocked: 1, visited: 0, notHome: 1, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 },
    });
    const card = screen.getByText('Daily report confirmed').closest('section')!;
    await waitFor(() => expect(within(card).getByText('Pending')).toBeInTheDocument());
  });
});
