import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SyncIndicator } from '../../../../src/features/sync/sync-indicator';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

describe('sync indicator', () => {
  it('shows the pending count and that the phone is offline', () => {
    const client = createFakeDataClient({ sync: { online: false, phase: 'offline', pending: 3, lastError: 'NETWORK' } });
    renderWithProviders(<SyncIndicator />, { client });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Pending: 3');
    expect(status).toHaveTextContent('Offline');
    expect(status).toHaveTextContent('Not synced yet');
  });

  it('summarises a server error', () => {
    const client = createFakeDataClient({ sync: { phase: 'error', lastError: 'SERVER', pending: 2 } });
    renderWithProviders(<SyncIndicator />, { client });
    expect(screen.getByRole('status')).toHaveTextContent('Problem: The server had a problem.');
  });

  it('shows online, syncing and the last successful sync time', () => {
    const lastSyncAt = new Date();
    lastSyncAt.setHours(9, 5, 0, 0);
    const client = createFakeDataClient({ sync: { online: true, phase: 'syncing', pending: 0, lastSyncAt: lastSyncAt.toISOString() } });
    renderWithProviders(<SyncIndicator />, { client });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Online');
    expect(status).toHaveTextContent('Syncing…');
    expect(status).toHaveTextContent(/Last sync: 0?9:05/);
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();
  });

  it('follows status changes from the data client', () => {
    const client = createFakeDataClient({ sync: { pending: 1 } });
    renderWithProviders(<SyncIndicator />, { client });
    expect(screen.getByRole('status')).toHaveTextContent('Pending: 1');
    act(() => client.setSyncStatus({ pending: 4, online: false }));
    expect(screen.getByRole('status')).toHaveTextContent('Pending: 4');
    expect(screen.getByRole('status')).toHaveTextContent('Offline');
  });

  it('links the count of records needing attention to the list', async () => {
    const client = createFakeDataClient({ sync: { rejected: 2 } });
    const { user, router } = renderWithProviders(<SyncIndicator />, { client });
    const link = within(screen.getByRole('status')).getByRole('link', { name: 'Needs attention: 2' });
    await user.click(link);
    expect(router.state.location.pathname).toBe('/attention');
  });

  it('counts records the phone could not read among those needing attention', () => {
    renderWithProviders(<SyncIndicator />, { client: createFakeDataClient({ sync: { rejected: 1, unreadable: 2 } }) });
    expect(within(screen.getByRole('status')).getByRole('link', { name: 'Needs attention: 3' })).toBeInTheDocument();
  });

  it('asks to sign in again when the session can no longer sync', () => {
    const client = createFakeDataClient({ sync: { phase: 'auth_required', lastError: 'UNAUTHORIZED' } });
    renderWithProviders(<SyncIndicator />, { client });
    expect(screen.getByRole('status')).toHaveTextContent('Sign in again to sync');
  });

  it('starts a sync run on "Sync now"', async () => {
    const client = createFakeDataClient();
    const { user } = renderWithProviders(<SyncIndicator />, { client });
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(client.syncNow).toHaveBeenCalledTimes(1);
  });
});
