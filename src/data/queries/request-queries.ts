/**
 * The reads of help requests and deliveries (issue 13), by purpose, each on an index: the requests of
 * a building or a household, the requests in one state (a volunteer's open ones, the unconfirmed ones
 * to confirm), a request's deliveries and the deliveries of some days. Kept apart from record-queries.ts
 * so they load with the screens that use them.
 */
import { compareForVolunteer } from '../../domain/requests/help-request-display';
import { withinDays, type LocalDay } from '../../shared/local-date';
import type { RecordQuery } from './record-query';
import { between, equals, newestFirst, query } from './record-queries';

/** A building's requests, newest first. */
export function helpRequestsOfBuilding(buildingId: string): RecordQuery<'help_request'> {
  return query('requestsOfBuilding', 'help_request', equals('buildingId', buildingId), { order: newestFirst((r) => r.createdAt ?? '') });
}

/** A household's requests, newest first. */
export function helpRequestsOfHousehold(householdId: string): RecordQuery<'help_request'> {
  return query('requestsOfHousehold', 'help_request', equals('householdId', householdId), { order: newestFirst((r) => r.createdAt ?? '') });
}

/** The open requests as a volunteer works them: medicine and medical first, then urgent, then oldest. */
export function openRequestsForVolunteer(): RecordQuery<'help_request'> {
  return query('openForVolunteer', 'help_request', equals('state', 'open'), { order: compareForVolunteer });
}

/** Every request on this phone (the delivery ledger, a volunteer's claimed ones). */
export function everyHelpRequest(): RecordQuery<'help_request'> {
  return query('everyRequest', 'help_request', { kind: 'all' });
}

/** A request's deliveries, newest first (voided ones included). */
export function deliveriesOfRequest(helpRequestId: string): RecordQuery<'delivery'> {
  return query('deliveriesOf', 'delivery', equals('helpRequestId', helpRequestId), { order: newestFirst((d) => d.deliveredAt) });
}

/** The deliveries made from one local day to another, both included (voided ones included), newest first. */
export function deliveriesBetween(firstDay: LocalDay, lastDay: LocalDay): RecordQuery<'delivery'> {
  return query('deliveriesBetween', 'delivery', between('deliveredAt', firstDay.lower, lastDay.upper), {
    filter: (delivery) => withinDays(firstDay, lastDay, delivery.deliveredAt),
    order: newestFirst((d) => d.deliveredAt),
  });
}
