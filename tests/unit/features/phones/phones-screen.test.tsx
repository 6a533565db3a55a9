/**
 * The secretary's Signed-in phones (issue 18): the community's phones with name, role, device and last
 * sync; "Sign out this phone" asks first, calls the server and the phone leaves the list; her own phone
 * has no such button; offline it says the screen needs a connection. Reached from Community.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/data';
import type { CommunityDeviceSession } from '../../../../src/domain/device-sessions';
import { PhonesScreen } from '../../../../src/features/phones/phones-screen';
import { createFakeDataClient, demoUser, type FakeDataClient } from '../../../fixtures/fake-data-client';
import { renderApp, renderWithProviders } from '../../../fixtures/render-with-providers';

const secretaryUser = { ...demoUser, username: 'secretary1', displayName: '李书记', role: 'secretary' as const, gridIds: [] };

const phone = (overrides: Partial<CommunityDeviceSession>): CommunityDeviceSession => ({
  sessionId: crypto.randomUUID(),
  deviceId: 'device-x',
  createdAt: '2026-11-29T01:00:00.000Z',
  lastUsedAt: '2026-11-30T02:00:00.000Z',
  current: false,
  userId: crypto.randomUUID(),
  userName: '某人',
  role: 'grid_worker',
  lastSyncAt: '2026-11-30T02:00:00.000Z',
  ...overrides,
});

const lost = phone({ userName: '王芳', deviceId: 'phone-wang', lastSyncAt: '2026-11-30T01:30:00.000Z' });
const volunteer = phone({ userName: '赵六', role: 'volunteer', deviceId: 'phone-zhao', lastSyncAt: null });
const own = phone({ userName: '李书记', role: 'secretary', deviceId: 'desk', current: true });

function secretaryClient(phones: CommunityDeviceSession[] = [lost, volunteer, own]): FakeDataClient {
  const client = createFakeDataClient({ session: { user: secretaryUser } });
  client.listCommunityPhones.mockResolvedValue(phones);
  return client;
}

const card = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}`) });
const facts = (name: string) => within(card(name)).getAllByRole('definition').map((dd) => dd.textContent);

describe('Signed-in phones', { timeout: 20_000 }, () => {
  it('lists the community’s phones with name, role, device and last sync', async () => {
    const client = secretaryClient();
    renderWithProviders(<PhonesScreen />, { client });
    const list = await screen.findByRole('list', { name: 'Signed-in phones' });
    expect(client.listCommunityPhones).toHaveBeenCalledWith(secretaryUser.communityId);
    expect(within(list).getAllByRole('article')).toHaveLength(3);
    const wang = facts('王芳');
    expect(wang.slice(0, 2)).toEqual(['Grid worker', 'phone-wang']);
    expect(wang[2]).not.toBe('Never synced');
    expect(facts('赵六').slice(0, 3)).toEqual(['Volunteer', 'phone-zhao', 'Never synced']);
    expect(within(card('李书记')).getByText(/This phone/)).toBeInTheDocument();
    expect(within(card('李书记')).queryByRole('button', { name: 'Sign out this phone' })).toBeNull();
  });

  it('"Sign out this phone" asks first, then calls the server and the phone leaves the list', async () => {
    const client = secretaryClient();
    const { user } = renderWithProviders(<PhonesScreen />, { client });
    await screen.findByRole('list', { name: 'Signed-in phones' });

    await user.click(within(card('王芳')).getByRole('button', { name: 'Sign out this phone' }));
    const confirm = within(card('王芳')).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Sign out 王芳’s phone?');
    expect(client.signOutPhone).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: 'Sign out and wipe' }));

    expect(client.signOutPhone).toHaveBeenCalledWith(lost.sessionId);
    expect(await screen.findByText('王芳’s phone was signed out.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /^王芳/ })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('keeps the phone listed and says so when signing out fails; Cancel changes nothing', async () => {
    const client = secretaryClient();
    client.signOutPhone.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'offline'));
    const { user } = renderWithProviders(<PhonesScreen />, { client });
    await screen.findByRole('list', { name: 'Signed-in phones' });

    await user.click(within(card('赵六')).getByRole('button', { name: 'Sign out this phone' }));
    await user.click(within(card('赵六')).getByRole('button', { name: 'Cancel' }));
    expect(client.signOutPhone).not.toHaveBeenCalled();

    await user.click(within(card('赵六')).getByRole('button', { name: 'Sign out this phone' }));
    await user.click(within(card('赵六')).getByRole('button', { name: 'Sign out and wipe' }));
    expect(await within(card('赵六')).findByText('This screen needs a connection: connect to the network and try again.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  it('offline: says the screen needs a connection, and lists once tried again online', async () => {
    const client = secretaryClient();
    client.listCommunityPhones.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'offline'));
    const { user } = renderWithProviders(<PhonesScreen />, { client });
    expect(await screen.findByText('This screen needs a connection: connect to the network and try again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Signed-in phones' })).toBeInTheDocument();
  });

  it('is a link on the secretary’s Community screen, opening /phones', async () => {
    const client = secretaryClient();
    const { user, router } = renderApp({ client, route: '/' });
    await user.click(await screen.findByRole('link', { name: 'Signed-in phones' }));
    expect(await screen.findByRole('heading', { name: 'Signed-in phones', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/phones');
    expect(await screen.findByRole('article', { name: /^王芳/ })).toBeInTheDocument();
  });
});
