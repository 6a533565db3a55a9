/**
 * A testing campaign's list (核酸检测台账): every expected resident in walking order, a row per live
 * sampling (sampled at, site or at home, tube, the tube's standing result), and one row with their state
 * (away, home sampling, not tested) for those not sampled.
 */
import type { EntityRecord } from '../entities/entity-record';
import { compareExpected } from '../testing/campaign-figures';
import { expectedResidents } from '../testing/campaign-people';
import { latestResults, tubeKey } from '../testing/campaign-tubes';
import { valueKey } from './ledger-keys';
import { placeCell, textCell } from './ledger-cells';
import { makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';

export const TESTING_CAMPAIGN_COLUMNS: readonly ColumnSpec[] = [
  { key: 'name', kind: 'text' },
  { key: 'address', kind: 'text' },
  { key: 'campaignState', kind: 'text' },
  { key: 'sampledAt', kind: 'datetime' },
  { key: 'site', kind: 'text' },
  { key: 'tube', kind: 'text' },
  { key: 'testResult', kind: 'text' },
];

export interface TestingCampaignInput {
  campaign: EntityRecord<'testing_campaign'>;
  samplings: readonly EntityRecord<'sampling'>[];
  exemptions: readonly EntityRecord<'campaign_exemption'>[];
  results: readonly EntityRecord<'test_result'>[];
  buildings: readonly EntityRecord<'building'>[];
  households: readonly EntityRecord<'household'>[];
  residents: readonly EntityRecord<'resident'>[];
}

export function testingCampaignSheet(input: TestingCampaignInput, options: LedgerOptions): LedgerSheet {
  const { campaign } = input;
  const expected = expectedResidents({ campaign, buildings: input.buildings, households: input.households, residents: input.residents, samplings: input.samplings, exemptions: input.exemptions }).sort(compareExpected);
  const standing = latestResults(input.results, campaign.id);
  const sites = new Map(campaign.sites.map((site) => [site.id, site.name]));
  const rows: CellValue[][] = [];
  for (const person of expected) {
    const place = placeCell(person.building.name, person.household.unit, person.household.room);
    const state = textCell(options.label(valueKey('campaignState', person.state)));
    if (person.samplings.length === 0) {
      rows.push([textCell(person.resident.name), place, state, null, null, null, null]);
      continue;
    }
    for (const sampling of person.samplings) {
      const result = standing.get(tubeKey(sampling.tubeNumber))?.result ?? 'pending';
      const site = sampling.atHome ? options.label(valueKey('campaignState', 'home_sampling')) : sites.get(sampling.siteId ?? '');
      rows.push([textCell(person.resident.name), place, state, wallClockCell(sampling.sampledAt), textCell(site), textCell(sampling.tubeNumber), textCell(options.label(valueKey('testResult', result)))]);
    }
  }
  return makeSheet('testingCampaign', TESTING_CAMPAIGN_COLUMNS, rows, options, { from: campaign.startDate, to: campaign.endDate });
}
