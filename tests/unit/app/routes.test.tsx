import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeDataClient, demoUser } from '../../fixtures/fake-data-client';
import { renderApp } from '../../fixtures/render-with-providers';

describe('app routes', () => {
  it('sends a signed-out user to /signin', async () => {
    const client = createFakeDataClient({ session: { status: 'signed_out', user: null } });
    const { router } = renderApp({ client, route: '/settings' });
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signin');
  });

  it('sends a signed-in user away from /signin to home', async () => {
    const { router } = renderApp({ route: '/signin' });
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('goes home for an unknown route', async () => {
    const { router } = renderApp({ route: '/no/such/page' });
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('opens a screen of the occasional route table by its path (the worker’s returned records)', async () => {
    const { router } = renderApp({ route: '/returned' });
    expect(await screen.findByRole('heading', { name: 'Returned', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/returned');
  });

  it('shows the shell: app name, sync indicator, bottom navigation and the user on home', async () => {
    const client = createFakeDataClient({ sync: { pending: 2 } });
    const { user } = renderApp({ client });
    expect(await screen.findByText('Hello, 王芳')).toBeInTheDocument();
    expect(screen.getByText('Role: Grid worker')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Pending: 2');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(nav).getByRole('link', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'Search' })).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });

  it('returns to the sign-in screen after signing out', async () => {
    const client = createFakeDataClient();
    renderApp({ client, route: '/settings' });
    await screen.findByRole('heading', { name: 'Settings' });
    act(() => client.setSession({ status: 'signed_out', user: null }));
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
  });

  it('keeps the app usable when re-authentication is needed and offers the sign-in form', async () => {
    const client = createFakeDataClient({ session: { reauthRequired: true } });
    const { user } = renderApp({ client });
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    // The banner loads when it is needed (not with the first screen).
    expect(await screen.findByText(/Sign in again to keep syncing/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByLabelText('Username')).toHaveValue('worker1');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(client.signIn).toHaveBeenCalledWith('worker1', 'secret');
    expect(screen.queryByText(/Sign in again to keep syncing/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Home' })).toBeInTheDocument();
  });

  it('opens a secretary’s own app: the Community desk, with Community, Buildings, Reports, Review, Search and Settings', async () => {
    const secretary = { ...demoUser, username: 'secretary1', displayName: '张书记', role: 'secretary' as const, gridIds: [] };
    const client = createFakeDataClient({ session: { user: secretary }, records: { grid: [], building: [], household: [], device_sync: [] } });
    const { user } = renderApp({ client });
    expect(await screen.findByRole('heading', { name: 'Community', level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Community', 'Buildings', 'Reports', 'Review', 'Search', 'Settings']);
    expect(within(nav).queryByRole('link', { name: 'Home' })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Buildings' }));
    expect(await screen.findByRole('heading', { name: 'Buildings', level: 1 })).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Review' }));
    expect(await screen.findByRole('heading', { name: 'Review', level: 1 })).toBeInTheDocument();
  });

  it('keeps the grid worker on their round: Home, Search and Settings only', async () => {
    renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'Search', 'Settings']);
  });
});
