import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StorageFullError, type LocalRecord } from '../../../../src/data';
import { hasUnsavedInput } from '../../../../src/shared/unsaved-input';
import { createFakeDataClient, localRecord, storeCreate } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';

const BUILDING_A = '0192f1b4-0000-7000-8000-0000000000b1';
const BUILDING_B = '0192f1b4-0000-7000-8000-0000000000b2';
const GRID = '0192f1b4-0000-7000-8000-0000000000a1';

function building(id: string, name: string, sealed = false) {
  return localRecord('building', id, { gridId: GRID, name, units: 2, floors: 6, sealed });
}

function household(id: string, buildingId: string, unit: string, room: string, sync: LocalRecord['_sync'] = 'synced') {
  return localRecord('household', id, { buildingId, unit, room, status: 'occupied' }, sync);
}

const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';

/** A fake client whose create validates with the real domain schemas and stores the new household (pending), as the data layer does. */
function clientWithBuildings(initial: LocalRecord<'household'>[] = []) {
  const records = { building: [building(BUILDING_B, '10号楼'), building(BUILDING_A, '2号楼', true)], household: [...initial] };
  const client = createFakeDataClient({ records });
  const create = vi.mocked(client.create);
  create.mockImplementation(async (entity, data) => storeCreate(records, entity, NEW_ID, data).id);
  return { client, create };
}

