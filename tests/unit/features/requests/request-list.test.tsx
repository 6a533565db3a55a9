import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localRecord } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';
import { BUILDING, clientWith, helpRequest, HOUSEHOLD, requestId, VOLUNTEER } from './request-records';

const delivered = helpRequest(1, {
  kind: 'groceries',
  state: 'delivered',
  claimedBy: VOLUNTEER,
  claimedByName: '李志愿',
  claimedAt: '2026-11-25T10:00:00+08:00',
  createdAt: '2026-11-25T08:00:00+08:00',
});
const open = helpRequest(2, { kind: 'medicine', needs: '降压药', urgent: true, createdAt: '2026-11-26T08:00:00+08:00' });
const delivery = localRecord('delivery', '0192f1b4-8888-7000-8000-000000000001', {
  helpRequestId: requestId(1),
  outcome: 'left_at_door',
  deliveredAt: '2026-11-25T10:30:00+08:00',
  note: '敲门无人应',
  createdBy: VOLUNTEER,
});
/** A resident's request through the unit poster about a room nobody registered. */
const fromPoster = helpRequest(3, { householdId: undefined, unit: '1', room: '302', kind: 'medical', needs: '发烧，需要就医', askedBy: 'resident', state: 'unconfirmed', contactName: undefined, contactPhone: '13700001111' });

function card(region: string, name: string) {
  return within(within(screen.getByRole('region', { name: region })).getByRole('article', { name }));
}

describe('a household’s help requests', { timeout: 20_000 }, () => {
  it('lists them newest first with state, Urgent, who claimed it, the delivery and sync state', async () => {
    const { client } = clientWith({ help_request: [delivered, open], delivery: [delivery] });
    renderApp({ client, route: `/households/${HOUSEHOLD}` });
    const section = await screen.findByRole('region', { name: 'Help requests' });
    const articles = await within(section).findAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading').textContent)).toEqual(['Medicine', 'Groceries']);

    const medicine = card('Help requests', 'Medicine');
    expect(medicine.getByText('Open')).toBeInTheDocument();
    expect(medicine.getByText('Urgent')).toBeInTheDocument();
    expect(medicine.getByRole('button', { name: 'Cancel request' })).toBeInTheDocument();
    expect(medicine.queryByRole('button', { name: 'Confirm request' })).not.toBeInTheDocument();

    const groceries = card('Help requests', 'Groceries');
    expect(groceries.getByText('Delivered')).toBeInTheDocument();
    expect(groceries.getByText('Claimed by 李志愿')).toBeInTheDocument();
    expect(await groceries.findByText(/^Left at door · .*2026/)).toHaveTextContent('Note: 敲门无人应');
    expect(groceries.getAllByText('Synced')).toHaveLength(2);
    // Delivered: nothing left to do at the desk.
    expect(groceries.queryByRole('button')).not.toBeInTheDocument();
  });

  it('cancels an open request with a reason; without a reason it asks for one', async () => {
    const { client, patch } = clientWith({ help_request: [open] });
    const { user } = renderApp({ client, route: `/households/${HOUSEHOLD}` });
    await screen.findByRole('region', { name: 'Help requests' });
    await user.click(await screen.findByRole('button', { name: 'Cancel request' }));
    await user.click(screen.getByRole('button', { name: 'Cancel this request' }));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription('Give a reason.');
    expect(patch).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '家属已送到');
    await user.click(screen.getByRole('button', { name: 'Cancel this request' }));
    expect(patch).toHaveBeenCalledWith('help_request', requestId(2), { state: 'cancelled', closedReason: '家属已送到' });
    expect(await screen.findByText('Cancelled.')).toBeInTheDocument();
  });
});

describe('a building’s help requests', { timeout: 20_000 }, () => {
  it('shows those not closed with unit and room, linking to the household, and a resident’s request of an unregistered room with Confirm request and Reject', async () => {
    const cancelled = helpRequest(4, { state: 'cancelled', closedReason: '重复' });
    const { client, patch } = clientWith({ help_request: [delivered, open, fromPoster, cancelled] });
    const { user } = renderApp({ client, route: `/buildings/${BUILDING}` });
    const section = await screen.findByRole('region', { name: 'Help requests (2)' });
    expect(within(section).getAllByRole('article')).toHaveLength(2);
    const mine = card('Help requests (2)', 'Unit 2 Room 501 · Medicine');
    expect(mine.getByRole('link', { name: 'Unit 2 Room 501' })).toHaveAttribute('href', `/households/${HOUSEHOLD}`);

    const poster = card('Help requests (2)', 'Unit 1 Room 302 · Medical');
    expect(poster.queryByRole('link')).not.toBeInTheDocument();
    expect(poster.getByText('Room not registered')).toBeInTheDocument();
    expect(poster.getByText('Unconfirmed')).toBeInTheDocument();
    expect(poster.getByText(/Asked by the resident/)).toBeInTheDocument();
    await user.click(poster.getByRole('button', { name: 'Confirm request' }));
    expect(patch).toHaveBeenCalledWith('help_request', requestId(3), { state: 'open' });
    expect(await poster.findByText('Confirmed: volunteers see it now.')).toBeInTheDocument();
  });

  it('rejects a resident’s request with a reason', async () => {
    const { client, patch } = clientWith({ help_request: [fromPoster] });
    const { user } = renderApp({ client, route: `/buildings/${BUILDING}` });
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '不是本楼住户');
    await user.click(screen.getByRole('button', { name: 'Reject this request' }));
    expect(patch).toHaveBeenCalledWith('help_request', requestId(3), { state: 'rejected', closedReason: '不是本楼住户' });
    expect(await screen.findByText('Rejected.')).toBeInTheDocument();
  });
});
