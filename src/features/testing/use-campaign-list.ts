/**
 * The campaigns on this phone, open ones first (then the latest started), each with its counts
 * (sampled / expected over the register this phone holds), live as samplings arrive.
 */
import { useMemo } from 'react';
import { everyCampaign, everyRecord, useRecords, type LocalRecord } from '../../data';
import { expectedResidents } from '../../domain/testing/campaign-people';
import { countStates, type CampaignCounts } from '../../domain/testing/campaign-figures';

export interface CampaignListEntry {
  campaign: LocalRecord<'testing_campaign'>;
  counts: CampaignCounts;
}

/** undefined while reading. */
export function useCampaignList(): CampaignListEntry[] | undefined {
  const campaigns = useRecords(everyCampaign());
  const samplings = useRecords(everyRecord('sampling'));
  const exemptions = useRecords(everyRecord('campaign_exemption'));
  const residents = useRecords(everyRecord('resident'));
  const households = useRecords(everyRecord('household'));
  const buildings = useRecords(everyRecord('building'));
  return useMemo(() => {
    if (!campaigns || !samplings || !exemptions || !residents || !households || !buildings) return undefined;
    const entries = campaigns.map((campaign) => ({
      campaign,
      counts: countStates(expectedResidents({ campaign, buildings, households, residents, samplings, exemptions })),
    }));
    // The query gives the latest started first; a stable sort keeps that order within open and closed.
    return entries.sort((a, b) => Number(a.campaign.closedAt !== undefined) - Number(b.campaign.closedAt !== undefined));
  }, [campaigns, samplings, exemptions, residents, households, buildings]);
}
