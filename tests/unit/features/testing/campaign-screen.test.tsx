/**
 * A campaign's overview (/campaigns/:id) over a fixed set: 张三 sampled twice and 李四 once (2号楼),
 * 王五 for home sampling, 赵六 not tested (his away mark voided), 钱七 away and 孙八 sampled (10号楼),
 * 周九 not tested (7栋, grid B). Its facts, the totals, per grid and building with links, the links to
 * the other campaign screens (Import results the secretary's, Positive pool once a tube is positive),
 * and closing.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoUser, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { CampaignScreen } from '../../../../src/features/testing/campaign-screen';
import { aCampaign, anExemption, aResult, aSampling, B10, B2, B7, campaignClient, CAMPAIGN_ID, people, secretaryUser } from './campaign-screen-records';

function fixedSet(): FakeRecords {
  return {
    testing_campaign: [aCampaign()],
    sampling: [
      aSampling(people.zhang, 'T1'),
      aSampling(people.zhang, 'T2', { sampledAt: '2026-11-26T10:00:00+08:00' }),
      aSampling(people.li, 'T1'),
      aSampling(people.sun, 'T2'),
    ],
    campaign_exemption: [
      anExemption(people.wang, 'home_sampling'),
      { ...anExemption(people.zhao, 'away'), voidedAt: '2026-11-26T09:00:00+08:00' },
      anExemption(people.qian, 'away', { returnDate: '2026-11-30' }),
    ],
  };
}

async function openCampaign(records: FakeRecords = fixedSet(), user = secretaryUser) {
  const rendered = campaignClient(records, user);
  const view = renderWithProviders(<CampaignScreen />, { client: rendered.client, path: '/campaigns/:campaignId', route: `/campaigns/${CAMPAIGN_ID}` });
  expect(await screen.findByRole('heading', { level: 1, name: '第一轮全员核酸' })).toBeInTheDocument();
  return { ...rendered, ...view };
}

const base = `/campaigns/${CAMPAIGN_ID}`;

describe('A campaign’s overview', () => {
  it('shows its dates, pooling, sites and that it is open', async () => {
    await openCampaign();
    expect(screen.getByText('Dates: 2026-11-26 to 2026-11-27')).toBeInTheDocument();
    expect(screen.getByText('Pooling: 10-in-1')).toBeInTheDocument();
    expect(screen.getByText('Sampling sites: 南门采样点')).toBeInTheDocument();
    expect(screen.getByText('Open')).toBeInTheDocument();
  });

  it('counts the whole campaign: sampled / expected, away, home sampling, not tested, sampled twice', async () => {
    await openCampaign();
    const total = screen.getByRole('region', { name: 'Total' });
    expect(within(total).getByText('3 of 7 sampled')).toBeInTheDocument();
    expect(within(total).getByText('Away: 1')).toBeInTheDocument();
    expect(within(total).getByText('Home sampling: 1')).toBeInTheDocument();
    expect(within(total).getByText('Not tested: 2')).toBeInTheDocument();
    expect(within(total).getByText('Sampled twice: 1')).toBeInTheDocument();
  });

  it('counts each grid and each building (in name order), each building linking to its Not tested', async () => {
    await openCampaign();
    const gridA = await screen.findByRole('region', { name: '第一网格' });
    const gridB = screen.getByRole('region', { name: '第二网格' });
    const gridALines = within(gridA).getAllByRole('listitem');
    expect(gridALines.map((line) => line.textContent)).toEqual([
      '2号楼2 of 4 sampledHome sampling: 1Not tested: 1Sampled twice: 1',
      '10号楼1 of 2 sampledAway: 1',
    ]);
    expect(within(gridA).getByText('3 of 6 sampled')).toBeInTheDocument();
    expect(within(gridA).getByRole('link', { name: '2号楼' })).toHaveAttribute('href', `${base}/buildings/${B2}`);
    expect(within(gridA).getByRole('link', { name: '10号楼' })).toHaveAttribute('href', `${base}/buildings/${B10}`);
    expect(within(gridB).getAllByRole('listitem').map((line) => line.textContent)).toEqual(['7栋0 of 1 sampledNot tested: 1']);
    expect(within(gridB).getByRole('link', { name: '7栋' })).toHaveAttribute('href', `${base}/buildings/${B7}`);
  });

  it('leaves out the buildings the campaign does not expect', async () => {
    await openCampaign({ ...fixedSet(), testing_campaign: [aCampaign({ buildingIds: [B2] })] });
    expect(screen.getByRole('region', { name: 'Total' })).toHaveTextContent('2 of 4 sampled');
    expect(screen.queryByRole('link', { name: '10号楼' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '第二网格' })).not.toBeInTheDocument();
  });

  it('leads the secretary to the site, Home sampling and Import results; no Positive pool without a positive tube', async () => {
    await openCampaign({ ...fixedSet(), test_result: [aResult('T1', 'negative')] });
    const nav = screen.getByRole('navigation', { name: 'Campaign work' });
    expect(within(nav).getByRole('link', { name: 'Sampling at the site' })).toHaveAttribute('href', `${base}/site`);
    expect(within(nav).getByRole('link', { name: 'Home sampling' })).toHaveAttribute('href', `${base}/home-sampling`);
    expect(within(nav).getByRole('link', { name: 'Import results' })).toHaveAttribute('href', `${base}/results`);
    expect(within(nav).queryByRole('link', { name: 'Positive pool' })).not.toBeInTheDocument();
  });

  it('shows Positive pool once a tube’s standing result is positive', async () => {
    await openCampaign({ ...fixedSet(), test_result: [aResult('T2', 'negative'), aResult('T1', 'positive')] });
    expect(screen.getByRole('link', { name: 'Positive pool' })).toHaveAttribute('href', `${base}/positive`);
  });

  it('gives a grid worker the site and Home sampling, not Import results nor Close campaign', async () => {
    await openCampaign(fixedSet(), demoUser);
    const nav = screen.getByRole('navigation', { name: 'Campaign work' });
    expect(within(nav).getByRole('link', { name: 'Sampling at the site' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Import results' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close campaign' })).not.toBeInTheDocument();
  });

  it('lets the secretary close the campaign after confirming', async () => {
    const { user, patch, stored } = await openCampaign();
    await user.click(screen.getByRole('button', { name: 'Close campaign' }));
    expect(screen.getByRole('alertdialog', { name: 'Close this campaign? No more samplings will be expected.' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close campaign' }));
    await waitFor(() => expect(patch).toHaveBeenCalledWith('testing_campaign', CAMPAIGN_ID, { closedAt: expect.any(String) }));
    expect(stored.testing_campaign?.[0]?.closedAt).toBeDefined();
  });

  it('shows a closed campaign as closed, with nothing to close', async () => {
    await openCampaign({ ...fixedSet(), testing_campaign: [aCampaign({ closedAt: '2026-11-27T20:00:00+08:00' })] });
    expect(screen.getByText(/^Closed on /)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close campaign' })).not.toBeInTheDocument();
  });

  it('says when the campaign is not on the phone', async () => {
    const { client } = campaignClient({}, secretaryUser);
    renderWithProviders(<CampaignScreen />, { client, path: '/campaigns/:campaignId', route: `/campaigns/${CAMPAIGN_ID}` });
    expect(await screen.findByText('This campaign is not on this phone.')).toBeInTheDocument();
  });
});
