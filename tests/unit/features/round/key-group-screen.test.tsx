import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyGroupScreen } from '../../../../src/features/round/key-group-screen';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { building, household, NOW, OTHER_GRID, resident } from './round-records';

const A = '0192f1b4-0000-7000-8000-0000000000b1';
const C = '0192f1b4-0000-7000-8000-0000000000b3';
const H1 = '0192f1b4-0000-7000-8000-000000000101';
const H2 = '0192f1b4-0000-7000-8000-000000000102';
const H3 = '0192f1b4-0000-7000-8000-000000000103';
const R = (n: number) => `0192f1b4-0000-7000-8000-00000000020${n}`;

function renderGroup(tag: string) {
  const client = createFakeDataClient({
    records: {
      building: [building(A, '2号楼'), building(C, '9号楼', { gridId: OTHER_GRID })],
      household: [household(H1, A, '2', '501'), household(H2, A, '1', '301'), household(H3, C, '1', '101')],
      resident: [
        resident(R(1), H1, '张秀英', { tags: ['elderly_alone'], birthDate: '1944-12-01', _sync: 'pending' }),
        resident(R(2), H2, '李建国', { tags: ['elderly_alone', 'chronic_illness'], birthDate: '1950-01-15' }),
        resident(R(3), H2, '李明', { tags: ['returnee'] }),
        resident(R(4), H1, '王大爷', { tags: ['elderly_alone'], movedOutOn: '2026-10-01' }),
        resident(R(5), H3, '赵奶奶', { tags: ['elderly_alone'] }), // another grid
      ],
    },
  });
  return renderWithProviders(<KeyGroupScreen />, { client, path: '/groups/:tag', route: `/groups/${tag}` });
}

describe('key group screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('lists the residents of my buildings with the tag who have not moved out, in walking order', async () => {
    renderGroup('elderly_alone');
    expect(await screen.findByRole('heading', { level: 1, name: 'Elderly living alone' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Residents: 2' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['李建国', '张秀英']);
    expect(items[0]).toHaveTextContent('Age 76');
    expect(items[0]).toHaveTextContent('2号楼, Unit 1 Room 301');
    expect(items[0]).toHaveTextContent('Synced');
    expect(items[1]).toHaveTextContent('Age 81');
    expect(items[1]).toHaveTextContent('2号楼, Unit 2 Room 501');
    expect(items[1]).toHaveTextContent('Pending');
    expect(within(items[1] as HTMLElement).getByRole('link', { name: '张秀英' })).toHaveAttribute('href', `/households/${H1}`);
  });

  it('shows other groups by their own tag, and an empty group plainly', async () => {
    const { unmount } = renderGroup('returnee');
    expect(await screen.findByRole('heading', { level: 1, name: 'Returnees' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Residents: 1' });
    expect(within(list).getByRole('link', { name: '李明' })).toBeInTheDocument();
    expect(within(list).getByRole('listitem')).toHaveTextContent('Age unknown');
    unmount();
    renderGroup('close_contact');
    expect(await screen.findByText('No residents in this group.')).toBeInTheDocument();
  });

  it('offers home monitoring to returnees and close contacts, not to other groups', async () => {
    const { unmount } = renderGroup('returnee');
    const list = await screen.findByRole('list', { name: 'Residents: 1' });
    expect(within(list).getByRole('link', { name: 'Start home monitoring' })).toHaveAttribute('href', `/residents/${R(3)}/monitoring/new`);
    unmount();
    renderGroup('elderly_alone');
    await screen.findByRole('list', { name: 'Residents: 2' });
    expect(screen.queryByRole('link', { name: 'Start home monitoring' })).not.toBeInTheDocument();
  });

  it('says plainly when the tag is not a key group', async () => {
    renderGroup('vip');
    expect(await screen.findByText('There is no such key group.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
