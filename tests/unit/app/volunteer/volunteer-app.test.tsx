import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aCampaign, campaignClient, CAMPAIGN_ID, MORNING } from '../../features/testing/campaign-screen-records';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';
import { building, ids, request, volunteer } from '../../features/volunteer/volunteer-fixtures';

function volunteerRecords() {
  return { building: [building()], help_request: [request(ids.medicine, { kind: 'medicine' })], delivery: [] };
}

function volunteerClient() {
  return createFakeDataClient({ session: { user: volunteer }, records: volunteerRecords() });
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

  it('while a testing campaign is open, offers its sampling site first and opens it; sends the campaign’s other screens back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MORNING);
    try {
      const { client } = campaignClient({ ...volunteerRecords(), testing_campaign: [aCampaign()] }, volunteer);
      const { user, router } = renderApp({ client });
      await user.click(await screen.findByRole('link', { name: '第一轮全员核酸: sampling site' }));
      expect(await screen.findByRole('heading', { name: 'Sampling site · 第一轮全员核酸', level: 1 })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Tube number' })).toBeInTheDocument();
      for (const route of [`/campaigns/${CAMPAIGN_ID}`, `/campaigns/${CAMPAIGN_ID}/results`, '/campaigns/new']) {
        await router.navigate(route);
        await waitFor(() => expect(router.state.location.pathname).toBe('/'));
        expect(await screen.findByRole('link', { name: '第一轮全员核酸: sampling site' })).toBeInTheDocument();
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
