/**
 * A building in a campaign (/campaigns/:id/buildings/:buildingId), 2号楼: 张三 and 李四 in 1-101, 王五
 * (elderly living alone) in 1-302, 赵六 in 2-201. Sampled / expected per building and unit; "Not tested"
 * in walking order; marking Away with a return date and Home sampling (offered first to the elderly
 * living alone); those marked listed apart with Undo; and, over the real data client, a sampling
 * arriving takes the person off "Not tested" at once.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoUser, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aBuilding, aHousehold, aResident } from '../../../fixtures/domain-records';
import { disposeClients, signedInClient } from '../../data/support/test-client';
import { CampaignBuildingScreen } from '../../../../src/features/testing/campaign-building-screen';
import { aCampaign, anExemption, aSampling, B2, B7, campaignClient, CAMPAIGN_ID, MORNING, people } from './campaign-screen-records';

const PATH = '/campaigns/:campaignId/buildings/:buildingId';

async function openBuilding(records: FakeRecords, buildingId = B2) {
  const rendered = campaignClient({ testing_campaign: [aCampaign()], ...records }, demoUser);
  const view = renderWithProviders(<CampaignBuildingScreen />, { client: rendered.client, path: PATH, route: `/campaigns/${CAMPAIGN_ID}/buildings/${buildingId}` });
  return { ...rendered, ...view };
}

function notTestedNames() {
  const list = screen.getByRole('list', { name: 'Not tested' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('strong')?.textContent);
}

describe('A building in a campaign (fake client)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MORNING);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the building and each unit, and lists Not tested in walking order with each room', async () => {
    await openBuilding({ sampling: [aSampling(people.zhao, 'T1')] });
    expect(await screen.findByRole('heading', { level: 1, name: '2号楼' })).toBeInTheDocument();
    expect(screen.getByText('1 of 4 sampled')).toBeInTheDocument();
    const units = within(screen.getByRole('list', { name: 'Units' })).getAllByRole('listitem');
    expect(units.map((unit) => unit.textContent)).toEqual(['Unit 10 of 3 sampledNot tested: 3', 'Unit 21 of 1 sampled']);
    expect(screen.getByRole('heading', { name: 'Not tested' })).toBeInTheDocument();
    expect(notTestedNames()).toEqual(['李四', '张三', '王五']);
    expect(screen.getByRole('listitem', { name: '王五' })).toHaveTextContent('Unit 1 Room 302');
    expect(screen.getByRole('link', { name: 'Campaign: 第一轮全员核酸' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}`);
  });

  it('marks a resident Away with a return date', async () => {
    const { user, create } = await openBuilding({});
    const li = await screen.findByRole('listitem', { name: '李四' });
    expect(within(li).getAllByRole('button').map((b) => b.textContent)).toEqual(['Away', 'Home sampling']);
    await user.click(within(li).getByRole('button', { name: 'Away' }));
    fireEvent.change(within(li).getByLabelText('Return date (optional)'), { target: { value: '2026-11-30' } });
    await user.click(within(li).getByRole('button', { name: 'Mark away' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith('campaign_exemption', {
        campaignId: CAMPAIGN_ID,
        residentId: people.li.resident,
        householdId: people.li.household,
        kind: 'away',
        returnDate: '2026-11-30',
      }),
    );
  });

  it('offers Home sampling first to the elderly living alone, and marks it in one tap', async () => {
    const { user, create } = await openBuilding({});
    const wang = await screen.findByRole('listitem', { name: '王五' });
    expect(within(wang).getByText('Elderly living alone')).toBeInTheDocument();
    expect(within(wang).getAllByRole('button').map((b) => b.textContent)).toEqual(['Home sampling', 'Away']);
    await user.click(within(wang).getByRole('button', { name: 'Home sampling' }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith('campaign_exemption', {
        campaignId: CAMPAIGN_ID,
        residentId: people.wang.resident,
        householdId: people.wang.household,
        kind: 'home_sampling',
      }),
    );
  });

  it('lists those away and for home sampling apart, with their state, and undoes a mark', async () => {
    const away = anExemption(people.zhao, 'away', { returnDate: '2026-11-30' });
    const { user, voidRecord } = await openBuilding({ campaign_exemption: [anExemption(people.wang, 'home_sampling'), away] });
    await waitFor(() => expect(notTestedNames()).toHaveLength(2));
    expect(notTestedNames()).toEqual(['李四', '张三']);
    const marked = screen.getByRole('list', { name: 'Away and home sampling (2)' });
    const rows = within(marked).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('王五 · Unit 1 Room 302Home sampling');
    expect(rows[1]).toHaveTextContent('赵六 · Unit 2 Room 201Away · Back on 2026-11-30');
    await user.click(within(screen.getByRole('listitem', { name: '赵六' })).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(voidRecord).toHaveBeenCalledWith('campaign_exemption', away.id, 'Marked by mistake'));
  });

  it('says when the campaign does not expect the building', async () => {
    const rendered = campaignClient({ testing_campaign: [aCampaign({ buildingIds: [B7] })] }, demoUser);
    renderWithProviders(<CampaignBuildingScreen />, { client: rendered.client, path: PATH, route: `/campaigns/${CAMPAIGN_ID}/buildings/${B2}` });
    expect(await screen.findByText('This building is not in this campaign.')).toBeInTheDocument();
  });
});

describe('A building in a campaign (real data client)', () => {
  afterEach(disposeClients);

  it('takes a person off Not tested as their sampling arrives, and shows a mark as it is written', async () => {
    const { client } = await signedInClient();
    const gridId = client.getSessionState().user?.gridIds[0] ?? '';
    const communityId = client.getSessionState().user?.communityId ?? '';
    const buildingId = await client.create('building', aBuilding({ gridId, name: '3号楼' }));
    const householdId = await client.create('household', aHousehold({ buildingId, unit: '1', room: '101' }));
    const first = await client.create('resident', aResident({ householdId, name: '张三', tags: [] }));
    await client.create('resident', aResident({ householdId, name: '李四', tags: [] }));
    const siteId = crypto.randomUUID();
    const campaignId = await client.create('testing_campaign', { communityId, name: '第一轮', startDate: '2026-11-26', endDate: '2026-11-27', sites: [{ id: siteId, name: '南门' }], poolSize: 10 });

    const { user } = renderWithProviders(<CampaignBuildingScreen />, { client, path: PATH, route: `/campaigns/${campaignId}/buildings/${buildingId}` });
    await waitFor(() => expect(notTestedNames()).toHaveLength(2));

    await client.create('sampling', { campaignId, residentId: first, householdId, sampledAt: new Date().toISOString(), siteId, atHome: false, tubeNumber: 'T1' });
    await waitFor(() => expect(notTestedNames()).toHaveLength(1));
    expect(notTestedNames()).toEqual(['李四']);
    expect(within(screen.getByRole('list', { name: 'Units' })).getByRole('listitem')).toHaveTextContent('Unit 11 of 2 sampledNot tested: 1');

    await user.click(within(screen.getByRole('listitem', { name: '李四' })).getByRole('button', { name: 'Home sampling' }));
    expect(await screen.findByText('Nobody in this building is left to test.')).toBeInTheDocument();
    const marked = screen.getByRole('list', { name: 'Away and home sampling (1)' });
    expect(within(marked).getByRole('listitem', { name: '李四' })).toHaveTextContent('Home sampling · ↑ Pending');
    await user.click(within(marked).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(notTestedNames()).toHaveLength(1));
  });
});
