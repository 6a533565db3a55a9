import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeliveredTodayScreen } from '../../../../src/features/volunteer/delivered-screen';
import { createFakeDataClient, rejectedEntry } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { building, delivery, ids, request, volunteer } from './volunteer-fixtures';

const today = (hour: number, minute: number) => {
  const at = new Date();
  at.setHours(hour, minute, 0, 0);
  return at.toISOString();
};
const yesterday = () => {
  const at = new Date();
  at.setDate(at.getDate() - 1);
  at.setHours(12, 0, 0, 0);
  return at.toISOString();
};

describe('Delivered today', () => {
  it('lists today’s deliveries with place, kind, how, when, the note and whether each reached the server', async () => {
    const client = createFakeDataClient({
      session: { user: volunteer },
      records: {
        building: [building()],
        help_request: [
          request(ids.medicine, { room: '301', kind: 'medicine', state: 'delivered', claimedBy: volunteer.id }),
          request(ids.mine, { room: '302', state: 'delivered', claimedBy: volunteer.id }, 'pending'),
          request(ids.groceriesOld, { room: '303', state: 'delivered', claimedBy: volunteer.id }),
        ],
        delivery: [
          delivery('0192f1b4-0000-7000-8000-00000000d001', ids.medicine, { outcome: 'handed_over', deliveredAt: today(0, 5), note: '老人亲自签收' }),
          delivery('0192f1b4-0000-7000-8000-00000000d002', ids.mine, { outcome: 'left_at_door', deliveredAt: today(0, 10) }, 'pending'),
          delivery('0192f1b4-0000-7000-8000-00000000d003', ids.groceriesOld, { deliveredAt: yesterday() }),
        ],
      },
    });
    renderWithProviders(<DeliveredTodayScreen />, { client });
    expect(await screen.findByRole('heading', { name: 'Delivered today', level: 1 })).toBeInTheDocument();
    const items = await screen.findAllByRole('article');
    // Newest first; yesterday's delivery is not today's.
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['1栋, unit 2, room 302', '1栋, unit 2, room 301']);
    const [pending, handed] = items as [HTMLElement, HTMLElement];
    expect(within(pending).getByText('Left at door')).toBeInTheDocument();
    expect(within(pending).getByText('Groceries')).toBeInTheDocument();
    expect(within(pending).getByText('Pending')).toBeInTheDocument();
    expect(within(handed).getByText('Handed over')).toBeInTheDocument();
    expect(within(handed).getByText('Medicine')).toBeInTheDocument();
    expect(within(handed).getByText('Note: 老人亲自签收')).toBeInTheDocument();
    expect(within(handed).getByText(/^Delivered at \d{2}:05/)).toBeInTheDocument();
    expect(within(handed).getByText('Synced')).toBeInTheDocument();
  });

  it('keeps a delivery whose claim the server refused, marked “Claimed by another volunteer”', async () => {
    const client = createFakeDataClient({
      session: { user: volunteer },
      records: {
        building: [building()],
        help_request: [request(ids.refused, { room: '404', state: 'delivered', claimedBy: volunteer.id }, 'rejected')],
        delivery: [delivery('0192f1b4-0000-7000-8000-00000000d004', ids.refused, { deliveredAt: today(0, 1) })],
      },
      rejected: [
        rejectedEntry({
          entity: 'help_request',
          op: 'patch',
          recordId: ids.refused,
          data: { state: 'delivered' },
          error: { code: 'VALIDATION', message: 'invalid', fields: { state: 'claimed_by_other' } },
        }),
      ],
    });
    renderWithProviders(<DeliveredTodayScreen />, { client });
    const item = await screen.findByRole('article', { name: '1栋, unit 2, room 404' });
    expect(await within(item).findByText('Claimed by another volunteer')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Open Needs attention' })).toHaveAttribute('href', '/attention');
    expect(within(item).getByText('Left at door')).toBeInTheDocument();
  });

  it('says so when nothing was delivered today', async () => {
    const client = createFakeDataClient({ session: { user: volunteer }, records: { building: [building()], help_request: [], delivery: [] } });
    renderWithProviders(<DeliveredTodayScreen />, { client });
    expect(await screen.findByText('No deliveries recorded today.')).toBeInTheDocument();
  });
});
