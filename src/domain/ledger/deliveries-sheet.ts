/**
 * The deliveries of a date range (配送台账, 送菜送药): one row per delivery, oldest first, with what its
 * help request asked for (kind, needs, urgent), who asked for it and where, how it was delivered and by
 * which volunteer. The place is the request's own (building, unit, room), so a room not yet registered
 * is written all the same. A delivery whose request is not on this phone keeps its own cells and leaves
 * the request's empty. Voided deliveries stay, marked; so does a delivery by a volunteer who lost the
 * claim to another.
 */
import type { EntityRecord } from '../entities/entity-record';
import { valueKey } from './ledger-keys';
import { type DateRange, inRange, phoneCell, placeCell, textCell, voidedCell, workerCell, type Workers, yesNoCell } from './ledger-cells';
import { dayOf, makeSheet, wallClockCell, type CellValue, type ColumnSpec, type LedgerOptions, type LedgerSheet } from './ledger-sheet';
import { byId } from '../../shared/by-id';

export const DELIVERIES_COLUMNS: readonly ColumnSpec[] = [
  { key: 'date', kind: 'date' },
  { key: 'time', kind: 'time' },
  { key: 'address', kind: 'text' },
  { key: 'requestKind', kind: 'text' },
  { key: 'needs', kind: 'text' },
  { key: 'urgent', kind: 'text' },
  { key: 'contact', kind: 'text' },
  { key: 'phone', kind: 'text' },
  { key: 'deliveryMethod', kind: 'text' },
  { key: 'volunteer', kind: 'text' },
  { key: 'note', kind: 'text' },
  { key: 'voided', kind: 'text' },
];

export interface DeliveriesInput {
  deliveries: readonly EntityRecord<'delivery'>[];
  helpRequests: readonly EntityRecord<'help_request'>[];
  buildings: readonly EntityRecord<'building'>[];
}

export interface DeliveriesOptions extends LedgerOptions {
  /** The days, in the phone's time zone, both included (of the delivery, not of the request). */
  range: DateRange;
  workers: Workers;
}

/** The request's own place (a room not yet registered has no household to look up). */
function requestPlace(request: EntityRecord<'help_request'>, buildings: ReadonlyMap<string, EntityRecord<'building'>>): string | null {
  return placeCell(buildings.get(request.buildingId)?.name, request.unit, request.room);
}

/**
 * The volunteer who delivered (the delivery's author). When their name is not among the workers', the
 * request's claimant name stands in if they are the same person (a volunteer is not always in the list).
 */
function volunteerCell(delivery: EntityRecord<'delivery'>, request: EntityRecord<'help_request'> | undefined, workers: Workers): string | null {
  const known = workerCell(delivery, workers);
  if (known !== null || request === undefined) return known;
  const author = delivery.createdBy ?? workers.selfId;
  return author === request.claimedBy ? textCell(request.claimedByName) : null;
}

export function deliveriesSheet(input: DeliveriesInput, options: DeliveriesOptions): LedgerSheet {
  const buildings = byId(input.buildings);
  const requests = byId(input.helpRequests);
  const deliveries = inRange(input.deliveries, options.range, (delivery) => delivery.deliveredAt);
  const rows = deliveries.map((delivery): CellValue[] => {
    const at = wallClockCell(delivery.deliveredAt);
    const request = requests.get(delivery.helpRequestId);
    return [
      dayOf(at),
      at,
      request ? requestPlace(request, buildings) : null,
      request ? textCell(options.label(valueKey('requestKind', request.kind))) : null,
      textCell(request?.needs),
      request ? yesNoCell(request.urgent, options.label) : null,
      textCell(request?.contactName),
      phoneCell(request?.contactPhone, options.mask),
      textCell(options.label(valueKey('deliveryMethod', delivery.outcome))),
      volunteerCell(delivery, request, options.workers),
      textCell(delivery.note),
      voidedCell(delivery, options.label),
    ];
  });
  return makeSheet('deliveries', DELIVERIES_COLUMNS, rows, options, options.range);
}
