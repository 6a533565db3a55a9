/**
 * The volunteer's reads, through src/data's hooks: their buildings (the only ones this phone holds),
 * the requests of those buildings, and the requests whose claim or delivery the server refused.
 */
import { useMemo } from 'react';
import { everyHelpRequest, everyRecord, useRecords, useRejectedMutations, type LocalRecord } from '../../data';
import { refusedRequestIds, type HelpRequestRecord } from './request-facts';

export type BuildingRecord = LocalRecord<'building'>;

/** The buildings on this phone by id; undefined while loading. */
export function useBuildingsById(): ReadonlyMap<string, BuildingRecord> | undefined {
  const buildings = useRecords(everyRecord('building'));
  return useMemo(() => (buildings ? new Map(buildings.map((building) => [building.id, building])) : undefined), [buildings]);
}

/** Every request on this phone by id (a volunteer's phone holds only their buildings' confirmed ones). */
export function useRequestsById(): ReadonlyMap<string, HelpRequestRecord> | undefined {
  const requests = useRecords(everyHelpRequest());
  return useMemo(() => (requests ? new Map(requests.map((request) => [request.id, request])) : undefined), [requests]);
}

/** The ids of the requests this phone's claim or delivery of was refused: another volunteer's claim came first. */
export function useRefusedRequests(): ReadonlySet<string> {
  const rejected = useRejectedMutations();
  return useMemo(() => refusedRequestIds(rejected), [rejected]);
}
