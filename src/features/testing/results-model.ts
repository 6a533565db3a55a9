/** What the results screens compute from a campaign's records: its tubes on this phone and the result standing for each. */
import { useMemo } from 'react';
import { campaignTubes, latestResults, type Tube } from '../../domain/testing/campaign-tubes';
import type { ResultRow } from '../../domain/testing/campaign-people';
import type { CampaignData } from './use-campaign';

export interface CampaignResultsData {
  campaignId: string;
  /** The campaign's tubes on this phone, by tube key. */
  tubes: ReadonlyMap<string, Tube>;
  /** The result standing for each tube, by tube key. */
  standing: ReadonlyMap<string, ResultRow>;
}

export function useCampaignResults(data: CampaignData): CampaignResultsData {
  const { campaign, samplings, results } = data;
  return useMemo(
    () => ({
      campaignId: campaign.id,
      tubes: campaignTubes(samplings, campaign.id, campaign.poolSize),
      standing: latestResults(results, campaign.id),
    }),
    [campaign.id, campaign.poolSize, samplings, results],
  );
}
