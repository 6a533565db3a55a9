import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { BuildingScreen } from '../../../../src/features/round/building-screen';
import { createFakeDataClient, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { at, building, feverReport, household, NOW, visit } from './round-records';

const A = '0192f1b4-0000-7000-8000-0000000000b1';
const H = (n: number) => `0192f1b4-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
const PATH = '/buildings/:buildingId';

function renderBuilding(records: FakeRecords, id = A) {
  const client = createFakeDataClient({ records });
  return renderWithProviders(<BuildingScreen />, { client, path: PATH, route: `/buildings/${id}` });
}

function smallBuilding() {
  return renderBuilding({
    building: [building(A, '3号楼', { sealed: true })],
    household: [
      household(H(1), A, '1', '101'),
      household(H(2), A, '1', '102'),
      household(H(3), A, '1', '201'),
      household(H(4), A, '1', '501', { _sync: 'pending' }),
      household(H(5), A, '2', '101'),
      household(H(6), A, '2', '502', { _sync: 'rejected' }),
      household(H(7), A, '1', '门面'),
    ],
    visit: [
      visit(H(1), at(9)),
      visit(H(2), at(9, 5), { outcome: 'not_home', checks: [] }),
      visit(H(3), at(9, 10), { outcome: 'refused', checks: [] }),
      visit(H(7), at(9, 20), { voidedAt: at(9, 21), voidReason: 'wrong door' }),
    ],
    fever_report: [feverReport(H(5), at(9, 30))],
  });
}

describe('building screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the building’s name, sealed badge, today’s progress and a way to add a household', async () => {
    smallBuilding();
    expect(await screen.findByRole('heading', { level: 1, name: '3号楼' })).toBeInTheDocument();
    expect(screen.getByText('Sealed')).toBeInTheDocument();
    // Visited: 101 and the fever at 2-101; nobody home and refused are knocked on, not visited.
    expect(await screen.findByText('Visited today: 2 / 7 households')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add household' })).toHaveAttribute('href', `/households/new?building=${A}`);
  });

  it('lays rooms out by floor (top first, rooms without a floor last) and unit, named "Unit 2 Room 501"', async () => {
    smallBuilding();
    await screen.findByRole('button', { name: 'Unit 1 Room 101' });
    const floors = screen.getAllByRole('group');
    expect(floors.map((floor) => floor.getAttribute('aria-label'))).toEqual(['Floor 5', 'Floor 2', 'Floor 1', 'Other rooms']);
    const names = (floor: HTMLElement) => within(floor).getAllByRole('button').map((button) => button.getAttribute('aria-label'));
    expect(names(floors[0] as HTMLElement)).toEqual(['Unit 1 Room 501', 'Unit 2 Room 502']);
    expect(names(floors[2] as HTMLElement)).toEqual(['Unit 1 Room 101', 'Unit 1 Room 102', 'Unit 2 Room 101']);
    expect(names(floors[3] as HTMLElement)).toEqual(['Unit 1 Room 门面']);
  });

  it('tells each room’s status (and unsent state) by symbol and description, with a legend in words', async () => {
    smallBuilding();
    const legend = await screen.findByRole('region', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '○Not visited',
      '✓Visited',
      '–Nobody home',
      '✕Refused',
      '▲Fever found',
      '↑Not sent yet',
      '!Needs attention',
    ]);
    const room = (name: string) => screen.getByRole('button', { name });
    await screen.findByRole('button', { name: 'Unit 1 Room 101' });
    expect(room('Unit 1 Room 101')).toHaveAccessibleDescription('Visited');
    expect(room('Unit 1 Room 101')).toHaveTextContent('101✓');
    expect(room('Unit 1 Room 102')).toHaveAccessibleDescription('Nobody home');
    expect(room('Unit 1 Room 201')).toHaveAccessibleDescription('Refused');
    expect(room('Unit 2 Room 101')).toHaveAccessibleDescription('Fever found');
    expect(room('Unit 2 Room 101')).toHaveTextContent('▲');
    // A voided visit leaves the room not visited.
    expect(room('Unit 1 Room 门面')).toHaveAccessibleDescription('Not visited');
    expect(room('Unit 1 Room 501')).toHaveAccessibleDescription('Not visited Not sent yet');
    expect(room('Unit 2 Room 502')).toHaveAccessibleDescription('Not visited Needs attention');
  });

  it('names rooms the Chinese way in zh-CN', async () => {
    const client = createFakeDataClient({ records: { building: [building(A, '3号楼')], household: [household(H(1), A, '2', '501')] } });
    renderWithProviders(<BuildingScreen />, { client, path: PATH, route: `/buildings/${A}`, language: 'zh-CN' });
    expect(await screen.findByRole('button', { name: '2单元501室' })).toHaveAccessibleDescription('未走访');
  });

  it('opens the household when a room is tapped', async () => {
    const { user, router } = smallBuilding();
    await user.click(await screen.findByRole('button', { name: 'Unit 2 Room 101' }));
    expect(router.state.location.pathname).toBe(`/households/${H(5)}`);
  });

  it('says so for a building that is not on the phone, or has no households yet', async () => {
    const { unmount } = renderBuilding({ building: [building(A, '3号楼')] }, '0192f1b4-0000-7000-8000-0000000000ff');
    expect(await screen.findByRole('heading', { level: 1, name: 'This building is not on this phone.' })).toBeInTheDocument();
    unmount();
    renderBuilding({ building: [building(A, '3号楼')] });
    expect(await screen.findByText('No households recorded in this building yet.')).toBeInTheDocument();
  });
});

// Role queries over a DOM of hundreds of room buttons are slow in jsdom: these get time to run on a loaded machine.
describe('building screen with 2,000 households', { timeout: 20_000 }, () => {
  // 4 units × 50 floors × 10 rooms.
  const households: LocalRecord<'household'>[] = [];
  for (let unit = 1; unit <= 4; unit += 1)
    for (let floor = 1; floor <= 50; floor += 1)
      for (let room = 1; room <= 10; room += 1)
        households.push(household(`0192f1b4-0000-7000-8000-${String(households.length).padStart(12, '0')}`, A, String(unit), String(floor * 100 + room)));

  afterEach(() => vi.restoreAllMocks());

  it('renders only the floors near the viewport; a far floor is reachable with "Go to floor"', async () => {
    const { user, router } = renderBuilding({ building: [building(A, '高层')], household: households });
    expect(await screen.findByRole('button', { name: 'Unit 1 Room 5001' })).toBeInTheDocument();
    const rendered = screen.getAllByRole('button', { name: /^Unit \d Room \d+$/ }).length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(1000);
    expect(screen.queryByRole('button', { name: 'Unit 4 Room 101' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Go to floor'), 'Floor 1');
    await user.click(await screen.findByRole('button', { name: 'Unit 4 Room 101' }));
    expect(router.state.location.pathname).toBe(`/households/${households[1500]?.id}`);
  });

  it('follows the page scroll', async () => {
    renderBuilding({ building: [building(A, '高层')], household: households });
    await screen.findByRole('button', { name: 'Unit 1 Room 5001' });
    // The grid's top is now 2,520 px above the viewport: floors 5 to 1 are in view.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -2520, 360, 2800));
    act(() => {
      fireEvent.scroll(window);
    });
    expect(await screen.findByRole('button', { name: 'Unit 3 Room 105' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unit 1 Room 5001' })).not.toBeInTheDocument();
  });
});
