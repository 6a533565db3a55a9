import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { SearchScreen } from '../../../../src/features/search/search-screen';
import { createFakeDataClient, type FakeRecords } from '../../../fixtures/fake-data-client';
import { makeIdNumber } from '../../../fixtures/id-number-factory';
import { renderApp, renderWithProviders } from '../../../fixtures/render-with-providers';

const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
const B3 = '0192f1b4-0000-7000-8000-0000000000b3';
const B5 = '0192f1b4-0000-7000-8000-0000000000b5';
const H3 = '0192f1b4-0000-7000-8000-000000000031';
const H5 = '0192f1b4-0000-7000-8000-000000000051';
const ZHANG = '0192f1b4-0000-7000-8000-0000000000e1';
const LI = '0192f1b4-0000-7000-8000-0000000000e2';
const ZHANG_ID = makeIdNumber({ birthDate: '1948-03-02', sex: 'male', sequence: 45 });

function records(): FakeRecords {
  return {
    building: [
      { id: B3, version: 1, _sync: 'synced', gridId: GRID, name: '3号楼', units: 4, floors: 18, sealed: false },
      { id: B5, version: 1, _sync: 'synced', gridId: GRID, name: '5号楼', units: 4, floors: 18, sealed: false },
    ],
    household: [
      { id: H3, version: 1, _sync: 'synced', buildingId: B3, unit: '2', room: '501', status: 'occupied' },
      { id: H5, version: 0, _sync: 'pending', buildingId: B5, unit: '2', room: '501', status: 'vacant', phone: '027-87654321' },
    ],
    resident: [
      { id: ZHANG, version: 1, _sync: 'synced', householdId: H3, name: '张三', idNumber: ZHANG_ID, phone: '13912345678', tags: ['elderly_alone'] },
      { id: LI, version: 0, _sync: 'pending', householdId: H3, name: '李四', sex: 'female', birthDate: '1990-01-01', tags: [], movedOutOn: '2026-01-10' },
    ],
  };
}

function renderSearch() {
  const client = createFakeDataClient({ records: records() });
  return renderWithProviders(<SearchScreen />, { client, path: '/search' });
}

async function typeQuery(query: string) {
  const view = renderSearch();
  const box = await screen.findByRole('searchbox', { name: 'Search by name, pinyin, phone, ID or room' });
  await view.user.type(box, query);
  return view;
}

function yearsSince(year: number, month: number, day: number): number {
  const now = new Date();
  const before = now.getMonth() + 1 < month || (now.getMonth() + 1 === month && now.getDate() < day);
  return now.getFullYear() - year - (before ? 1 : 0);
}

/** The visible results, once the index is ready and the list shows the expected number. */
async function resultsFor(count: number) {
  const list = screen.getByRole('list', { name: 'Results' });
  if (count === 0) {
    expect(await screen.findByText('No match')).toBeInTheDocument();
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    return [];
  }
  await within(list).findAllByRole('listitem');
  const items = within(list).getAllByRole('listitem');
  expect(items).toHaveLength(count);
  return items;
}

