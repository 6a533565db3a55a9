/**
 * The grid's "Home sampling" (/campaigns/:id/home-sampling) on 26 Nov 2026 at 09:30 in China: the
 * residents marked for home sampling and not sampled yet, with their addresses in walking order; one
 * sampled at their door (tube number, "Sampled") is a sampling at home with no site, and shows as done.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomeSamplingScreen } from '../../../../src/features/testing/home-sampling-screen';
import { SITE_CHOICE_KEY, useSiteChoice } from '../../../../src/features/testing/site-choice-store';
import type { FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aCampaign, anExemption, aSampling, CAMPAIGN_ID, campaignClient, followWrites, MORNING, people } from './campaign-screen-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MORNING);
  localStorage.removeItem(SITE_CHOICE_KEY);
  useSiteChoice.setState({ sites: {}, tubes: {} });
});
afterEach(() => {
  vi.useRealTimers();
});

const marked = () => [anExemption(people.sun, 'home_sampling', { note: '卧床' }), anExemption(people.wang, 'home_sampling'), anExemption(people.li, 'home_sampling')];

async function openList(records: FakeRecords = {}, campaign = aCampaign()) {
  const rendered = followWrites(campaignClient({ testing_campaign: [campaign], campaign_exemption: marked(), ...records }));
  const view = renderWithProviders(<HomeSamplingScreen />, {
    client: rendered.client,
    path: '/campaigns/:campaignId/home-sampling',
    route: `/campaigns/${CAMPAIGN_ID}/home-sampling`,
  });
  expect(await screen.findByRole('heading', { level: 1, name: 'Home sampling · 第一轮全员核酸' })).toBeInTheDocument();
  return { ...rendered, ...view };
}

function pendingList() {
  return screen.getByRole('region', { name: 'Home sampling' });
}

describe('Home sampling', () => {
  it('lists those still to sample at home with their addresses, in walking order', async () => {
    await openList({ sampling: [aSampling(people.li, 'X-1')] });
    const list = await waitFor(() => {
      const items = within(pendingList()).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      return items;
    });
    expect(list[0]).toHaveTextContent('2号楼 1-302');
    expect(list[0]).toHaveTextContent('王五');
    expect(list[1]).toHaveTextContent('10号楼 1-502');
    expect(list[1]).toHaveTextContent('孙八');
    expect(list[1]).toHaveTextContent('Note: 卧床');
    // 李四 is marked too but already sampled; 张三 is not marked.
    expect(within(pendingList()).queryByText('李四')).not.toBeInTheDocument();
    expect(within(pendingList()).queryByText('张三')).not.toBeInTheDocument();
  });

  it('samples at the door: a sampling at home with no site, then shown done today', async () => {
    const { user, create } = await openList();
    const sampleWang = await screen.findByRole('button', { name: 'Sampled: 王五' });
    expect(sampleWang).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'h-01');
    await user.click(sampleWang);

    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create).toHaveBeenCalledWith('sampling', {
      campaignId: CAMPAIGN_ID,
      residentId: people.wang.resident,
      householdId: people.wang.household,
      sampledAt: MORNING.toISOString(),
      atHome: true,
      tubeNumber: 'H-01',
    });
    const done = screen.getByRole('region', { name: 'Sampled at home today' });
    expect(await within(done).findByText(/王五, 2号楼 1-302/)).toHaveTextContent('tube H-01');
    await waitFor(() => expect(within(pendingList()).queryByText('王五')).not.toBeInTheDocument());
    expect(within(pendingList()).getByText('孙八')).toBeInTheDocument();
    expect(screen.getByText('In this tube: 1 / 10')).toBeInTheDocument();
  });

  it('takes no sampling in a closed campaign', async () => {
    await openList({}, aCampaign({ closedAt: '2026-11-26T08:00:00+08:00' }));
    expect(await screen.findByText('This campaign is closed: no more sampling.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sampled/ })).not.toBeInTheDocument();
  });
});
