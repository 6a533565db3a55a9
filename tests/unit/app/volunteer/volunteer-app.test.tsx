import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';
import { building, ids, request, volunteer } from '../../features/volunteer/volunteer-fixtures';

function volunteerClient() {
  return createFakeDataClient({
    session: { user: volunteer },
    records: { building: [building()], help_request: [request(ids.medicine, { kind: 'medicine' })], delivery: [] },
  });
}

describe('the volunteer’s app', () => {
  it('opens on Requests, with Requests, Delivered and Settings only', async () => {
    const { user } = renderApp({ client: volunteerClient() });
    expect(await screen.findByRole('heading', { name: 'Requests', level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Requests', 'Delivered', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Requests' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('button', { name: 'Claim' })).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Delivered' }));
    expect(await screen.findByRole('heading', { name: 'Delivered today', level: 1 })).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
  });

  it('shows none of the grid worker’s screens: no Home, Daily report, Report fever, Gate checkpoint or search', async () => {
    renderApp({ client: volunteerClient() });
    await screen.findByRole('button', { name: 'Claim' });
    for (const name of ['Home', 'Search', 'Daily report', 'Report fever', 'Gate checkpoint']) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });

  it.each(['/daily-report', '/checkpoint', '/households', '/search', '/fever-reports/new', `/buildings/${'0192f1b4-0000-7000-8000-0000000000b1'}`])(
    'sends %s back to Requests',
    async (route) => {
      const { router } = renderApp({ client: volunteerClient(), route });
      expect(await screen.findByRole('heading', { name: 'Requests', level: 1 })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/');
    },
  );

  it('opens a request and Needs attention', async () => {
    const { router } = renderApp({ client: volunteerClient(), route: `/requests/${ids.medicine}` });
    expect(await screen.findByRole('heading', { name: '1栋, unit 2, room 501', level: 1 })).toBeInTheDocument();
    await router.navigate('/attention');
    expect(await screen.findByRole('heading', { name: 'Needs attention', level: 1 })).toBeInTheDocument();
  });
});
