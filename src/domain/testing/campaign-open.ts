/**
 * Whether a testing campaign is open: not closed by the secretary and not past its end date, on the
 * community's wall clock. The server opens the sampling site to volunteers by it (scope.ts); their
 * phones list the open campaigns' sites by it.
 */
import type { TestingCampaign } from '../entities/testing-campaign';

/** The communities' time zone (China: no daylight time). */
export const CAMPAIGN_TIME_ZONE = 'Asia/Shanghai';

/** `today`: YYYY-MM-DD in CAMPAIGN_TIME_ZONE. */
export function isCampaignOpen(campaign: Pick<TestingCampaign, 'closedAt' | 'endDate'>, today: string): boolean {
  return campaign.closedAt === undefined && campaign.endDate >= today;
}
