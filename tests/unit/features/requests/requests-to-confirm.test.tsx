import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { clientWith, helpRequest, requestId, secretary } from './request-records';

/** Two residents' requests through the unit poster, waiting for the grid worker's word, and one already open. */
const waiting = [
  helpRequest(1, { householdId: undefined, unit: '1', room: '302', kind: 'medical', askedBy: 'resident', state: 'unconfirmed', createdAt: '2026-11-30T08:00:00+08:00' }),
  helpRequest(2, { unit: '2', room: '501', kind: 'groceries', askedBy: 'resident', state: 'unconfirmed', createdAt: '2026-11-30T09:00:00+08:00' }),
  helpRequest(3, { state: 'open' }),
];

describe('requests to confirm', { timeout: 20_000 }, () => {
  it('Home links to them with their number; the list shows building, unit and room, and confirming or rejecting patches the request', async () => {
    const { client, patch } = clientWith({ help_request: waiting });
    const { user } = renderApp({ client, route: '/' });
    await user.click(await screen.findByRole('link', { name: 'Requests to confirm (2)' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Requests to confirm' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: /Residents asked through a unit poster/ });
    const items = within(list).getAllByRole('article');
    // Oldest first; the building's name before each place.
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(['1栋 Unit 1 Room 302 · Medical', '1栋 Unit 2 Room 501 · Groceries']);

    await user.click(within(items[1]!).getByRole('button', { name: 'Confirm request' }));
    expect(patch).toHaveBeenCalledWith('help_request', requestId(2), { state: 'open' });

    await user.click(within(items[0]!).getByRole('button', { name: 'Reject' }));
    await user.type(within(items[0]!).getByRole('textbox', { name: 'Reason' }), '无法核实');
    await user.click(within(items[0]!).getByRole('button', { name: 'Reject this request' }));
    expect(patch).toHaveBeenCalledWith('help_request', requestId(1), { state: 'rejected', closedReason: '无法核实' });
  });

  it('Home shows no link when nothing waits', async () => {
    const { client } = clientWith({ help_request: [waiting[2]!] });
    renderApp({ client, route: '/' });
    // The buildings' list shows once Home has read this phone's records.
    await screen.findByRole('list', { name: 'My buildings' }, { timeout: 10_000 });
    expect(screen.queryByRole('link', { name: /Requests to confirm/ })).not.toBeInTheDocument();
  });

  it('the secretary’s Community screen links to them and to the delivery ledger', async () => {
    const { client } = clientWith({ help_request: waiting }, { session: { user: secretary } });
    renderApp({ client, route: '/' });
    // The secretary's app and the Community screen load first (lazy chunks).
    expect(await screen.findByRole('link', { name: 'Delivery ledger' }, { timeout: 10_000 })).toHaveAttribute('href', '/deliveries');
    expect(await screen.findByRole('link', { name: 'Requests to confirm (2)' })).toHaveAttribute('href', '/requests/unconfirmed');
  });
});
