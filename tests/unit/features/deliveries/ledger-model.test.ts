import { describe, expect, it } from 'vitest';
import { deliveryLedger, ledgerTotal } from '../../../../src/features/deliveries/ledger-model';
import { B1, B2, buildings, deliveries, id, NOW, requests } from './ledger-records';

const ledgerOn = (date: string) => deliveryLedger({ date, requests, deliveries, buildings, now: NOW.getTime() });

describe('the delivery ledger of a day', () => {
  it('counts each building’s requests by state and the day’s deliveries, buildings in name order', () => {
    const rows = ledgerOn('2026-11-30');
    expect(rows.map((row) => row.name)).toEqual(['1栋', '2栋']);
    expect(rows[0]!.counts).toEqual({ new: 2, open: 2, claimed: 1, delivered: 1, cancelled: 0, rejected: 0, deliveries: 2 });
    expect(rows[1]!.counts).toEqual({ new: 1, open: 1, claimed: 0, delivered: 0, cancelled: 1, rejected: 0, deliveries: 0 });
    expect(ledgerTotal(rows)).toEqual({ new: 3, open: 3, claimed: 1, delivered: 1, cancelled: 1, rejected: 0, deliveries: 2 });
  });

  it('counts another day by that day: its new requests and deliveries; requests asked after it do not count', () => {
    const rows = ledgerOn('2026-11-29');
    const [b1, b2] = [rows.find((row) => row.buildingId === B1)!, rows.find((row) => row.buildingId === B2)!];
    expect(b1.counts).toEqual({ new: 2, open: 0, claimed: 1, delivered: 0, cancelled: 0, rejected: 0, deliveries: 0 });
    expect(b2.counts).toEqual({ new: 1, open: 1, claimed: 0, delivered: 1, cancelled: 0, rejected: 0, deliveries: 1 });
  });

  it('lists open or unconfirmed requests asked more than 4 hours ago, oldest first', () => {
    const rows = ledgerOn('2026-11-30');
    expect(rows[0]!.waiting.map((request) => request.id)).toEqual([id(1)]);
    expect(rows[1]!.waiting.map((request) => request.id)).toEqual([id(7)]);
    // 4 h 1 min later r2 (unconfirmed since 13:00) waits too.
    const later = deliveryLedger({ date: '2026-11-30', requests, deliveries, buildings, now: NOW.getTime() + 2 * 3_600_000 + 60_000 });
    expect(later[0]!.waiting.map((request) => request.id)).toEqual([id(1), id(2)]);
  });

  it('marks a delivery by a volunteer other than the one whose claim the request holds, and keeps it', () => {
    const [b1] = ledgerOn('2026-11-30');
    expect(b1!.deliveries.map((entry) => [entry.delivery.id, entry.byOtherVolunteer])).toEqual([
      [id(102), true],
      [id(101), false],
    ]);
  });
});
