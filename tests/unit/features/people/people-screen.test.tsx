/** The secretary's People screen: everyone with role, sync and state; ending an account; a volunteer's buildings; a new sign-in code. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/data';
import { PeopleScreen } from '../../../../src/features/people/people-screen';
import { renderApp, renderWithProviders } from '../../../fixtures/render-with-providers';
import { BUILDING_1, BUILDING_3, newWorker, secretaryClient, volunteer } from './people-fixture';

const card = (name: string) => screen.getByRole('article', { name });
const facts = (name: string) => within(card(name)).getAllByRole('definition').map((dd) => dd.textContent);

describe('People screen', { timeout: 20_000 }, () => {
  it('lists everyone with role, phone, buildings or grid, last sync, end and state', async () => {
    renderWithProviders(<PeopleScreen />, { client: secretaryClient() });
    const list = await screen.findByRole('list', { name: 'People of the community' });
    expect(within(list).getAllByRole('article').map((article) => within(article).getByRole('heading').textContent)).toEqual([
      '王五',
      '赵六',
      '孙七',
      '李书记',
    ]);

    const wang = facts('王五');
    expect(wang[0]).toBe('Volunteer');
    expect(wang[1]).toBe('13812341234');
    expect(wang[2]).toBe('1栋');
    expect(wang[3]).not.toBe('Never');
    // The server ends it at 00:00 China time of the day after the last day.
    expect(wang[4]).toBe('2026-12-09');
    expect(wang.at(-1)).toBe('Active');

    const zhao = facts('赵六');
    expect(zhao[0]).toBe('Grid worker');
    expect(zhao[2]).toBe('第二网格');
    expect(zhao[3]).toBe('Never');
    expect(zhao.at(-1)).toBe('Code not used yet');

    expect(facts('孙七').at(-1)).toBe('Ended');
    expect(within(card('孙七')).queryByRole('button', { name: 'End account' })).toBeNull();
    expect(facts('李书记')[0]).toBe('Community secretary');
    expect(screen.getByRole('button', { name: 'Add person' })).toBeInTheDocument();
  });

  it('says the screen needs a connection when offline, and tries again', async () => {
    const client = secretaryClient();
    client.listPeople.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'Failed to fetch'));
    const { user } = renderWithProviders(<PeopleScreen />, { client });
    expect(await screen.findByRole('alert')).toHaveTextContent('People needs a connection');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: '王五' })).toBeInTheDocument();
    expect(client.listPeople).toHaveBeenCalledTimes(2);
  });

  it('ends an account only after the confirm step, then shows it ended', async () => {
    const client = secretaryClient();
    client.endPerson.mockResolvedValue({ ...volunteer, ended: true });
    const { user } = renderWithProviders(<PeopleScreen />, { client });
    await user.click(within(await screen.findByRole('article', { name: '王五' })).getByRole('button', { name: 'End account' }));
    const confirm = within(card('王五')).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('End 王五’s account now?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(client.endPerson).not.toHaveBeenCalled();
    expect(facts('王五').at(-1)).toBe('Active');

    await user.click(within(card('王五')).getByRole('button', { name: 'End account' }));
    await user.click(within(card('王五')).getByRole('button', { name: 'End now' }));
    expect(client.endPerson).toHaveBeenCalledWith(volunteer.id);
    await within(card('王五')).findByText('Ended');
    expect(within(card('王五')).queryByRole('button', { name: 'End account' })).toBeNull();
  });

  it('shows why ending failed when offline, and leaves the account as it was', async () => {
    const client = secretaryClient();
    client.endPerson.mockRejectedValue(new ApiError(0, 'NETWORK', 'Failed to fetch'));
    const { user } = renderWithProviders(<PeopleScreen />, { client });
    await user.click(within(await screen.findByRole('article', { name: '王五' })).getByRole('button', { name: 'End account' }));
    await user.click(within(card('王五')).getByRole('button', { name: 'End now' }));
    expect(await within(card('王五')).findByRole('alert')).toHaveTextContent('People needs a connection');
    expect(facts('王五').at(-1)).toBe('Active');
  });

  it('assigns a volunteer to buildings (updatePerson with the chosen building ids)', async () => {
    const client = secretaryClient();
    client.updatePerson.mockResolvedValue({ ...volunteer, buildingIds: [BUILDING_1, BUILDING_3] });
    const { user } = renderWithProviders(<PeopleScreen />, { client });
    await user.click(within(await screen.findByRole('article', { name: '王五' })).getByRole('button', { name: 'Buildings' }));
    const group = within(card('王五')).getByRole('group', { name: '王五’s buildings' });
    expect(within(group).getByRole('checkbox', { name: '1栋' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: '2栋' })).not.toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: '3栋' }));
    await user.click(within(card('王五')).getByRole('button', { name: 'Save buildings' }));
    expect(client.updatePerson).toHaveBeenCalledWith(volunteer.id, { buildingIds: [BUILDING_1, BUILDING_3] });
    expect(await within(card('王五')).findByText('1栋、3栋')).toBeInTheDocument();
    // Grid workers have grids, not buildings to assign.
    expect(within(card('赵六')).queryByRole('button', { name: 'Buildings' })).toBeNull();
  });

  it('shows the server’s reason on the buildings when it refuses them', async () => {
    const client = secretaryClient();
    client.updatePerson.mockRejectedValue(new ApiError(400, 'VALIDATION', 'invalid', { 'buildingIds.0': 'invalid_id' }));
    const { user } = renderWithProviders(<PeopleScreen />, { client });
    await user.click(within(await screen.findByRole('article', { name: '王五' })).getByRole('button', { name: 'Buildings' }));
    await user.click(within(card('王五')).getByRole('button', { name: 'Save buildings' }));
    const group = within(card('王五')).getByRole('group', { name: '王五’s buildings' });
    expect(await within(group).findByText('Invalid reference.')).toBeInTheDocument();
  });

  it('makes a new sign-in code for a person and shows it', async () => {
    const client = secretaryClient();
    client.newSignInCode.mockResolvedValue({ code: '987654321098', expiresAt: '2026-11-26T02:00:00.000Z' });
    const { user } = renderWithProviders(<PeopleScreen />, { client });
    await user.click(within(await screen.findByRole('article', { name: '赵六' })).getByRole('button', { name: 'New sign-in code' }));
    expect(client.newSignInCode).toHaveBeenCalledWith(newWorker.id);
    const panel = await screen.findByRole('region', { name: 'Sign-in code for 赵六' });
    expect(within(panel).getByText('9876 5432 1098')).toBeInTheDocument();
    expect(within(panel).getByText('Username: 13900001111')).toBeInTheDocument();
    expect(await within(panel).findByRole('img', { name: 'Sign-in QR code for 赵六' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Sign-in code for 赵六' })).toBeNull();
  });
});

describe('the way to People', { timeout: 20_000 }, () => {
  it('is a link on the secretary’s Community screen, opening /people', async () => {
    const client = secretaryClient();
    const { user, router } = renderApp({ client, route: '/' });
    await user.click(await screen.findByRole('link', { name: 'People' }));
    expect(await screen.findByRole('heading', { name: 'People', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/people');
    expect(await screen.findByRole('article', { name: '王五' })).toBeInTheDocument();
  });
});