describe('search screen', () => {
  it('opens from the navigation, labelled in Chinese by default', async () => {
    const { user } = renderApp({ client: createFakeDataClient({ records: records() }), language: 'zh-CN' });
    await user.click(await screen.findByRole('link', { name: '查询' }));
    expect(await screen.findByRole('heading', { name: '查询' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: '按姓名、拼音、电话、身份证后四位或房号查询' }), 'zs');
    const [item] = await within(screen.getByRole('list', { name: '查询结果' })).findAllByRole('listitem');
    expect(item).toHaveTextContent('3号楼 2单元501室');
    expect(item).toHaveTextContent('独居老人');
  });

  it('says what can be typed while the box is empty', async () => {
    renderSearch();
    expect(await screen.findByRole('heading', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByText(/last 4 digits of an ID number/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Results' })).queryAllByRole('listitem')).toHaveLength(0);
  });

  it.each([
    ['the Chinese name', '张三'],
    ['full pinyin', 'zhangsan'],
    ['pinyin initials', 'zs'],
    ['the phone digits', '13912345678'],
    ['the last 4 of the ID number', ZHANG_ID.slice(-4)],
  ])('finds 张三 by %s, with age, sex, tags in words, address and sync state', async (_how, query) => {
    await typeQuery(query);
    const [item] = await resultsFor(1);
    expect(item).toHaveTextContent('张三');
    expect(item).toHaveTextContent(`${yearsSince(1948, 3, 2)} years · male`);
    expect(item).toHaveTextContent('Elderly living alone');
    expect(item).toHaveTextContent('3号楼, Unit 2 Room 501');
    expect(item).toHaveTextContent('Synced');
    expect(within(item!).getByRole('link')).toHaveAttribute('href', `/households/${H3}`);
  });

  it('finds the household of a building-unit-room code, and only that building’s', async () => {
    await typeQuery('3-2-501');
    const items = await resultsFor(3);
    expect(items[0]).toHaveTextContent('3号楼, Unit 2 Room 501');
    expect(items[0]).toHaveTextContent('Household · Occupied');
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', `/households/${H3}`);
    // Its residents carry the address too; 5号楼's 2-501 is not listed.
    expect(items.map((item) => item.textContent).join('\n')).not.toContain('5号楼');
  });

  it.each(['2-501', '501'])('finds every unit 2 room 501 by "%s"', async (query) => {
    await typeQuery(query);
    const items = await resultsFor(4);
    const households = items.filter((item) => item.textContent?.includes('Household'));
    expect(households.map((item) => within(item).getByRole('link').getAttribute('href')).sort()).toEqual([`/households/${H3}`, `/households/${H5}`].sort());
    const vacant = households.find((item) => item.textContent?.includes('5号楼'));
    expect(vacant).toHaveTextContent('Vacant');
    expect(vacant).toHaveTextContent('Pending');
  });

  it('marks a resident who moved out', async () => {
    await typeQuery('lisi');
    const [item] = await resultsFor(1);
    expect(item).toHaveTextContent('李四');
    expect(item).toHaveTextContent('female');
    expect(item).toHaveTextContent('Moved out');
    expect(item).toHaveTextContent('Pending');
  });

  it('says "No match" when nothing matches, and updates as the query changes', async () => {
    const { user } = await typeQuery('wangwu');
    await resultsFor(0);
    const box = screen.getByRole('searchbox');
    await user.clear(box);
    await user.type(box, 'li');
    const [item] = await resultsFor(1);
    expect(item).toHaveTextContent('李四');
    expect(screen.queryByText('No match')).not.toBeInTheDocument();
    // The list says which query it answers, so a timer can tell when it has caught up with the box.
    expect(screen.getByRole('list', { name: 'Results' })).toHaveAttribute('data-query', 'li');
  });

  it('opens the household when a result is tapped', async () => {
    const { user, router } = await typeQuery('zs');
    const [item] = await resultsFor(1);
    await user.click(within(item!).getByRole('link'));
    expect(router.state.location.pathname).toBe(`/households/${H3}`);
  });

  it('says the list is cut at 30 only when more than 30 match', async () => {
    const namesakes = (n: number): LocalRecord<'resident'>[] =>
      Array.from({ length: n }, (_, index) => ({
        id: `0192f1b4-0000-7000-8000-${String(index).padStart(12, '0')}`,
        version: 1,
        _sync: 'synced' as const,
        householdId: H3,
        name: `王${index}`,
        tags: [],
      }));
    const hint = 'Showing the first 30 results. Type more to narrow them down.';
    for (const [count, capped] of [
      [30, false],
      [31, true],
    ] as const) {
      const client = createFakeDataClient({ records: { ...records(), resident: namesakes(count) } });
      const view = renderWithProviders(<SearchScreen />, { client, path: '/search' });
      await view.user.type(await screen.findByRole('searchbox', { name: 'Search by name, pinyin, phone, ID or room' }), '王');
      await resultsFor(30);
      expect(screen.queryByText(hint)).toEqual(capped ? expect.anything() : null);
      view.unmount();
    }
  });
});
