import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VolunteerRequestsScreen } from '../../../../src/features/volunteer/requests-screen';
import { createFakeDataClient, rejectedEntry } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { building, ids, OTHER_VOLUNTEER, request, volunteer } from './volunteer-fixtures';

function cardsOf(section: HTMLElement): string[] {
  return within(section)
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading').textContent ?? '');
}

describe('Requests, the volunteer’s home', () => {
  it('lists the open requests: medicine and medical first, then urgent, then oldest', async () => {
    const client = createFakeDataClient({
      session: { user: volunteer },
      records: {
        building: [building()],
        help_request: [
          request(ids.groceriesOld, { room: '101', minutesAgo: 90 }),
          request(ids.groceriesUrgent, { room: '102', urgent: true, minutesAgo: 10 }),
          request(ids.medicine, { room: '103', kind: 'medicine', minutesAgo: 20 }),
          request(ids.medicalUrgent, { room: '104', kind: 'medical', urgent: true, minutesAgo: 5 }),
          request(ids.other, { room: '105', state: 'claimed', claimedBy: OTHER_VOLUNTEER }),
        ],
      },
    });
    renderWithProviders(<VolunteerRequestsScreen />, { client });
    expect(await screen.findByRole('heading', { name: 'Requests', level: 1 })).toBeInTheDocument();
    const open = await screen.findByRole('region', { name: 'Open requests (4)' });
    expect(cardsOf(open)).toEqual(['1栋, unit 2, room 104', '1栋, unit 2, room 103', '1栋, unit 2, room 102', '1栋, unit 2, room 101']);
    expect(screen.queryByRole('region', { name: 'My claimed requests' })).not.toBeInTheDocument();
  });

  it('shows each request’s kind, Urgent, what is needed, how long ago and the contact as the server masked it', async () => {
    const client = createFakeDataClient({
      session: { user: volunteer },
      records: { building: [building()], help_request: [request(ids.medicalUrgent, { kind: 'medical', urgent: true, needs: '胰岛素两支', minutesAgo: 12 })] },
    });
    renderWithProviders(<VolunteerRequestsScreen />, { client });
    const card = await screen.findByRole('article', { name: '1栋, unit 2, room 501' });
    expect(within(card).getByText('Medical')).toBeInTheDocument();
    expect(within(card).getByText('Urgent')).toBeInTheDocument();
    expect(within(card).getByText('Needs: 胰岛素两支')).toBeInTheDocument();
    expect(within(card).getByText('12 min ago')).toBeInTheDocument();
    expect(within(card).getByText('Contact: 张** 138****1234')).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /call/i })).not.toBeInTheDocument();
  });

  it('Claim saves the claim as this volunteer’s, now, and opens the request', async () => {
    const client = createFakeDataClient({ session: { user: volunteer }, records: { building: [building()], help_request: [request(ids.medicine, { kind: 'medicine' })] } });
    const { user, router } = renderWithProviders(<VolunteerRequestsScreen />, { client });
    const before = Date.now();
    await user.click(await screen.findByRole('button', { name: 'Claim' }));
    expect(client.patch).toHaveBeenCalledTimes(1);
    const [entity, id, changes] = vi.mocked(client.patch).mock.calls[0]!;
    expect(entity).toBe('help_request');
    expect(id).toBe(ids.medicine);
    expect(changes).toMatchObject({ state: 'claimed', claimedBy: volunteer.id, claimedByName: '李志愿' });
    const claimedAt = Date.parse(String((changes as { claimedAt: string }).claimedAt));
    expect(claimedAt).toBeGreaterThanOrEqual(before);
    expect(claimedAt).toBeLessThanOrEqual(Date.now());
    expect(router.state.location.pathname).toBe(`/requests/${ids.medicine}`);
  });

  it('puts the requests this volunteer claimed at the top, without a Claim button', async () => {
    const client = createFakeDataClient({
      session: { user: volunteer },
      records: {
        building: [building()],
        help_request: [
          request(ids.groceriesOld, { room: '101' }),
          request(ids.mine, { room: '202', state: 'claimed', claimedBy: volunteer.id, claimedByName: '李志愿' }),
          request(ids.other, { room: '303', state: 'delivered', claimedBy: volunteer.id }),
        ],
      },
    });
    renderWithProviders(<VolunteerRequestsScreen />, { client });
    const mine = await screen.findByRole('region', { name: 'My claimed requests' });
    expect(cardsOf(mine)).toEqual(['1栋, unit 2, room 202']);
    expect(within(mine).queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
    expect(cardsOf(screen.getByRole('region', { name: 'Open requests (1)' }))).toEqual(['1栋, unit 2, room 101']);
  });

  it('shows “Claimed by another volunteer” and the way to Needs attention when the server refused this phone’s claim', async () => {
    const client = createFakeDataClient({
      session: { user: volunteer },
      records: {
        building: [building()],
        // The phone's view still holds its own refused claim.
        help_request: [request(ids.refused, { room: '404', state: 'claimed', claimedBy: volunteer.id }, 'rejected')],
      },
      rejected: [
        rejectedEntry({
          entity: 'help_request',
          op: 'patch',
          recordId: ids.refused,
          data: { state: 'claimed', claimedBy: volunteer.id },
          error: { code: 'VALIDATION', message: 'invalid', fields: { state: 'claimed_by_other' } },
        }),
      ],
    });
    renderWithProviders(<VolunteerRequestsScreen />, { client });
    const card = await screen.findByRole('article', { name: '1栋, unit 2, room 404' });
    expect(await within(card).findByText('Claimed by another volunteer')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Open Needs attention' })).toHaveAttribute('href', '/attention');
    expect(within(card).queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
  });

  it('says so when nothing is open', async () => {
    const client = createFakeDataClient({ session: { user: volunteer }, records: { building: [building()], help_request: [] } });
    renderWithProviders(<VolunteerRequestsScreen />, { client });
    expect(await screen.findByText('No open requests right now.')).toBeInTheDocument();
  });
});
