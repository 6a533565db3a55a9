import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '../../../../src/data';
import { VolunteerRequestScreen } from '../../../../src/features/volunteer/request-screen';
import { createFakeDataClient, rejectedEntry, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { building, delivery, ids, OTHER_VOLUNTEER, request, volunteer } from './volunteer-fixtures';

function open(records: FakeRecords, id: string, rejected: OutboxEntry[] = []) {
  const client = createFakeDataClient({ session: { user: volunteer }, records: { building: [building()], delivery: [], ...records }, rejected });
  return renderWithProviders(<VolunteerRequestScreen />, { client, path: '/requests/:requestId', route: `/requests/${id}` });
}

describe('a request, as the volunteer works it', () => {
  it('before the claim: the contact masked, no address or call link, and Claim', async () => {
    const { user, client } = open({ help_request: [request(ids.medicine, { kind: 'medicine' })] }, ids.medicine);
    expect(await screen.findByRole('heading', { name: '1栋, unit 2, room 501', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Contact: 张** 138****1234')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Call/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/和平路/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Claim' }));
    expect(client.patch).toHaveBeenCalledWith('help_request', ids.medicine, expect.objectContaining({ state: 'claimed', claimedBy: volunteer.id, claimedByName: '李志愿' }));
  });

  it('claimed by this volunteer and synced: the address and the full phone as a call link', async () => {
    open({ help_request: [request(ids.mine, { state: 'claimed', claimedBy: volunteer.id, claimedByName: '李志愿', contactName: '张三丰', contactPhone: '13812341234' })] }, ids.mine);
    const address = await screen.findByRole('region', { name: 'Address' });
    expect(within(address).getByText('和平路 12 号, unit 2, room 501')).toBeInTheDocument();
    expect(within(address).getByText('张三丰')).toBeInTheDocument();
    expect(within(address).getByRole('link', { name: 'Call 13812341234' })).toHaveAttribute('href', 'tel:13812341234');
    expect(screen.queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
  });

  it('claimed offline: the masked phone and that the number comes once the claim reaches the server', async () => {
    open({ help_request: [request(ids.mine, { state: 'claimed', claimedBy: volunteer.id }, 'pending')] }, ids.mine);
    const address = await screen.findByRole('region', { name: 'Address' });
    expect(within(address).getByText('138****1234')).toBeInTheDocument();
    expect(within(address).getByText('The phone number appears once your claim reaches the server')).toBeInTheDocument();
    expect(within(address).queryByRole('link')).not.toBeInTheDocument();
  });

  it('Delivered: asks how, then records the delivery with the outcome, the time and the note', async () => {
    const { user, client } = open({ help_request: [request(ids.mine, { state: 'claimed', claimedBy: volunteer.id })] }, ids.mine);
    await user.click(await screen.findByRole('button', { name: 'Delivered' }));
    const form = screen.getByRole('form', { name: 'Record the delivery' });
    await user.click(within(form).getByRole('button', { name: 'Save delivery' }));
    expect(client.recordDelivery).not.toHaveBeenCalled();
    expect(within(form).getByText('Choose Left at door or Handed over.')).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Left at door' }));
    const time = within(form).getByLabelText('Delivered at');
    await user.clear(time);
    await user.type(time, '2026-11-25T10:30');
    await user.type(within(form).getByLabelText('Note (optional)'), '放在鞋柜上');
    await user.click(within(form).getByRole('button', { name: 'Save delivery' }));
    expect(client.recordDelivery).toHaveBeenCalledWith({
      helpRequestId: ids.mine,
      outcome: 'left_at_door',
      deliveredAt: new Date(2026, 10, 25, 10, 30).toISOString(),
      note: '放在鞋柜上',
      volunteer: { id: volunteer.id, name: '李志愿' },
    });
    expect(await screen.findByText('Delivery recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record the delivery' })).not.toBeInTheDocument();
  });

  it('“Handed over” with the time left at now', async () => {
    const { user, client } = open({ help_request: [request(ids.mine, { state: 'claimed', claimedBy: volunteer.id })] }, ids.mine);
    await user.click(await screen.findByRole('button', { name: 'Delivered' }));
    await user.click(screen.getByRole('radio', { name: 'Handed over' }));
    await user.click(screen.getByRole('button', { name: 'Save delivery' }));
    const input = vi.mocked(client.recordDelivery).mock.calls[0]![0];
    expect(input.outcome).toBe('handed_over');
    expect(input.note).toBeUndefined();
    expect(Math.abs(Date.parse(input.deliveredAt) - Date.now())).toBeLessThan(2 * 60_000);
  });

  it('claimed by another volunteer: says so, no Claim, no Delivered, no contact in full', async () => {
    open({ help_request: [request(ids.other, { state: 'claimed', claimedBy: OTHER_VOLUNTEER })] }, ids.other);
    expect(await screen.findByText('Claimed by another volunteer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delivered' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Address' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open Needs attention' })).not.toBeInTheDocument();
  });

  it('this phone’s delivery refused (another volunteer claimed first): says so, keeps the delivery, links to Needs attention', async () => {
    const deliveryId = '0192f1b4-0000-7000-8000-00000000d001';
    open(
      {
        help_request: [request(ids.refused, { state: 'delivered', claimedBy: volunteer.id }, 'rejected')],
        delivery: [delivery(deliveryId, ids.refused, { outcome: 'handed_over' })],
      },
      ids.refused,
      [
        rejectedEntry({
          entity: 'help_request',
          op: 'patch',
          recordId: ids.refused,
          data: { state: 'delivered', claimedBy: volunteer.id },
          error: { code: 'VALIDATION', message: 'invalid', fields: { state: 'claimed_by_other' } },
        }),
      ],
    );
    expect(await screen.findByText('Claimed by another volunteer')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Needs attention' })).toHaveAttribute('href', '/attention');
    expect(screen.queryByRole('button', { name: 'Delivered' })).not.toBeInTheDocument();
    const deliveries = screen.getByRole('region', { name: 'Deliveries' });
    expect(within(deliveries).getByText('Handed over')).toBeInTheDocument();
  });

  it('a request not on this phone', async () => {
    open({ help_request: [] }, ids.medicine);
    expect(await screen.findByText('This request is not on this phone.')).toBeInTheDocument();
  });
});
