import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';
import { buildings, deliveries, NOW, requests } from './ledger-records';

const secretary = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000099', username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };

function figure(card: HTMLElement, label: string): string | null | undefined {
  return within(card).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

async function openLedger() {
  const client = createFakeDataClient({ session: { user: secretary }, records: { building: buildings, help_request: requests, delivery: deliveries } });
  const rendered = renderApp({ client, route: '/deliveries' });
  await screen.findByRole('heading', { level: 1, name: 'Delivery ledger' }, { timeout: 10_000 });
  await screen.findByRole('heading', { level: 2, name: '1栋' });
  return rendered;
}

describe('the delivery ledger', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows today by default: per building the requests by state and the deliveries', async () => {
    await openLedger();
    expect(screen.getByLabelText('Day')).toHaveValue('2026-11-30');
    const b1 = screen.getByRole('region', { name: '1栋' });
    expect(figure(b1, 'New')).toBe('2');
    expect(figure(b1, 'Open')).toBe('2');
    expect(figure(b1, 'Claimed')).toBe('1');
    expect(figure(b1, 'Delivered')).toBe('1');
    expect(figure(b1, 'Deliveries')).toBe('2');
    const b2 = screen.getByRole('region', { name: '2栋' });
    expect(figure(b2, 'New')).toBe('1');
    expect(figure(b2, 'Cancelled')).toBe('1');
    expect(figure(b2, 'Deliveries')).toBe('0');
  });

  it('marks and lists the requests waiting over 4 hours', async () => {
    await openLedger();
    const b1 = screen.getByRole('region', { name: '1栋' });
    const waiting = within(b1).getByRole('list', { name: 'Waiting over 4 h (1)' });
    const items = within(waiting).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Waiting over 4 h');
    expect(items[0]).toHaveTextContent('Unit 1 Room 101 · Medicine · Open');
    const b2 = screen.getByRole('region', { name: '2栋' });
    expect(within(b2).getByRole('list', { name: 'Waiting over 4 h (1)' })).toHaveTextContent('Unit 1 Room 107 · Groceries · Open · Urgent');
  });

  it('marks the delivery of a volunteer whose claim lost as Claimed by another volunteer, and keeps the other', async () => {
    await openLedger();
    const list = within(screen.getByRole('region', { name: '1栋' })).getByRole('list', { name: 'Deliveries that day (2)' });
    const [second, first] = within(list).getAllByRole('listitem');
    expect(second).toHaveTextContent('Claimed by another volunteer');
    expect(second).toHaveTextContent('Left at door');
    expect(second).toHaveTextContent('Note: 门口');
    expect(first).toHaveTextContent('Handed over');
    expect(first).toHaveTextContent('Claimed by 李志愿');
    expect(first).not.toHaveTextContent('Claimed by another volunteer');
  });

  it('shows another day when one is picked', async () => {
    await openLedger();
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-29' } });
    const b2 = await screen.findByRole('region', { name: '2栋' });
    await within(b2).findByRole('list', { name: 'Deliveries that day (1)' });
    expect(figure(b2, 'Delivered')).toBe('1');
    expect(figure(screen.getByRole('region', { name: '1栋' }), 'New')).toBe('2');
    expect(figure(screen.getByRole('region', { name: '1栋' }), 'Open')).toBe('0');
  });

  it('on an office screen shows the figures as a table with the community’s total, the lists below', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(min-width: 900px)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    try {
      const client = createFakeDataClient({ session: { user: secretary }, records: { building: buildings, help_request: requests, delivery: deliveries } });
      renderApp({ client, route: '/deliveries' });
      const table = await screen.findByRole('table', { name: 'Delivery ledger · 2026-11-30' }, { timeout: 10_000 });
      expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
        'Building', 'New', 'Open', 'Claimed', 'Delivered', 'Cancelled', 'Rejected', 'Deliveries', 'Waiting over 4 h',
      ]);
      const rows = within(table).getAllByRole('row').map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent));
      expect(rows.slice(1)).toEqual([
        ['2', '2', '1', '1', '0', '0', '2', '1'],
        ['1', '1', '0', '0', '1', '0', '0', '1'],
        ['3', '3', '1', '1', '1', '0', '2', '2'],
      ]);
      expect(within(table).getByRole('rowheader', { name: 'Total' })).toBeInTheDocument();
      expect(screen.getByRole('list', { name: 'Deliveries that day (2)' })).toHaveTextContent('Claimed by another volunteer');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
