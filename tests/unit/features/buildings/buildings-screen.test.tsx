import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildingsScreen } from '../../../../src/features/buildings/buildings-screen';
import { createFakeDataClient, demoUser, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { at, building, feverReport, household, MY_GRID, NOW, OTHER_GRID, visit } from '../round/round-records';

const B1 = '0192f1b4-0000-7000-8000-0000000000b1';
const B2 = '0192f1b4-0000-7000-8000-0000000000b2';
const B10 = '0192f1b4-0000-7000-8000-0000000000b3';
const H = (n: number) => `0192f1b4-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
const COMMUNITY = '0192f1b4-0000-7000-8000-0000000000c1';
const secretary = { ...demoUser, username: 'secretary1', role: 'secretary' as const, gridIds: [] };

function device(n: number, userName: string, role: 'grid_worker' | 'secretary', gridIds: string[], userId = `0192f1b4-0000-7000-8000-0000000009${n}0`) {
  return localRecord('device_sync', `0192f1b4-0000-7000-8000-0000000008${n}0`, { userId, userName, role, gridIds, deviceId: `phone-${n}` });
}

function sealPeriod(n: number, buildingId: string, startDate: string, liftedOn?: string) {
  return localRecord('seal_period', `0192f1b4-0000-7000-8000-0000000007${n}0`, { buildingId, startDate, reason: '密接', liftedOn });
}

/**
 * Today is 25 Nov 2026. 1号楼 (grid 一): 4 households, one visited, one fever reported, one nobody
 * home yesterday only. 2号楼 (grid 一): not knocked today, sealed since 12 Nov by its period (day 14).
 * 10号楼 (grid 二, no worker): both households visited, sealed since 23 Nov by the building alone.
 */
function records(): FakeRecords {
  return {
    grid: [localRecord('grid', MY_GRID, { communityId: COMMUNITY, name: '一网格' }), localRecord('grid', OTHER_GRID, { communityId: COMMUNITY, name: '二网格' })],
    building: [
      building(B10, '10号楼', { gridId: OTHER_GRID, sealed: true, sealedSince: '2026-11-23' }),
      building(B1, '1号楼'),
      building(B2, '2号楼', { sealed: true, sealedSince: '2026-11-12' }),
    ],
    household: [
      household(H(11), B1, '1', '101'),
      household(H(12), B1, '1', '102'),
      household(H(13), B1, '1', '201'),
      household(H(14), B1, '1', '202'),
      household(H(21), B2, '1', '101'),
      household(H(22), B2, '1', '102'),
      household(H(31), B10, '1', '101'),
      household(H(32), B10, '1', '102'),
    ],
    visit: [
      visit(H(11), at(9)),
      visit(H(13), at(9), { voidedAt: at(9, 5), voidReason: 'wrong door' }),
      visit(H(14), at(9, 0, 24), { outcome: 'not_home', checks: [] }),
      visit(H(31), at(8)),
      visit(H(32), at(8, 30)),
    ],
    fever_report: [feverReport(H(12), at(9, 30)), feverReport(H(21), at(9, 0, 24))],
    device_sync: [
      device(1, '王芳', 'grid_worker', [MY_GRID]),
      device(2, '王芳', 'grid_worker', [MY_GRID], '0192f1b4-0000-7000-8000-000000000910'),
      device(3, '李强', 'grid_worker', [MY_GRID]),
      device(4, '书记', 'secretary', [OTHER_GRID]),
    ],
    seal_period: [sealPeriod(1, B2, '2026-11-12'), sealPeriod(2, B10, '2026-10-01', '2026-10-14')],
  };
}

function renderBuildings() {
  const client = createFakeDataClient({ records: records(), session: { user: secretary } });
  return renderWithProviders(<BuildingsScreen />, { client });
}

function setWide(wide: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: wide && query === '(min-width: 900px)',
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

async function listedNames(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: /^Buildings \(/ });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]?.textContent ?? '');
}

function card(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: /^Buildings \(/ });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => within(li).getAllByRole('link')[0]?.textContent === name);
  if (!item) throw new Error(`no card for ${name}`);
  return item;
}

describe('Buildings (secretary)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    setWide(false);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows each building’s grid, grid workers, households, today’s coverage with a bar, fevers and seal day', async () => {
    renderBuildings();
    await screen.findByRole('heading', { level: 1, name: 'Buildings' });
    await listedNames();

    const b1 = card('1号楼');
    // Visited: 101, and 102 with a fever reported; the voided visit and yesterday's knock do not count.
    expect(within(b1).getByText('一网格 · 李强、王芳')).toBeInTheDocument();
    expect(within(b1).getByText('4 households')).toBeInTheDocument();
    expect(within(b1).getByText('2 / 4')).toBeInTheDocument();
    const bar = within(b1).getByRole('meter', { name: 'Visited today in 1号楼' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '4');
    expect(within(b1).getByText('Fevers today: 1')).toBeInTheDocument();
    expect(within(b1).queryByText(/Day \d+ of 14/)).toBeNull();

    const b2 = card('2号楼');
    expect(within(b2).getByText('0 / 2')).toBeInTheDocument();
    expect(within(b2).getByText('Fevers today: 0')).toBeInTheDocument();
    expect(within(b2).getByText('Day 14 of 14')).toBeInTheDocument();

    const b10 = card('10号楼');
    // No grid worker's phone for grid 二 (the secretary's does not count): a dash.
    expect(within(b10).getByText('二网格 · —')).toBeInTheDocument();
    expect(within(b10).getByText('2 / 2')).toBeInTheDocument();
    // Sealed since 23 Nov by the building alone (its only period was lifted in October).
    expect(within(b10).getByText('Day 3 of 14')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '10号楼' })).toHaveAttribute('href', `/buildings/${B10}`);
  });

  it('lists a building sealed for 14 days under "Due to lift", linking to it', async () => {
    renderBuildings();
    const due = await screen.findByRole('list', { name: 'Due to lift' });
    const items = within(due).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole('link', { name: '2号楼' })).toHaveAttribute('href', `/buildings/${B2}`);
    expect(within(items[0]!).getByText('Day 14 of 14')).toBeInTheDocument();
  });

  it('sorts by coverage (least first), by fevers (most first) or by name', async () => {
    const { user } = renderBuildings();
    expect(await listedNames()).toEqual(['2号楼', '1号楼', '10号楼']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Fevers');
    expect(await listedNames()).toEqual(['1号楼', '2号楼', '10号楼']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Name');
    expect(await listedNames()).toEqual(['1号楼', '2号楼', '10号楼']);
  });

  it('filters by grid, sealed, fever today and not started', async () => {
    const { user } = renderBuildings();
    await listedNames();
    await user.selectOptions(screen.getByLabelText('Grid'), '二网格');
    expect(await listedNames()).toEqual(['10号楼']);
    expect(screen.getByRole('heading', { name: 'Buildings (1 of 3)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Grid'), 'All grids');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Sealed' }));
    expect(await listedNames()).toEqual(['2号楼', '10号楼']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sealed' }));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Fever today' }));
    expect(await listedNames()).toEqual(['1号楼']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fever today' }));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Not started' }));
    expect(await listedNames()).toEqual(['2号楼']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sealed' }));
    expect(await listedNames()).toEqual(['2号楼']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fever today' }));
    expect(screen.getByText('No building matches these filters.')).toBeInTheDocument();
  });

  it('is a table with a caption and column headers on a wide screen', async () => {
    setWide(true);
    renderBuildings();
    const table = await screen.findByRole('table', { name: 'The community’s buildings today' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Building',
      'Grid',
      'Grid worker',
      'Households',
      'Visited today',
      'Fevers today',
      'Sealed',
    ]);
    const row = within(table).getByRole('row', { name: /^1号楼/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['一网格', '李强、王芳', '4', '2 / 4', '1', '—']);
    const sealedRow = within(table).getByRole('row', { name: /^2号楼/ });
    expect(within(sealedRow).getByText('Day 14 of 14')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /^Buildings \(/ })).toBeNull();
  });
});
