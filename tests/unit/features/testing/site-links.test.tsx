/** The volunteer's way to the sampling site: one link per open campaign on the phone; nothing when none is open. */
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteLinks } from '../../../../src/features/testing/site-links';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { localRecord } from '../../../fixtures/fake-data-client';
import { aCampaign, campaignClient, CAMPAIGN_ID, MORNING } from './campaign-screen-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MORNING);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the open campaigns’ sampling sites', () => {
  it('links each open campaign to its site, leaving out a closed one and one past its end date', async () => {
    const closed = localRecord('testing_campaign', '0192f1b4-0000-7000-8000-0000000005c2', { ...aCampaign(), name: '已结束', closedAt: '2026-11-26T01:00:00.000Z' });
    const past = localRecord('testing_campaign', '0192f1b4-0000-7000-8000-0000000005c3', { ...aCampaign(), name: '上周', startDate: '2026-11-18', endDate: '2026-11-19' });
    const { client } = campaignClient({ testing_campaign: [aCampaign(), closed, past] });
    renderWithProviders(<SiteLinks />, { client });

    const link = await screen.findByRole('link', { name: '第一轮全员核酸: sampling site' });
    expect(link).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}/site`);
    expect(screen.getByRole('heading', { name: 'Testing campaign' })).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('shows nothing when no campaign is open', async () => {
    const closed = localRecord('testing_campaign', CAMPAIGN_ID, { ...aCampaign(), closedAt: '2026-11-26T01:00:00.000Z' });
    const { client } = campaignClient({ testing_campaign: [closed] });
    const reads = vi.spyOn(client, 'listRecords');
    const { container } = renderWithProviders(<SiteLinks />, { client });
    await vi.waitFor(() => expect(reads).toHaveResolved());
    await act(async () => undefined);
    expect(container).toBeEmptyDOMElement();
  });
});
