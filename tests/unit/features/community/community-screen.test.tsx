import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommunityScreen } from '../../../../src/features/community/community-screen';
import { createFakeDataClient, demoUser, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const COMMUNITY = demoUser.communityId ?? '';
const WORKER_A = demoUser.id;
const WORKER_B = '0192f1b4-0000-7000-8000-000000000002';
const GRID_A = demoUser.gridIds[0]!;
const GRID_B = '0192f1b4-0000-7000-8000-0000000000a2';
const B1 = '0192f1b4-0000-7000-8000-0000000000b1';
const B2 = '0192f1b4-0000-7000-8000-0000000000b2';
const id = (n: number) => `0192f1b4-5555-7000-8000-${String(n).padStart(12, '0')}`;
const [H1, H2, H3, H4, H5] = [11, 12, 13, 14, 15].map(id) as [string, string, string, string, string];
const R1 = id(21);
const secretary = { ...demoUser, id: id(99), username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };

/** 10:00 on 30 November 2026, local time: during the working day. */
const NOW = new Date(2026, 10, 30, 10, 0);
const at = (hour: number, minute = 0) => new Date(2026, 10, 30, hour, minute).toISOString();

const records: FakeRecords = {
  grid: [localRecord('grid', GRID_A, { communityId: COMMUNITY, name: '第一网格' }), localRecord('grid', GRID_B, { communityId: COMMUNITY, name: '第二网格' })],
  building: [
    localRecord('building', B1, { gridId: GRID_A, name: '3号楼', units: 1, floors: 6, sealed: true, sealedSince: '2026-11-17' }),
    localRecord('building', B2, { gridId: GRID_B, name: '9号楼', units: 1, floors: 6, sealed: false }),
  ],
  household: [
    ...[H1, H2, H3].map((h, n) => localRecord('household', h, { buildingId: B1, unit: '1', room: `10${n + 1}`, status: 'occupied' })),
    ...[H4, H5].map((h, n) => localRecord('household', h, { buildingId: B2, unit: '1', room: `20${n + 1}`, status: 'occupied' })),
  ],
  visit: [
    localRecord('visit', id(31), { householdId: H1, outcome: 'visited', visitedAt: at(9), checks: [{ residentId: R1, temperature: 38.6, symptoms: [] }], createdBy: WORKER_A }),
    localRecord('visit', id(32), { householdId: H2, outcome: 'not_home', visitedAt: at(9, 10), checks: [], createdBy: WORKER_A }),
    localRecord('visit', id(33), { householdId: H4, outcome: 'refused', visitedAt: at(8), checks: [], createdBy: WORKER_B }),
    localRecord('visit', id(34), { householdId: H5, outcome: 'not_home', visitedAt: at(8, 30), checks: [], createdBy: WORKER_B, voidedAt: at(8, 40) }),
  ],
  fever_report: [
    localRecord('fever_report', id(41), { householdId: H1, residentId: R1, name: '刘敏', temperature: 38.6, symptoms: [], action: 'home_isolation', reportedAt: at(9, 5), createdBy: WORKER_A }),
  ],
  daily_report: [
    localRecord('daily_report', id(51), {
      gridId: GRID_A,
      date: '2026-11-30',
      counts: { doorsKnocked: 2, visited: 1, notHome: 1, refused: 0, residentsChecked: 1, feversFound: 1, feversReported: 1 },
      confirmedAt: at(9, 50),
      createdBy: WORKER_A,
    }),
  ],
  seal_period: [],
  conflict: [
    localRecord('conflict', id(71), { entity: 'household', recordId: H1, field: 'phone', serverValue: '13800138000', clientValue: '13900139000', userId: WORKER_B, deviceId: 'phone-b', at: at(8) }),
    localRecord('conflict', id(72), { entity: 'household', recordId: H2, field: 'phone', serverValue: null, clientValue: '13900139001', userId: WORKER_B, deviceId: 'phone-b', at: at(8), seenAt: at(9) }),
  ],
  device_sync: [
    localRecord('device_sync', id(61), { userId: WORKER_A, userName: '王芳', role: 'grid_worker', gridIds: [GRID_A], deviceId: 'phone-a', lastPullAt: at(9, 50) }),
    localRecord('device_sync', id(62), { userId: WORKER_B, userName: '李强', role: 'grid_worker', gridIds: [GRID_B], deviceId: 'phone-b', lastPushAt: at(7, 30) }),
  ],
};

function figure(section: HTMLElement, label: string): string | null | undefined {
  return within(section).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

async function renderCommunity() {
  const client = createFakeDataClient({ records, session: { user: secretary } });
  renderWithProviders(<CommunityScreen />, { client });
  await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
}

describe('the Community screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows today’s households across all grids: visited of total, nobody home, refused, not knocked yet', async () => {
    await renderCommunity();
    const households = screen.getByRole('region', { name: 'Households' });
    expect(figure(households, 'Visited')).toBe('1 / 5 households');
    expect(figure(households, 'Nobody home')).toBe('1');
    expect(figure(households, 'Refused')).toBe('1');
    expect(figure(households, 'Not knocked yet')).toBe('2');
  });

  it('shows fevers found and today’s fever reports by action', async () => {
    await renderCommunity();
    const fevers = screen.getByRole('region', { name: 'Fevers' });
    expect(figure(fevers, 'Fevers found')).toBe('1');
    expect(figure(fevers, 'Fever reports')).toBe('1');
    expect(figure(fevers, 'Home isolation')).toBe('1');
    expect(figure(fevers, 'Sent to fever clinic')).toBe('0');
  });

  it('lists sealed buildings with their day count, and the grids that have not confirmed today', async () => {
    await renderCommunity();
    const sealed = screen.getByRole('region', { name: 'Sealed buildings: 1' });
    expect(within(sealed).getByRole('link', { name: '3号楼' })).toHaveAttribute('href', `/buildings/${B1}`);
    expect(within(sealed).getByText('Day 14 of 14')).toBeInTheDocument();
    const missing = screen.getByRole('list', { name: 'Grids that have not confirmed today’s report' });
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['第二网格']);
  });

  it('shows each grid worker’s visits today and last sync, marking a phone silent for more than 2 hours', async () => {
    await renderCommunity();
    const table = screen.getByRole('table', { name: /Grid workers’ visits today/ });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('王芳')).getAllByRole('cell').map((cell) => cell.textContent)[1]).toBe('2');
    expect(within(row('王芳')).queryByText('Silent for more than 2 hours')).not.toBeInTheDocument();
    expect(within(row('李强')).getAllByRole('cell')[1]!.textContent).toBe('1');
    expect(within(row('李强')).getByText('Silent for more than 2 hours')).toBeInTheDocument();
  });

  it('links to Trends and to Conflicts with how many wait to be seen', async () => {
    await renderCommunity();
    const desk = screen.getByRole('navigation', { name: 'Desk' });
    expect(within(desk).getByRole('link', { name: 'Trends' })).toHaveAttribute('href', '/trends');
    expect(within(desk).getByRole('link', { name: 'Conflicts' })).toHaveAttribute('href', '/conflicts');
    expect(within(desk).getByText('1 to see')).toBeInTheDocument();
  });

  it('links to the testing campaigns', async () => {
    await renderCommunity();
    const desk = screen.getByRole('navigation', { name: 'Desk' });
    expect(within(desk).getByRole('link', { name: 'Testing campaign' })).toHaveAttribute('href', '/campaigns');
  });
});
