/**
 * Who a testing campaign expects and where each of them stands: sampled, away, home sampling or not
 * tested. Pure and free of zod (types only): the site screen, the building view and the overview share it.
 *
 * Expected: the residents of the campaign's buildings (every building given when the campaign names
 * none) who live there, and those of them sampled in the campaign even if they moved out since (a
 * resident who moved out and was never sampled is no longer expected). Voided records count for nothing.
 */
import type { CampaignExemption, ExemptionKind } from '../entities/campaign-exemption';
import type { EntityRecord } from '../entities/entity-record';
import type { Sampling } from '../entities/sampling';
import type { TestingCampaign } from '../entities/testing-campaign';
import type { TestResult } from '../entities/test-result';
import { livesThere } from '../entities/resident';

/** A synced event as the figures read it: its own fields, its id and, when undone, its void time. */
export type CampaignEvent<T> = T & { id: string; voidedAt?: string };

export type CampaignRow = Pick<TestingCampaign, 'buildingIds' | 'poolSize'> & { id: string };
export type SamplingRow = CampaignEvent<Pick<Sampling, 'campaignId' | 'residentId' | 'householdId' | 'sampledAt' | 'siteId' | 'atHome' | 'tubeNumber'>>;
export type ExemptionRow = CampaignEvent<Pick<CampaignExemption, 'campaignId' | 'residentId' | 'householdId' | 'kind' | 'returnDate' | 'note'>>;
export type ResultRow = CampaignEvent<Pick<TestResult, 'campaignId' | 'tubeNumber' | 'result' | 'resultAt'>>;
export type ResidentRow = Pick<EntityRecord<'resident'>, 'id' | 'householdId' | 'name' | 'movedOutOn'>;
export type HouseholdRow = Pick<EntityRecord<'household'>, 'id' | 'buildingId' | 'unit' | 'room'>;
export type BuildingRow = Pick<EntityRecord<'building'>, 'id' | 'gridId' | 'name'>;

export const CAMPAIGN_STATES = ['sampled', 'away', 'home_sampling', 'not_tested'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** The records one campaign's figures are computed from (records of other campaigns are skipped). */
export interface CampaignPeopleInput<R extends ResidentRow = ResidentRow, H extends HouseholdRow = HouseholdRow, B extends BuildingRow = BuildingRow> {
  campaign: CampaignRow;
  /** The community's buildings (or just the one a building view shows). */
  buildings: readonly B[];
  households: readonly H[];
  residents: readonly R[];
  samplings: readonly SamplingRow[];
  exemptions: readonly ExemptionRow[];
}

/** One expected resident, with their place and state. */
export interface ExpectedResident<R extends ResidentRow = ResidentRow, H extends HouseholdRow = HouseholdRow, B extends BuildingRow = BuildingRow> {
  resident: R;
  household: H;
  building: B;
  state: CampaignState;
  /** Live samplings of this resident in the campaign, earliest first. */
  samplings: SamplingRow[];
  /** Sampled more than once: warned, not blocked. */
  sampledTwice: boolean;
  /** The live exemption that applies (away before home sampling), even once sampled. */
  exemption?: ExemptionRow;
}

/** Live records of the campaign, by resident, in the order given. */
function liveByResident<T extends { campaignId: string; residentId: string; voidedAt?: string }>(records: readonly T[], campaignId: string): Map<string, T[]> {
  const byResident = new Map<string, T[]>();
  for (const record of records) {
    if (record.voidedAt !== undefined || record.campaignId !== campaignId) continue;
    const list = byResident.get(record.residentId);
    if (list) list.push(record);
    else byResident.set(record.residentId, [record]);
  }
  return byResident;
}

/** The exemption that applies: a live "Away" before a live "Home sampling"; of one kind, the latest created (greatest id). */
export function applyingExemption(exemptions: readonly ExemptionRow[] | undefined): ExemptionRow | undefined {
  let best: ExemptionRow | undefined;
  for (const exemption of exemptions ?? []) {
    if (exemption.voidedAt !== undefined) continue;
    if (!best || rank(exemption.kind) < rank(best.kind) || (exemption.kind === best.kind && exemption.id > best.id)) best = exemption;
  }
  return best;
}

function rank(kind: ExemptionKind): number {
  return kind === 'away' ? 0 : 1;
}

/** The state of a resident from their live samplings and exemption. */
export function campaignState(liveSamplings: number, exemption: Pick<ExemptionRow, 'kind'> | undefined): CampaignState {
  if (liveSamplings > 0) return 'sampled';
  if (exemption?.kind === 'away') return 'away';
  if (exemption?.kind === 'home_sampling') return 'home_sampling';
  return 'not_tested';
}

/** Whether the campaign expects the residents of a building: named in its list, or every building when it names none. */
export function campaignCoversBuilding(campaign: Pick<CampaignRow, 'buildingIds'>, buildingId: string): boolean {
  return campaign.buildingIds === undefined || campaign.buildingIds.includes(buildingId);
}

/**
 * Every expected resident with their state, in the order of `residents`. A resident whose household or
 * building is not among the inputs is left out (their place is unknown).
 */
export function expectedResidents<R extends ResidentRow, H extends HouseholdRow, B extends BuildingRow>(
  input: CampaignPeopleInput<R, H, B>,
): ExpectedResident<R, H, B>[] {
  const { campaign } = input;
  const covered = new Set(campaign.buildingIds ?? input.buildings.map((b) => b.id));
  const buildings = new Map<string, B>();
  for (const building of input.buildings) if (covered.has(building.id)) buildings.set(building.id, building);
  const households = new Map<string, H>();
  for (const household of input.households) if (buildings.has(household.buildingId)) households.set(household.id, household);
  const samplings = liveByResident(input.samplings, campaign.id);
  const exemptions = liveByResident(input.exemptions, campaign.id);

  const expected: ExpectedResident<R, H, B>[] = [];
  for (const resident of input.residents) {
    const household = households.get(resident.householdId);
    const building = household ? buildings.get(household.buildingId) : undefined;
    if (!household || !building) continue;
    const own = [...(samplings.get(resident.id) ?? [])].sort(bySampledAt);
    if (own.length === 0 && !livesThere(resident)) continue;
    const exemption = applyingExemption(exemptions.get(resident.id));
    expected.push({
      resident,
      household,
      building,
      state: campaignState(own.length, exemption),
      samplings: own,
      sampledTwice: own.length > 1,
      ...(exemption ? { exemption } : {}),
    });
  }
  return expected;
}

function bySampledAt(a: SamplingRow, b: SamplingRow): number {
  return Date.parse(a.sampledAt) - Date.parse(b.sampledAt) || a.id.localeCompare(b.id);
}

/** The live samplings of a resident in a campaign, earliest first: the site screen's "sampled twice" warning. */
export function samplingsOfResident(samplings: readonly SamplingRow[], campaignId: string, residentId: string): SamplingRow[] {
  return samplings.filter((s) => s.voidedAt === undefined && s.campaignId === campaignId && s.residentId === residentId).sort(bySampledAt);
}

/**
 * Live samplings of the campaign whose resident is not expected in the campaign's buildings (someone
 * from a building outside its list, or unknown to these inputs): counted in their tubes, not in the
 * buildings' figures.
 */
export function samplingsOutside(input: CampaignPeopleInput, expected: readonly ExpectedResident[]): SamplingRow[] {
  const inside = new Set(expected.map((e) => e.resident.id));
  return input.samplings.filter((s) => s.voidedAt === undefined && s.campaignId === input.campaign.id && !inside.has(s.residentId));
}
