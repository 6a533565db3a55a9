/**
 * The delivery ledger of one day, per building, from the records on the secretary's phone: the
 * requests by state (new that day; open or unconfirmed, and claimed, as they stand now; delivered,
 * cancelled and rejected that day), the deliveries made that day, the requests waiting over 4 hours
 * (isWaitingTooLong) and the deliveries made by a volunteer other than the one whose claim won
 * ("Claimed by another volunteer": kept, never lost, shown here). Pure: the screen reads, this counts.
 */
import type { LocalRecord } from '../../data';
import { isWaitingTooLong } from '../../domain/requests/help-request-display';
import { localDay } from '../../shared/local-date';

type Request = LocalRecord<'help_request'>;
type Delivery = LocalRecord<'delivery'>;

export interface LedgerCounts {
  new: number;
  open: number;
  claimed: number;
  delivered: number;
  cancelled: number;
  rejected: number;
  deliveries: number;
}

export const LEDGER_COLUMNS: readonly (keyof LedgerCounts)[] = ['new', 'open', 'claimed', 'delivered', 'cancelled', 'rejected', 'deliveries'];

export interface LedgerDelivery {
  delivery: Delivery;
  /** Its request, when this phone has it. */
  request: Request | null;
  /** Made by a volunteer other than the request's claimedBy: the other claim reached the server first. */
  byOtherVolunteer: boolean;
}

export interface LedgerBuilding {
  buildingId: string;
  /** null: a building this phone does not have. */
  name: string | null;
  counts: LedgerCounts;
  /** Open or unconfirmed requests asked more than 4 hours ago, oldest first. */
  waiting: Request[];
  /** The day's deliveries, newest first. */
  deliveries: LedgerDelivery[];
}

export interface LedgerInput {
  /** The day, YYYY-MM-DD (the phone's calendar). */
  date: string;
  requests: readonly Request[];
  /** Deliveries read for the day (voided ones are left out here). */
  deliveries: readonly Delivery[];
  buildings: readonly LocalRecord<'building'>[];
  now: number;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function timeOf(timestamp: string | undefined, fallback: number): number {
  const at = timestamp ? Date.parse(timestamp) : NaN;
  return Number.isFinite(at) ? at : fallback;
}

function emptyCounts(): LedgerCounts {
  return { new: 0, open: 0, claimed: 0, delivered: 0, cancelled: 0, rejected: 0, deliveries: 0 };
}

/** Whether a delivery was made by someone other than the volunteer whose claim the request holds. */
export function isByOtherVolunteer(delivery: Delivery, request: Request | null): boolean {
  return request?.claimedBy !== undefined && delivery.createdBy !== undefined && delivery.createdBy !== request.claimedBy;
}

export function deliveryLedger({ date, requests, deliveries, buildings, now }: LedgerInput): LedgerBuilding[] {
  const { start, end } = localDay(date);
  const onDay = (at: number) => at >= start && at < end;
  const names = new Map(buildings.map((building) => [building.id, building.name]));
  const requestsById = new Map(requests.map((request) => [request.id, request]));
  const rows = new Map<string, LedgerBuilding>();
  const rowOf = (buildingId: string) => {
    let row = rows.get(buildingId);
    if (!row) {
      row = { buildingId, name: names.get(buildingId) ?? null, counts: emptyCounts(), waiting: [], deliveries: [] };
      rows.set(buildingId, row);
    }
    return row;
  };

  const kept = deliveries.filter((delivery) => delivery.voidedAt === undefined && onDay(timeOf(delivery.deliveredAt, NaN)));
  const deliveredThatDay = new Set(kept.map((delivery) => delivery.helpRequestId));
  for (const delivery of [...kept].sort((a, b) => b.deliveredAt.localeCompare(a.deliveredAt))) {
    const request = requestsById.get(delivery.helpRequestId) ?? null;
    const row = rowOf(request?.buildingId ?? '');
    row.counts.deliveries += 1;
    row.deliveries.push({ delivery, request, byOtherVolunteer: isByOtherVolunteer(delivery, request) });
  }

  for (const request of requests) {
    // A request saved on this phone and not yet back from the server has no createdAt: it is new now.
    const created = timeOf(request.createdAt, now);
    if (created >= end) continue;
    const changedOnDay = onDay(timeOf(request.updatedAt, created));
    const counts = { ...emptyCounts() };
    if (onDay(created)) counts.new = 1;
    if (request.state === 'open' || request.state === 'unconfirmed') counts.open = 1;
    if (request.state === 'claimed') counts.claimed = 1;
    if (request.state === 'delivered' && (deliveredThatDay.has(request.id) || changedOnDay)) counts.delivered = 1;
    if (request.state === 'cancelled' && changedOnDay) counts.cancelled = 1;
    if (request.state === 'rejected' && changedOnDay) counts.rejected = 1;
    const waiting = isWaitingTooLong(request, now);
    if (!waiting && Object.values(counts).every((n) => n === 0)) continue;
    const row = rowOf(request.buildingId);
    for (const column of LEDGER_COLUMNS) row.counts[column] += counts[column];
    if (waiting) row.waiting.push(request);
  }

  for (const row of rows.values()) row.waiting.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
  return [...rows.values()].sort((a, b) => {
    if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1;
    return collator.compare(a.name, b.name);
  });
}

/** The community's total of each column. */
export function ledgerTotal(rows: readonly LedgerBuilding[]): LedgerCounts {
  const total = emptyCounts();
  for (const row of rows) for (const column of LEDGER_COLUMNS) total[column] += row.counts[column];
  return total;
}
