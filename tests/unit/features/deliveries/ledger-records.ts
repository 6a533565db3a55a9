/**
 * A community's help requests and deliveries around 30 November 2026, 15:00 local time, for the
 * delivery ledger's tests: what each building counts today and the day before is worked out beside
 * each record.
 */
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { aDelivery, aHelpRequest } from '../../../fixtures/domain-records';
import { localRecord } from '../../../fixtures/fake-data-client';

export const NOW = new Date(2026, 10, 30, 15, 0);
/** Local time on 30 November 2026 (daysBack: on an earlier day). */
export const at = (hour: number, minute = 0, daysBack = 0) => new Date(2026, 10, 30 - daysBack, hour, minute).toISOString();

export const B1 = '0192f1b4-0000-7000-8000-0000000000b1';
export const B2 = '0192f1b4-0000-7000-8000-0000000000b2';
export const V1 = '0192f1b4-0000-7000-8000-0000000000f1';
export const V2 = '0192f1b4-0000-7000-8000-0000000000f2';
const GRID = '0192f1b4-0000-7000-8000-0000000000a1';
export const id = (n: number) => `0192f1b4-6666-7000-8000-${String(n).padStart(12, '0')}`;

export const buildings: LocalRecord<'building'>[] = [
  localRecord('building', B2, { gridId: GRID, name: '2栋', units: 2, floors: 6, sealed: false }),
  localRecord('building', B1, { gridId: GRID, name: '1栋', units: 2, floors: 6, sealed: true, sealedSince: '2026-11-20' }),
];

type Meta = { createdAt: string; updatedAt?: string; createdBy?: string; voidedAt?: string };

function request(n: number, buildingId: string, fields: Partial<EntityData<'help_request'>> & Meta): LocalRecord<'help_request'> {
  return localRecord('help_request', id(n), { ...aHelpRequest({ buildingId, householdId: undefined, unit: '1', room: `${100 + n}` }), updatedAt: fields.createdAt, ...fields });
}

function delivery(n: number, requestNumber: number, fields: Partial<EntityData<'delivery'>> & Meta): LocalRecord<'delivery'> {
  return localRecord('delivery', id(100 + n), { ...aDelivery({ helpRequestId: id(requestNumber) }), ...fields });
}

export const requests: LocalRecord<'help_request'>[] = [
  // 1栋 today: new 2, open 2 (one unconfirmed), claimed 1, delivered 1; r1 waits 7 h.
  request(1, B1, { kind: 'medicine', state: 'open', createdAt: at(8) }),
  request(2, B1, { state: 'unconfirmed', askedBy: 'resident', createdAt: at(13) }),
  request(3, B1, { state: 'claimed', claimedBy: V1, claimedByName: '李志愿', claimedAt: at(11), createdAt: at(10, 0, 1), updatedAt: at(11) }),
  request(4, B1, { state: 'delivered', claimedBy: V1, claimedByName: '李志愿', claimedAt: at(9), createdAt: at(9, 0, 1), updatedAt: at(9, 30) }),
  // 2栋 today: new 1 (cancelled the same day), open 1 (r7, asked two days ago: waiting).
  request(5, B2, { state: 'cancelled', closedReason: '重复', createdAt: at(9), updatedAt: at(10) }),
  request(6, B2, { state: 'delivered', claimedBy: V1, claimedByName: '李志愿', createdAt: at(8, 0, 1), updatedAt: at(12, 0, 1) }),
  request(7, B2, { kind: 'groceries', state: 'open', urgent: true, createdAt: at(16, 0, 2) }),
];

export const deliveries: LocalRecord<'delivery'>[] = [
  // r4: delivered by the volunteer who claimed it, and by a second volunteer whose claim lost (kept).
  delivery(1, 4, { outcome: 'handed_over', deliveredAt: at(9, 30), createdAt: at(9, 30), createdBy: V1 }),
  delivery(2, 4, { outcome: 'left_at_door', deliveredAt: at(10), createdAt: at(10), createdBy: V2, note: '门口' }),
  // A delivery recorded by mistake and voided: not counted.
  delivery(3, 3, { deliveredAt: at(11, 30), createdAt: at(11, 30), createdBy: V1, voidedAt: at(11, 40) }),
  // r6: delivered yesterday.
  delivery(4, 6, { deliveredAt: at(12, 0, 1), createdAt: at(12, 0, 1), createdBy: V1 }),
];
