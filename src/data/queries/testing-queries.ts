/**
 * The reads of testing campaigns (issue 17), each on an index: the campaigns on this phone, and one
 * campaign's samplings, exemptions ("Away", "Home sampling") and lab results. Voided records are
 * included: the domain's figures (src/domain/testing/) leave them out. Kept apart from
 * record-queries.ts so they load with the campaign screens, never with the first screen.
 */
import type { RecordQuery } from './record-query';
import { equals, query } from './record-queries';

const byStartDate = (a: { startDate: string; id: string }, b: { startDate: string; id: string }) =>
  b.startDate.localeCompare(a.startDate) || b.id.localeCompare(a.id);

/** Every campaign on this phone, the latest started first. */
export function everyCampaign(): RecordQuery<'testing_campaign'> {
  return query('everyCampaign', 'testing_campaign', { kind: 'all' }, { order: byStartDate });
}

export function samplingsOfCampaign(campaignId: string): RecordQuery<'sampling'> {
  return query('samplingsOf', 'sampling', equals('campaignId', campaignId));
}

export function exemptionsOfCampaign(campaignId: string): RecordQuery<'campaign_exemption'> {
  return query('exemptionsOf', 'campaign_exemption', equals('campaignId', campaignId));
}

export function resultsOfCampaign(campaignId: string): RecordQuery<'test_result'> {
  return query('resultsOf', 'test_result', equals('campaignId', campaignId));
}
