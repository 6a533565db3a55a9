/**
 * "Positive pool" (/campaigns/:campaignId/positive): the people of a positive tube with their households,
 * results and re-test, and the secretary's offer to seal their buildings (a grid worker gets none).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PositivePoolScreen } from '../../../../src/features/testing/positive-pool-screen';
import { demoUser, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aCampaign, aResult, aSampling, B10, B2, campaignClient, CAMPAIGN_ID, people, secretaryUser } from './campaign-screen-records';

function records(): FakeRecords {
  return {
    testing_campaign: [aCampaign()],
    sampling: [
      aSampling(people.zhang, 'T001'),
      aSampling(people.wang, 'T001'),
      aSampling(people.qian, 'T001'),
      aSampling(people.zhao, 'T002'),
      // 张三 sampled again after the positive result, into a single tube that came back negative.
      aSampling(people.zhang, 'R001', { sampledAt: '2026-11-26T21:00:00+08:00' }),
    ],
    test_result: [aResult('T001', 'positive'), aResult('T002', 'negative'), aResult('R001', 'negative', { resultAt: '2026-11-26T23:00:00+08:00' })],
  };
}

function render(user = secretaryUser) {
  const rendered = campaignClient(records(), user);
  const view = renderWithProviders(<PositivePoolScreen />, { client: rendered.client, path: '/campaigns/:campaignId/positive', route: `/campaigns/${CAMPAIGN_ID}/positive` });
  return { ...rendered, ...view };
}

describe('positive pool', () => {
  it('lists everyone of the positive tube with household, result and re-test', async () => {
    render();
    const list = await screen.findByRole('list', { name: 'Tube T001' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['张三', '王五', '钱七']);
    const zhang = items[0]!;
    expect(zhang).toHaveTextContent('2号楼 1-101');
    expect(zhang).toHaveTextContent('Household: 李四');
    expect(zhang).toHaveTextContent('Result: Negative');
    expect(zhang).toHaveTextContent('Re-test: sampled again');
    expect(items[1]).toHaveTextContent('Household: nobody else');
    expect(items[1]).toHaveTextContent('Result: Positive');
    expect(items[1]).toHaveTextContent('Re-test: not sampled again yet');
    expect(screen.queryByRole('heading', { name: 'Tube T002' })).not.toBeInTheDocument();
  });

  it('offers the secretary to seal the buildings, naming the tube', async () => {
    const { user, client } = render();
    await user.click(await screen.findByRole('button', { name: 'Seal 2号楼' }));
    await waitFor(() => expect(client.sealBuilding).toHaveBeenCalledWith(expect.objectContaining({ buildingId: B2, reason: 'Positive pool: tube T001' })));
    expect(await screen.findByText('2号楼 is sealed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seal 10号楼' })).toBeInTheDocument();
    expect(client.sealBuilding).not.toHaveBeenCalledWith(expect.objectContaining({ buildingId: B10 }));
  });

  it('shows a grid worker the list without the sealing offer', async () => {
    const { client } = render(demoUser);
    expect(await screen.findByRole('list', { name: 'Tube T001' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Seal/ })).not.toBeInTheDocument();
    expect(client.sealBuilding).not.toHaveBeenCalled();
  });
});
