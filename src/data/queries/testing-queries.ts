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

/** The samplings of one tube of a campaign (the site's current tube: how many it holds). */
export function samplingsInTube(campaignId: string, tubeNumber: string): RecordQuery<'sampling'> {
  return query(`samplingsInTube:${campaignId}`, 'sampling', equals('tubeNumber', tubeNumber), { filter: (s) => s.campaignId === campaignId });
}

/** A resident's samplings in a campaign (the site's person found: sampled already?). */
export function samplingsOfResidentIn(campaignId: string, residentId: string): RecordQuery<'sampling'> {
  return query(`samplingsOfResidentIn:${campaignId}`, 'sampling', equals('residentId', residentId), { filter: (s) => s.campaignId === campaignId });
}

/**
 * The newest `n` samplings this phone made at a site of a campaign: made here and not pulled back yet
 * (no createdBy), or made by this user; the latest sampled first. Read from the newest back, never the
 * whole campaign.
 */
export function newestSamplingsAtSite(campaignId: string, siteId: string, userId: string | undefined, n: number): RecordQuery<'sampling'> {
  return query(`newestAtSite:${siteId}:${userId ?? ''}:${n}`, 'sampling', equals('campaignId', campaignId), {
    filter: (s) => s.siteId === siteId && (s.createdBy === undefined || s.createdBy === userId),
    newest: n,
    order: (a, b) => Date.parse(b.sampledAt) - Date.parse(a.sampledAt) || (a.id < b.id ? 1 : -1),
  });
}
