/** "Print unit posters" on the building screen: for the secretary and grid workers, online only. */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BuildingPostersLink } from '../../../../src/features/round/building-posters-link';
import type { UserRole } from '../../../../src/domain/sync-protocol';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';

function open(role: UserRole) {
  const client = createFakeDataClient({ session: { user: { ...demoUser, role } } });
  renderWithProviders(<BuildingPostersLink buildingId={BUILDING} />, { client });
  return { client };
}

describe('Print unit posters link', () => {
  it.each(['grid_worker', 'secretary'] as const)('is shown to a %s online and opens the building’s posters', async (role) => {
    open(role);
    expect(await screen.findByRole('link', { name: 'Print unit posters' })).toHaveAttribute('href', `/buildings/${BUILDING}/posters`);
  });

  it('goes away when the phone goes offline (the sheet comes from the server)', async () => {
    const { client } = open('grid_worker');
    await screen.findByRole('link', { name: 'Print unit posters' });
    act(() => client.setSyncStatus({ online: false }));
    expect(screen.queryByRole('link', { name: 'Print unit posters' })).not.toBeInTheDocument();
  });

  it('is not shown to a volunteer', async () => {
    const { client } = open('grid_worker');
    await screen.findByRole('link', { name: 'Print unit posters' });
    act(() => client.setSession({ user: { ...demoUser, role: 'volunteer', gridIds: [] } }));
    expect(screen.queryByRole('link', { name: 'Print unit posters' })).not.toBeInTheDocument();
  });
});
