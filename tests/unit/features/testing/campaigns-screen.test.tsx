/**
 * /campaigns: the campaigns on the phone, open ones first, each with its dates, state and sampled /
 * expected; the secretary gets "Start campaign", a grid worker does not.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoUser, localRecord } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { CampaignsScreen } from '../../../../src/features/testing/campaigns-screen';
import { aCampaign, aSampling, campaignClient, CAMPAIGN_ID, COMMUNITY, people, secretaryUser, SITE_ID } from './campaign-screen-records';

const CLOSED_ID = '0192f1b4-0000-7000-8000-0000000005c0';

function records() {
  return {
    testing_campaign: [
      aCampaign(),
      // Started later but closed: listed after the open one.
      localRecord('testing_campaign', CLOSED_ID, {
        communityId: COMMUNITY,
        name: '第二轮',
        startDate: '2026-11-28',
        endDate: '2026-11-28',
        sites: [{ id: SITE_ID, name: '南门采样点' }],
        poolSize: 1,
        closedAt: '2026-11-28T20:00:00+08:00',
      }),
    ],
    sampling: [aSampling(people.zhang, 'T1'), aSampling(people.li, 'T1')],
  };
}

async function openList(user = secretaryUser) {
  const { client } = campaignClient(records(), user);
  const view = renderWithProviders(<CampaignsScreen />, { client, path: '/campaigns', route: '/campaigns' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Testing campaigns' })).toBeInTheDocument();
  return view;
}

describe('Testing campaigns list', () => {
  it('lists open campaigns first, each with its dates, state and sampled / expected, and opens one', async () => {
    const { user, router } = await openList();
    const list = await screen.findByRole('list', { name: 'Campaigns' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      '第一轮全员核酸2026-11-26 to 2026-11-27 · Open2 of 7 sampled',
      '第二轮2026-11-28 to 2026-11-28 · Closed0 of 7 sampled',
    ]);
    await user.click(links[0] ?? list);
    expect(router.state.location.pathname).toBe(`/campaigns/${CAMPAIGN_ID}`);
  });

  it('gives the secretary "Start campaign"', async () => {
    await openList();
    expect(screen.getByRole('link', { name: 'Start campaign' })).toHaveAttribute('href', '/campaigns/new');
  });

  it('gives a grid worker no "Start campaign"', async () => {
    await openList(demoUser);
    await screen.findByRole('list', { name: 'Campaigns' });
    expect(screen.queryByRole('link', { name: 'Start campaign' })).not.toBeInTheDocument();
  });

  it('says when no campaign is on the phone', async () => {
    const { client } = campaignClient({}, secretaryUser);
    renderWithProviders(<CampaignsScreen />, { client });
    expect(await screen.findByText('No testing campaign on this phone yet.')).toBeInTheDocument();
  });
});
