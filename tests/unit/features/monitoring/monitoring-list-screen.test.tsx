/**
 * The list of everyone under home monitoring (/monitoring) at 12:30 in China: each open monitoring with
 * "Day <n> of 14", the last temperature, "Overdue" and the checks missed in the last 24 hours, "Due to
 * release today" on the last day; ended ones left out; the grid and reason filters narrow the list.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MonitoringListScreen } from '../../../../src/features/monitoring/monitoring-list-screen';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { check, monitoring, monitoringClient, NOON_30, people } from './monitoring-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON_30);
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * 赵一 (grid A, returnee, day 7): checked yesterday morning only, so yesterday afternoon and this morning
 * are missed; 钱二 (grid A, fever report, day 14) checked yesterday afternoon, this morning and this afternoon; 周五 (grid
 * B, close contact, day 3) checked this morning only (yesterday afternoon missed); 孙三's monitoring ended.
 */
function records() {
  const zhao = monitoring(1, people.zhao, '2026-11-20');
  const qian = monitoring(2, people.qian, '2026-11-13', { reason: 'fever_report' });
  const zhou = monitoring(3, people.zhou, '2026-11-24', { reason: 'close_contact' });
  const sun = monitoring(4, people.sun, '2026-11-10', { endedOn: '2026-11-24', endKind: 'released' });
  return {
    home_monitoring: [zhao, qian, zhou, sun],
    monitoring_check: [
      check(zhao, '2026-11-25T08:40:00+08:00', 36.6),
      check(qian, '2026-11-25T15:00:00+08:00', 36.2),
      check(qian, '2026-11-26T08:00:00+08:00', 36.3),
      check(qian, '2026-11-26T12:05:00+08:00', 36.4),
      check(zhou, '2026-11-26T09:15:00+08:00', 37.1),
    ],
  };
}

async function openList() {
  const rendered = monitoringClient(records());
  const view = renderWithProviders(<MonitoringListScreen />, { client: rendered.client });
  expect(await screen.findByRole('heading', { level: 1, name: 'Home monitoring' })).toBeInTheDocument();
  const list = await screen.findByRole('list', { name: /under home monitoring/ });
  // Names and places fill in as their reads answer.
  await waitFor(() => {
    for (const item of within(list).getAllByRole('listitem')) expect(item).toHaveTextContent(/^[^…]+ · \d+(号楼|栋) \d-\d+/);
  });
  return { ...rendered, ...view };
}

function rows() {
  return within(screen.getByRole('list', { name: /under home monitoring/ })).getAllByRole('listitem');
}

function row(name: string): HTMLElement {
  const found = rows().find((item) => item.textContent?.startsWith(name));
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('Home monitoring list', () => {
  it('lists the open monitorings with day, last reading, overdue, missed checks and release today', async () => {
    await openList();
    expect(screen.getByRole('heading', { name: '3 under home monitoring' })).toBeInTheDocument();
    expect(rows().map((item) => item.textContent?.split(' · ')[0])).toEqual(['钱二', '周五', '赵一']);
    expect(screen.queryByText(/孙三/)).not.toBeInTheDocument();

    const zhao = row('赵一');
    expect(zhao).toHaveTextContent('Returnee from a risk area · Day 7 of 14');
    expect(zhao).toHaveTextContent('Overdue');
    expect(zhao).toHaveTextContent('Last: 36.6 °C');
    expect(zhao).toHaveTextContent('Missed in the last 24 h: 2');
    expect(zhao).not.toHaveTextContent('Due to release today');

    const qian = row('钱二');
    expect(qian).toHaveTextContent('Fever report · Day 14 of 14');
    expect(qian).toHaveTextContent('Checked');
    expect(qian).toHaveTextContent('Last: 36.4 °C');
    expect(qian).toHaveTextContent('Due to release today');
    expect(qian).not.toHaveTextContent('Overdue');
    expect(qian).not.toHaveTextContent('Missed');

    const zhou = row('周五');
    expect(zhou).toHaveTextContent('Close contact · Day 3 of 14');
    expect(zhou).toHaveTextContent('Due');
    expect(zhou).toHaveTextContent('Last: 37.1 °C');
    expect(zhou).not.toHaveTextContent('Overdue');
    expect(zhou).not.toHaveTextContent('Due to release today');
    // Yesterday afternoon's missed check counts; it is not today's, so not "Overdue".
    expect(zhou).toHaveTextContent('Missed in the last 24 h: 1');
    expect(within(zhou).getByRole('link')).toHaveAttribute('href', '/monitoring/0192f1b4-0000-7000-8000-000000000303');
  });

  it('the grid filter narrows the list to that grid', async () => {
    const { user } = await openList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grid' }), '第二网格');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('周五 · 7栋 1-302');
    expect(screen.getByRole('heading', { name: '1 under home monitoring' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Grid' }), '第一网格');
    await waitFor(() => expect(rows().map((item) => item.textContent?.split(' · ')[0])).toEqual(['钱二', '赵一']));
  });

  it('the reason filter narrows the list to that reason, and says so when none match', async () => {
    const { user } = await openList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Returnee from a risk area');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('赵一');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Other');
    expect(await screen.findByText('No home monitoring matches.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /under home monitoring/ })).not.toBeInTheDocument();
  });
});
