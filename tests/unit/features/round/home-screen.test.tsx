import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomeScreen } from '../../../../src/features/round/home-screen';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { at, building, feverReport, household, NOW, OTHER_GRID, visit } from './round-records';

const A = '0192f1b4-0000-7000-8000-0000000000b1';
const B = '0192f1b4-0000-7000-8000-0000000000b2';
const C = '0192f1b4-0000-7000-8000-0000000000b3';
const H = (n: number) => `0192f1b4-0000-7000-8000-00000000010${n}`;

function roundClient(session = {}) {
  return createFakeDataClient({
    session,
    records: {
      building: [building(B, '10号楼'), building(A, '2号楼', { sealed: true }), building(C, '9号楼', { gridId: OTHER_GRID })],
      household: [
        household(H(1), A, '1', '101'),
        household(H(2), A, '1', '201', { _sync: 'pending' }),
        household(H(3), A, '2', '101'),
        household(H(4), B, '1', '301'),
        household(H(5), B, '1', '101'),
        household(H(6), C, '1', '101'),
      ],
      visit: [
        visit(H(1), at(9)),
        visit(H(2), at(9, 10), { voidedAt: at(9, 20), voidReason: 'wrong door' }),
        visit(H(3), at(18, 0, 24)), // yesterday
        visit(H(4), at(9, 30), { outcome: 'not_home', checks: [] }),
        visit(H(5), at(9, 40), { checks: [{ residentId: '0192f1b4-0000-7000-8000-0000000000e2', temperature: 38.0, symptoms: [] }] }),
        visit(H(6), at(9, 50)),
      ],
      fever_report: [
        feverReport(undefined, at(8)), // a passer-by, not in the register
        feverReport(H(1), at(20, 0, 24)), // yesterday
        feverReport(H(3), at(9, 5), { voidedAt: at(9, 6), voidReason: 'typo' }),
      ],
    },
  });
}

describe('home: today’s round', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('counts today’s visits over my grids: voided and yesterday’s visits do not count, fevers include direct reports', async () => {
    renderWithProviders(<HomeScreen syncSummary={<p>sync here</p>} />, { client: roundClient() });
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    // 5 households in my two buildings (9号楼 is another grid's); visited: 101 of 2号楼 and 101 of 10号楼.
    expect(await screen.findByText('Visited today: 2 / 5 households')).toBeInTheDocument();
    expect(screen.getByText('Nobody home: 1 · Refused: 0')).toBeInTheDocument();
    expect(screen.getByText('Fevers found today: 2')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sync' })).getByText('sync here')).toBeInTheDocument();
  });

  it('shows one card per building of my grids with sealed badge, progress and fevers, linking to the building', async () => {
    renderWithProviders(<HomeScreen />, { client: roundClient() });
    const list = await screen.findByRole('list', { name: 'My buildings' });
    const cards = within(list).getAllByRole('link');
    expect(cards.map((card) => card.getAttribute('href'))).toEqual([`/buildings/${A}`, `/buildings/${B}`]);
    expect(cards[0]).toHaveTextContent('2号楼');
    expect(cards[0]).toHaveTextContent('Sealed');
    expect(cards[0]).toHaveTextContent('Visited 1 / 3');
    expect(cards[0]).toHaveTextContent('Fevers: 0');
    expect(cards[0]).toHaveTextContent('Synced');
    expect(cards[1]).toHaveTextContent('10号楼');
    expect(cards[1]).not.toHaveTextContent('Sealed');
    expect(cards[1]).toHaveTextContent('Visited 1 / 2');
    expect(cards[1]).toHaveTextContent('Fevers: 1');
  });

  it('lists the doors not knocked on today in walking order, each linking to its household with its sync state', async () => {
    renderWithProviders(<HomeScreen />, { client: roundClient() });
    const list = await screen.findByRole('list', { name: 'Not visited yet today' });
    const links = within(list).getAllByRole('link');
    // The voided visit and yesterday's visit leave 201 and 2-101 to do; nobody home (10号楼 301) was knocked on.
    expect(links.map((link) => link.textContent)).toEqual(['2号楼, Unit 1 Room 201', '2号楼, Unit 2 Room 101']);
    expect(links[0]).toHaveAttribute('href', `/households/${H(2)}`);
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Pending');
    expect(items[1]).toHaveTextContent('Synced');
  });

  it('shows the first 20 doors and says how many more, over all my buildings', async () => {
    const households = Array.from({ length: 25 }, (_, i) => household(`0192f1b4-0000-7000-8000-0000000002${String(i).padStart(2, '0')}`, A, '1', `${25 - i}01`));
    const others = [1, 2, 3].map((i) => household(`0192f1b4-0000-7000-8000-00000000030${i}`, B, '1', `${i}01`));
    const client = createFakeDataClient({ records: { building: [building(B, '10号楼'), building(A, '2号楼')], household: [...others, ...households] } });
    renderWithProviders(<HomeScreen />, { client });
    const list = await screen.findByRole('list', { name: 'Not visited yet today' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(20);
    expect(links[0]).toHaveTextContent('Unit 1 Room 101');
    expect(links[19]).toHaveTextContent('Unit 1 Room 2001');
    expect(screen.getByText('and 8 more')).toBeInTheDocument();
  });

  it('offers the key groups, closing the day, a direct fever report, the household list and the testing campaigns', async () => {
    renderWithProviders(<HomeScreen />, { client: roundClient() });
    const groups = await screen.findByRole('list', { name: 'Key groups' });
    const links = within(groups).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Elderly living alone', '/groups/elderly_alone'],
      ['Home monitoring', '/groups/home_monitoring'],
      ['Returnees', '/groups/returnee'],
      ['Close contacts', '/groups/close_contact'],
    ]);
    expect(screen.getByRole('link', { name: 'Close the day' })).toHaveAttribute('href', '/daily-report');
    expect(screen.getByRole('link', { name: 'Report fever' })).toHaveAttribute('href', '/fever-reports/new');
    expect(screen.getByRole('link', { name: 'Households' })).toHaveAttribute('href', '/households');
    expect(screen.getByRole('link', { name: 'Testing campaign' })).toHaveAttribute('href', '/campaigns');
  });

  it('shows a secretary every building on the phone', async () => {
    const client = roundClient({ user: { ...demoUser, role: 'secretary', gridIds: [] } });
    renderWithProviders(<HomeScreen />, { client });
    const list = await screen.findByRole('list', { name: 'My buildings' });
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([`/buildings/${A}`, `/buildings/${C}`, `/buildings/${B}`]);
    expect(await screen.findByText('Visited today: 3 / 6 households')).toBeInTheDocument();
  });

  it('says so when there are no buildings yet', async () => {
    renderWithProviders(<HomeScreen />, { client: createFakeDataClient() });
    expect(await screen.findByText('No buildings on this phone yet. They arrive with the first sync.')).toBeInTheDocument();
    expect(screen.getByText('Visited today: 0 / 0 households')).toBeInTheDocument();
  });
});