describe('households', () => {
  it('is reachable from home and lists the chosen building’s households in unit and room order, marking unsent ones', async () => {
    const { client } = clientWithBuildings([
      household('0192f1b4-0000-7000-8000-000000000011', BUILDING_A, '2', '101'),
      household('0192f1b4-0000-7000-8000-000000000012', BUILDING_A, '1', '1002', 'pending'),
      household('0192f1b4-0000-7000-8000-000000000013', BUILDING_A, '1', '201'),
      household('0192f1b4-0000-7000-8000-000000000014', BUILDING_B, '1', '101'),
    ]);
    const { user } = renderApp({ client });
    await user.click(await screen.findByRole('link', { name: 'Households' }));
    expect(await screen.findByRole('heading', { name: 'Households' })).toBeInTheDocument();

    // Buildings are ordered the way numbers read: 2号楼 before 10号楼.
    const select = await screen.findByLabelText('Building');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['2号楼', '10号楼']);
    expect(await screen.findByRole('heading', { name: 'Households in this building: 3' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Households in this building: 3' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.gw-lead')?.textContent)).toEqual([
      'Unit 1, room 201',
      'Unit 1, room 1002',
      'Unit 2, room 101',
    ]);
    expect(within(items[1]!).getByText('Pending')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Synced')).toBeInTheDocument();

    await user.selectOptions(select, '10号楼');
    expect(await screen.findByRole('heading', { name: 'Households in this building: 1' })).toBeInTheDocument();
  });

  it('saves a new household through the data client and opens its screen, with the list one step back', async () => {
    const { client, create } = clientWithBuildings();
    const { user, router } = renderApp({ client, route: `/households?building=${BUILDING_B}` });
    await user.click(await screen.findByRole('link', { name: 'Add household' }));
    expect(await screen.findByRole('heading', { name: 'Add household' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Building')).toHaveValue(BUILDING_B);

    await user.type(screen.getByLabelText('Unit'), '3');
    await user.type(screen.getByLabelText('Room'), '502');
    await user.click(screen.getByRole('radio', { name: 'Vacant' }));
    await user.type(screen.getByLabelText('Phone (optional)'), '138 0013 8000');
    await user.click(screen.getByRole('button', { name: 'Save household' }));

    expect(create).toHaveBeenCalledWith('household', {
      buildingId: BUILDING_B,
      unit: '3',
      room: '502',
      status: 'vacant',
      phone: '138 0013 8000',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit 3 Room 502' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/households/${NEW_ID}`);
    expect(await screen.findByText('10号楼')).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();

    // The form was replaced in the history: back leads to the building's list, which has the new household.
    await router.navigate(-1);
    expect(await screen.findByRole('heading', { name: 'Households in this building: 1' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?building=${BUILDING_B}`);
    expect(screen.getByRole('link', { name: 'Unit 3, room 502' })).toHaveAttribute('href', `/households/${NEW_ID}`);
  });

  it('warns, without blocking, when the building already has a household at that unit and room', async () => {
    const { client, create } = clientWithBuildings([household('0192f1b4-0000-7000-8000-000000000011', BUILDING_A, '2', '501')]);
    const { user, router } = renderApp({ client, route: `/households/new?building=${BUILDING_A}` });
    await user.type(await screen.findByLabelText('Unit'), '2');
    await user.type(screen.getByLabelText('Room'), '50');
    expect(screen.queryByText(/already has a household/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Room'), '1');
    expect(
      await screen.findByText('This building already has a household at unit 2 room 501. Make sure it is not the same one before saving.'),
    ).toBeInTheDocument();
    // The same room in another building is no duplicate.
    await user.selectOptions(screen.getByLabelText('Building'), '10号楼');
    await vi.waitFor(() => expect(screen.queryByText(/already has a household/)).not.toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Building'), BUILDING_A);
    await screen.findByText(/already has a household/);

    await user.click(screen.getByRole('button', { name: 'Save household' }));
    expect(create).toHaveBeenCalledWith('household', { buildingId: BUILDING_A, unit: '2', room: '501', status: 'occupied' });
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(`/households/${NEW_ID}`));
  });

  it('leaves out an empty phone', async () => {
    const { client, create } = clientWithBuildings();
    const { user } = renderApp({ client, route: `/households/new?building=${BUILDING_A}` });
    await user.type(await screen.findByLabelText('Unit'), '1');
    await user.type(screen.getByLabelText('Room'), '101');
    await user.click(screen.getByRole('button', { name: 'Save household' }));
    expect(create).toHaveBeenCalledWith('household', { buildingId: BUILDING_A, unit: '1', room: '101', status: 'occupied' });
  });

  it('shows each validation error beside its field, translated, and saves nothing', async () => {
    const { client, create } = clientWithBuildings();
    const { user, router } = renderApp({ client, route: `/households/new?building=${BUILDING_A}` });
    await user.type(await screen.findByLabelText('Room'), '101');
    await user.type(screen.getByLabelText('Phone (optional)'), '12345');
    await user.click(screen.getByRole('button', { name: 'Save household' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some entries are not valid. Check the marked fields.');
    const unit = screen.getByLabelText('Unit');
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(unit).toHaveAccessibleDescription('This field is required.');
    const phone = screen.getByLabelText('Phone (optional)');
    expect(phone).toHaveAccessibleDescription('Enter a mobile number or a landline with area code (e.g. 010-12345678).');
    expect(screen.getByLabelText('Room')).not.toHaveAttribute('aria-invalid');
    await expect(create.mock.results[0]?.value).rejects.toThrow('VALIDATION');
    expect(router.state.location.pathname).toBe('/households/new');
    // The input is kept for correcting.
    expect(screen.getByLabelText('Room')).toHaveValue('101');
  });

  it('asks for a building when none is chosen, in the chosen language', async () => {
    const { client, create } = clientWithBuildings();
    const { user } = renderApp({ client, route: '/households/new', language: 'zh-CN' });
    await user.type(await screen.findByLabelText('单元'), '1');
    await user.type(screen.getByLabelText('房号'), '101');
    await user.click(screen.getByRole('button', { name: '保存住户' }));
    expect(screen.getByLabelText('楼栋')).toHaveAccessibleDescription('请选择楼栋。');
    expect(create).not.toHaveBeenCalled();
  });

  it('reports typed, unsaved input (so a new version never reloads it away) until it is saved', async () => {
    const { client } = clientWithBuildings();
    const { user } = renderApp({ client, route: `/households/new?building=${BUILDING_A}` });
    expect(hasUnsavedInput()).toBe(false);
    await user.type(await screen.findByLabelText('Unit'), '1');
    expect(hasUnsavedInput()).toBe(true);
    await user.type(screen.getByLabelText('Room'), '101');
    await user.click(screen.getByRole('button', { name: 'Save household' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit 1 Room 101' })).toBeInTheDocument();
    expect(hasUnsavedInput()).toBe(false);
  });

  it('says so when the phone’s storage is full, and keeps the input', async () => {
    const { client, create } = clientWithBuildings();
    create.mockRejectedValueOnce(new StorageFullError());
    const { user } = renderApp({ client, route: `/households/new?building=${BUILDING_A}` });
    await user.type(await screen.findByLabelText('Unit'), '1');
    await user.type(screen.getByLabelText('Room'), '101');
    await user.click(screen.getByRole('button', { name: 'Save household' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Storage is full: export unsent records and free space.');
    expect(screen.getByLabelText('Room')).toHaveValue('101');
    expect(hasUnsavedInput()).toBe(true);
  });
});
