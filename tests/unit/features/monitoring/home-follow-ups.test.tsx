/**
 * Home's "Due follow-ups" at 12:30 in China: whoever missed this morning's check comes first, marked
 * "Overdue"; then the afternoon's due checks in walking order (building by number, then unit, floor,
 * room); someone already checked this afternoon and an ended monitoring are not listed; nothing at
 * all when nobody is due.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomeFollowUps } from '../../../../src/features/monitoring/home-follow-ups';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { check, monitoring, monitoringClient, NOON_30, people, TODAY } from './monitoring-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON_30);
});
afterEach(() => {
  vi.useRealTimers();
});

/** 赵一 (10号楼 1-101) missed this morning; 钱二 (2号楼 2-301), 孙三 (2号楼 1-502, started at 12:10 today) and 李四 (10号楼 1-201) are due this afternoon; 吴六 was checked this afternoon; 周五's monitoring ended. */
function records() {
  const zhao = monitoring(1, people.zhao, '2026-11-20');
  const qian = monitoring(2, people.qian, '2026-11-24');
  const sun = monitoring(3, people.sun, TODAY, { startedAt: '2026-11-26T12:10:00+08:00' });
  const li = monitoring(4, people.li, '2026-11-25');
  const wu = monitoring(5, people.wu, '2026-11-22');
  const zhou = monitoring(6, people.zhou, '2026-11-10', { endedOn: '2026-11-25', endKind: 'hospital', endNote: '转院' });
  return {
    home_monitoring: [zhao, qian, sun, li, wu, zhou],
    monitoring_check: [
      check(zhao, '2026-11-25T08:40:00+08:00'),
      check(zhao, '2026-11-25T15:10:00+08:00'),
      check(qian, '2026-11-26T08:10:00+08:00'),
      check(li, '2026-11-26T09:30:00+08:00'),
      check(wu, '2026-11-26T09:00:00+08:00'),
      check(wu, '2026-11-26T12:15:00+08:00'),
    ],
  };
}

/** The list's items once every person and place has been read (names and buildings fill in as the reads answer). */
async function dueItems() {
  const list = await screen.findByRole('list', { name: 'Due follow-ups' });
  await waitFor(() => {
    for (const item of within(list).getAllByRole('listitem')) expect(item).toHaveTextContent(/^[^…]+ · \d+号楼 \d-\d+/);
  });
  return within(list).getAllByRole('listitem');
}

describe('Due follow-ups on Home', () => {
  it('lists the one who missed the morning first as Overdue, then the due ones in walking order', async () => {
    const { client } = monitoringClient(records());
    renderWithProviders(<HomeFollowUps />, { client });

    expect(await screen.findByRole('heading', { name: 'Due follow-ups' })).toBeInTheDocument();
    const items = await dueItems();
    expect(items.map((item) => item.textContent?.split(' · ')[0])).toEqual(['赵一', '孙三', '钱二', '李四']);
    expect(items[0]).toHaveTextContent('赵一 · 10号楼 1-101');
    expect(items[0]).toHaveTextContent('Overdue Morning · Day 7 of 14');
    expect(items[1]).toHaveTextContent('孙三 · 2号楼 1-502');
    expect(items[1]).toHaveTextContent('Due Afternoon · Day 1 of 14');
    expect(items[2]).toHaveTextContent('钱二 · 2号楼 2-301');
    expect(items[2]).toHaveTextContent('Day 3 of 14');
    expect(items[3]).toHaveTextContent('李四 · 10号楼 1-201');
    expect(items[3]).toHaveTextContent('Day 2 of 14');
    for (const item of items.slice(1)) expect(item).not.toHaveTextContent('Overdue');
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/monitoring/0192f1b4-0000-7000-8000-000000000301');
  });

  it('leaves out someone checked this afternoon and an ended monitoring', async () => {
    const { client } = monitoringClient(records());
    renderWithProviders(<HomeFollowUps />, { client });
    const items = await dueItems();
    expect(items).toHaveLength(4);
    const list = within(screen.getByRole('list', { name: 'Due follow-ups' }));
    expect(list.queryByText(/吴六/)).not.toBeInTheDocument();
    expect(list.queryByText(/周五/)).not.toBeInTheDocument();
  });

  it('this morning, the same people are due with nobody overdue yet', async () => {
    vi.setSystemTime(new Date('2026-11-26T10:00:00+08:00'));
    const data = records();
    // This morning's checks made after 10:00 have not happened yet.
    data.monitoring_check = data.monitoring_check.filter((c) => Date.parse(c.checkedAt) <= Date.now());
    const { client } = monitoringClient(data);
    renderWithProviders(<HomeFollowUps />, { client });
    const items = await dueItems();
    // 孙三 starts at 12:10; 钱二, 李四 and 吴六 were checked this morning.
    expect(items.map((item) => item.textContent?.split(' · ')[0])).toEqual(['赵一']);
    expect(items[0]).toHaveTextContent('Due Morning · Day 7 of 14');
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('renders nothing when nobody is due', async () => {
    const data = records();
    const { client } = monitoringClient({ home_monitoring: data.home_monitoring.filter((m) => m.residentId === people.wu.resident || m.endedOn !== undefined), monitoring_check: data.monitoring_check });
    const { container } = renderWithProviders(<HomeFollowUps />, { client });
    // Give the reads time to answer: still nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('heading', { name: 'Due follow-ups' })).not.toBeInTheDocument();
  });
});
