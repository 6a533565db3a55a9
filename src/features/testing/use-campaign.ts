/**
 * One testing campaign with everything its screens compute from (live: samplings from every phone
 * arrive with each sync): the campaign (null when it is not on this phone), its samplings, exemptions
 * and results, and the register this phone holds (a grid worker's grids; the secretary's community).
 * `people` are the campaign's expected residents with their state (src/domain/testing/campaign-people.ts).
 */
import { useMemo } from 'react';
import {
  everyRecord,
  exemptionsOfCampaign,
  resultsOfCampaign,
  samplingsOfCampaign,
  useRecord,
  useRecords,
  type LocalRecord,
} from '../../data';
import { expectedResidents, type ExpectedResident } from '../../domain/testing/campaign-people';

export type CampaignPerson = ExpectedResident<LocalRecord<'resident'>, LocalRecord<'household'>, LocalRecord<'building'>>;

export interface CampaignData {
  campaign: LocalRecord<'testing_campaign'>;
  samplings: LocalRecord<'sampling'>[];
  exemptions: LocalRecord<'campaign_exemption'>[];
  results: LocalRecord<'test_result'>[];
  residents: LocalRecord<'resident'>[];
  households: LocalRecord<'household'>[];
  buildings: LocalRecord<'building'>[];
  /** The expected residents with their state, in the register's order. */
  people: CampaignPerson[];
}

/** undefined while reading; null when the campaign is not on this phone. */
export function useCampaign(campaignId: string | undefined): CampaignData | null | undefined {
  const id = campaignId ?? '';
  const campaign = useRecord('testing_campaign', id || null);
  const samplings = useRecords(id ? samplingsOfCampaign(id) : null);
  const exemptions = useRecords(id ? exemptionsOfCampaign(id) : null);
  const results = useRecords(id ? resultsOfCampaign(id) : null);
  const residents = useRecords(everyRecord('resident'));
  const households = useRecords(everyRecord('household'));
  const buildings = useRecords(everyRecord('building'));
  return useMemo(() => {
    if (campaign === null) return null;
    if (!campaign || !samplings || !exemptions || !results || !residents || !households || !buildings) return undefined;
    const people = expectedResidents({ campaign, buildings, households, residents, samplings, exemptions });
    return { campaign, samplings, exemptions, results, residents, households, buildings, people };
  }, [campaign, samplings, exemptions, results, residents, households, buildings]);
}
