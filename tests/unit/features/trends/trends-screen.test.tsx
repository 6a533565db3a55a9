import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrendsScreen } from '../../../../src/features/trends/trends-screen';
import { createFakeDataClient, demoUser, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const COMMUNITY = demoUser.communityId ?? '';
const GRID_A = demoUser.gridIds[0]!;
const GRID_B = '0192f1b4-0000-7000-8000-0000000000a2';
const B1 = '0192f1b4-0000-7000-8000-0000000000b1';
const B2 = '0192f1b4-0000-7000-8000-0000000000b2';
const C1 = '0192f1b4-0000-7000-8000-0000000000d1';
const C2 = '0192f1b4-0000-7000-8000-0000000000d2';
const id = (n: number) => `0192f1b4-6666-7000-8000-${String(n).padStart(12, '0')}`;
const [H1, H2, H3, H4] = [11, 12, 13, 14].map(id) as [string, string, string, string];
const secretary = { ...demoUser, id: id(99), username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };

/** 10:30 on 30 November 2026, local time. */
const NOW = new Date(2026, 10, 30, 10, 30);
/** Local time on a day of November 2026. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString();

const visit = (n: number, householdId: string, outcome: 'visited' | 'not_home' | 'refused', visitedAt: string, extra: { voidedAt?: string; temperature?: number } = {}) =>
  localRecord('visit', id(n), {
    householdId,
    outcome,
    visitedAt,
    checks: extra.temperature === undefined ? [] : [{ residentId: id(n + 500), temperature: extra.temperature, symptoms: [] }],
    ...(extra.voidedAt ? { voidedAt: extra.voidedAt } : {}),
  });

const fever = (n: number, action: 'fever_clinic' | 'home_isolation' | 'observation', reportedAt: string, voidedAt?: string) =>
  localRecord('fever_report', id(n), { name: '刘敏', temperature: 38.4, symptoms: [], action, reportedAt, ...(voidedAt ? { voidedAt } : {}) });

const entry = (n: number, checkpointId: string, direction: 'in' | 'out', time: string, voidedAt?: string) =>
  localRecord('checkpoint_entry', id(n), {
    checkpointId,
    at: time,
    direction,
    residentId: id(n + 600),
    name: '陈静',
    idChecked: true,
    infoRecorded: true,
    temperature: 36.5,
    maskWorn: true,
    healthCode: 'green',
    outcome: 'allowed',
    ...(voidedAt ? { voidedAt } : {}),
  });

const records: FakeRecords = {
  grid: [localRecord('grid', GRID_A, { communityId: COMMUNITY, name: '第一网格' }), localRecord('grid', GRID_B, { communityId: COMMUNITY, name: '第二网格' })],
  building: [
    localRecord('building', B1, { gridId: GRID_A, name: '3号楼', units: 1, floors: 6, sealed: false }),
    localRecord('building', B2, { gridId: GRID_B, name: '9号楼', units: 1, floors: 6, sealed: false }),
  ],
  household: [
    localRecord('household', H1, { buildingId: B1, unit: '1', room: '101', status: 'occupied' }),
    localRecord('household', H2, { buildingId: B1, unit: '1', room: '102', status: 'occupied' }),
    localRecord('household', H3, { buildingId: B2, unit: '1', room: '201', status: 'occupied' }),
    localRecord('household', H4, { buildingId: B2, unit: '1', room: '202', status: 'occupied' }),
  ],
  visit: [
    // 30 Nov: H1 visited twice (counts once), H2 nobody home (not counted), H3 a fever found (counts).
    visit(21, H1, 'visited', at(30, 8)),
    visit(22, H1, 'visited', at(30, 9, 30)),
    visit(23, H2, 'not_home', at(30, 8, 15)),
    visit(24, H3, 'visited', at(30, 9), { temperature: 38.6 }),
    // 29 Nov: H2 nobody home then visited (counts); H4 visited but voided (not counted).
    visit(25, H2, 'not_home', at(29, 8)),
    visit(26, H2, 'visited', at(29, 14)),
    visit(27, H4, 'visited', at(29, 10), { voidedAt: at(29, 10, 5) }),
    // 16 Nov: before the 14 days.
    visit(28, H1, 'visited', at(16, 10)),
  ],
  fever_report: [
    fever(31, 'fever_clinic', at(30, 9, 5)),
    fever(32, 'home_isolation', at(30, 9, 40)),
    fever(33, 'observation', at(30, 10), at(30, 10, 10)),
    fever(34, 'observation', at(29, 16)),
    fever(35, 'fever_clinic', at(16, 9)),
  ],
  checkpoint_entry: [
    entry(41, C1, 'in', at(30, 8, 10)),
    entry(42, C2, 'out', at(30, 8, 40)),
    entry(43, C1, 'in', at(30, 9, 5)),
    entry(44, C2, 'in', at(30, 9, 20), at(30, 9, 30)),
    entry(45, C1, 'in', at(29, 8, 0)),
  ],
};

async function renderTrends() {
  const client = createFakeDataClient({ records, session: { user: secretary } });
  renderWithProviders(<TrendsScreen />, { client });
  await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
}

/** A table's body as text: each row its header, then its cells. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

function row(table: HTMLElement, label: string): string[] {
  const found = rowsOf(table).find((cells) => cells[0] === label);
  if (!found) throw new Error(`no row ${label}`);
  return found.slice(1);
}

describe('the Trends screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('is titled Trends and gives each of its three charts a labelled container beside its table', async () => {
    await renderTrends();
    expect(screen.getByRole('heading', { level: 1, name: 'Trends' })).toBeInTheDocument();
    for (const title of ['Fever reports per day', 'Households visited per day', 'Gate entries per hour today']) {
      const section = screen.getByRole('region', { name: title });
      expect(within(section).getByRole('img', { name: `Chart: ${title}` })).toBeInTheDocument();
      expect(within(section).getByRole('table')).toBeInTheDocument();
    }
  });

  it('counts fever reports per day for the last 14 days by action, a voided report not counted', async () => {
    await renderTrends();
    const table = screen.getByRole('table', { name: /Fever reports per day over the last 14 days/ });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Date', 'Sent to fever clinic', 'Home isolation', 'Observation', 'Total']);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(14);
    expect(rows[0]![0]).toBe('2026-11-17');
    expect(rows[13]![0]).toBe('2026-11-30');
    expect(row(table, '2026-11-30')).toEqual(['1', '1', '0', '2']);
    expect(row(table, '2026-11-29')).toEqual(['0', '0', '1', '1']);
    expect(row(table, '2026-11-17')).toEqual(['0', '0', '0', '0']);
  });

  it('counts households visited per day per grid, a household visited twice in a day once', async () => {
    await renderTrends();
    const table = screen.getByRole('table', { name: /Households visited per day over the last 14 days/ });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Date', '第一网格', '第二网格', 'All grids']);
    expect(rowsOf(table)).toHaveLength(14);
    expect(row(table, '2026-11-30')).toEqual(['1', '1', '2']);
    expect(row(table, '2026-11-29')).toEqual(['1', '0', '1']);
    expect(row(table, '2026-11-28')).toEqual(['0', '0', '0']);
  });

  it('counts today’s gate entries of every checkpoint per hour, 0 to 23, an undone entry not counted', async () => {
    await renderTrends();
    const table = screen.getByRole('table', { name: /Gate entries per hour on 2026-11-30, all checkpoints/ });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Hour', 'In', 'Out', 'Total']);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(24);
    expect(rows[0]![0]).toBe('00:00–01:00');
    expect(rows[23]![0]).toBe('23:00–24:00');
    expect(row(table, '08:00–09:00')).toEqual(['1', '1', '2']);
    expect(row(table, '09:00–10:00')).toEqual(['1', '0', '1']);
    expect(rows.reduce((sum, cells) => sum + Number(cells[3]), 0)).toBe(3);
  });

  it('reads the records of the 14 days through the range queries, not every visit', async () => {
    const client = createFakeDataClient({ records, session: { user: secretary } });
    const listRecords = vi.spyOn(client, 'listRecords');
    renderWithProviders(<TrendsScreen />, { client });
    await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
    const visitReads = listRecords.mock.calls.map(([query]) => query).filter((query) => query.entity === 'visit');
    expect(visitReads.length).toBeGreaterThan(0);
    for (const query of visitReads) expect(query.select.kind).toBe('between');
  });
});
