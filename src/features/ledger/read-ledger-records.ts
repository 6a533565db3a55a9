/**
 * The records an export needs, read once from this phone's database through the data client (only
 * those the chosen registers use), and who wrote them: the names the secretary's phone has from the
 * phones that synced (device_sync), and the exporting user's own.
 */
import {
  checkpointEntriesBetween,
  dailyReportsBetween,
  deliveriesBetween,
  deviceSyncs,
  checksOfMonitorings,
  everyHelpRequest,
  everyMonitoring,
  everyCampaign,
  exemptionsOfCampaign,
  resultsOfCampaign,
  samplingsOfCampaign,
  everyRecord,
  feverReportsBetween,
  visitsBetween,
  type DataClient,
} from '../../data';
import type { SessionUser } from '../../domain/sync-protocol';
import type { Workers } from '../../domain/ledger/ledger-cells';
import { localDay } from '../../shared/local-date';
import type { ExportChoice, LedgerRecords } from './export-model';

export async function readLedgerRecords(client: DataClient, choice: ExportChoice): Promise<LedgerRecords> {
  const wants = (register: Parameters<ExportChoice['registers']['has']>[0]) => choice.registers.has(register);
  const first = localDay(choice.range.from);
  const last = localDay(choice.range.to);
  const none = Promise.resolve([]);
  const [buildings, households, residents, visits, feverReports, checkpointEntries, checkpoints, dailyReports, grids, deliveries, helpRequests, monitorings] = await Promise.all([
    client.listRecords(everyRecord('building')),
    client.listRecords(everyRecord('household')),
    client.listRecords(everyRecord('resident')),
    wants('visits') ? client.listRecords(visitsBetween(first, last)) : none,
    wants('feverReports') ? client.listRecords(feverReportsBetween(first, last)) : none,
    wants('checkpointLog') ? client.listRecords(checkpointEntriesBetween(first, last)) : none,
    wants('checkpointLog') ? client.listRecords(everyRecord('checkpoint')) : none,
    wants('dailyReports') ? client.listRecords(dailyReportsBetween(choice.range.from, choice.range.to)) : none,
    wants('dailyReports') ? client.listRecords(everyRecord('grid')) : none,
    wants('deliveries') ? client.listRecords(deliveriesBetween(first, last)) : none,
    wants('deliveries') ? client.listRecords(everyHelpRequest()) : none,
    wants('monitoring') ? client.listRecords(everyMonitoring()) : none,
  ]);
  const campaignId = wants('testingCampaign') ? choice.campaignId : undefined;
  const [campaigns, samplings, exemptions, testResults] = campaignId
    ? await Promise.all([
        client.listRecords(everyCampaign()),
        client.listRecords(samplingsOfCampaign(campaignId)),
        client.listRecords(exemptionsOfCampaign(campaignId)),
        client.listRecords(resultsOfCampaign(campaignId)),
      ])
    : [[], [], [], []];
  const monitoringChecks = monitorings.length > 0 ? await client.listRecords(checksOfMonitorings(monitorings.map((m) => m.id))) : [];
  return { buildings, households, residents, visits, feverReports, checkpointEntries, checkpoints, dailyReports, grids, deliveries, helpRequests, monitorings, monitoringChecks, campaigns, samplings, exemptions, testResults };
}

/** Names by user id: the phones that synced with the community (the secretary's), then the user's own. */
export async function readWorkers(client: DataClient, user: SessionUser): Promise<Workers> {
  const names = new Map<string, string>();
  for (const sync of await client.listRecords(deviceSyncs())) names.set(sync.userId, sync.userName);
  names.set(user.id, user.displayName);
  return { names, selfId: user.id };
}

/** The community's name (the reference record the pull delivered), or '' when this phone has none. */
export async function readCommunityName(client: DataClient, user: SessionUser): Promise<string> {
  const communities = await client.listRecords(everyRecord('community'));
  return communities.find((community) => community.id === user.communityId)?.name ?? communities[0]?.name ?? '';
}
