import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../../src/domain/entities/entity-record';
import { deliveriesSheet, type DeliveriesOptions } from '../../../../src/domain/ledger/deliveries-sheet';
import { cellMatchesKind, type CellValue, type LedgerSheet } from '../../../../src/domain/ledger/ledger-sheet';
import { aBuilding, aDelivery, aHelpRequest, sampleIds } from '../../../fixtures/domain-records';

const volunteer = '0190a000-0000-7000-8000-0000000000a1';
const self = '0190a000-0000-7000-8000-0000000000a2';
const unlisted = '0190a000-0000-7000-8000-0000000000a3';
const groceriesId = '0190a000-0000-7000-8000-000000000501';
const medicineId = '0190a000-0000-7000-8000-000000000502';
const unregisteredId = '0190a000-0000-7000-8000-000000000503';

const options: DeliveriesOptions = {
  title: { community: '幸福社区', exportedAt: new Date(), exportedBy: '王书记' },
  mask: true,
  label: (key) => `<${key}>`,
  range: { from: '2026-11-25', to: '2026-11-25' },
  workers: { names: new Map([[volunteer, '赵志愿'], [self, '王书记']]), selfId: self },
};

const building: EntityRecord<'building'> = { ...aBuilding(), id: sampleIds.building, version: 1 };

const helpRequests: EntityRecord<'help_request'>[] = [
  { ...aHelpRequest(), id: groceriesId, version: 1 },
  {
    ...aHelpRequest({ kind: 'medicine', needs: '=HYPERLINK("http://x")', urgent: true, contactName: '李四', contactPhone: '010-66001234' }),
    claimedBy: unlisted,
    claimedByName: '孙志愿',
    id: medicineId,
    version: 1,
  },
  // A resident's request through the unit poster, for a room not registered: no household.
  { ...aHelpRequest({ householdId: undefined, room: '502', askedBy: 'resident' }), id: unregisteredId, version: 1 },
];

function at(day: number, hour: number, minute = 0): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

function delivery(id: string, fields: Partial<EntityRecord<'delivery'>>): EntityRecord<'delivery'> {
  return { ...aDelivery(), createdBy: volunteer, id, version: 1, ...fields };
}

function rowsOf(sheet: LedgerSheet): Record<string, CellValue>[] {
  return sheet.rows.map((row) => Object.fromEntries(sheet.columns.map((column, index) => [column.key, row[index] ?? null])));
}

const deliveries = [
  delivery('0190a000-0000-7000-8000-000000000511', { helpRequestId: medicineId, deliveredAt: at(25, 16, 20), outcome: 'handed_over', createdBy: unlisted }),
  delivery('0190a000-0000-7000-8000-000000000512', { helpRequestId: groceriesId, deliveredAt: at(25, 9, 5), note: '-放在门口鞋柜上' }),
  delivery('0190a000-0000-7000-8000-000000000513', { helpRequestId: groceriesId, deliveredAt: at(24, 23, 59) }),
  delivery('0190a000-0000-7000-8000-000000000514', { helpRequestId: unregisteredId, deliveredAt: at(26, 0, 0) }),
  delivery('0190a000-0000-7000-8000-000000000515', { helpRequestId: unregisteredId, deliveredAt: at(25, 12), voidedAt: at(25, 13), voidReason: '送错楼' }),
];

describe('deliveriesSheet', () => {
  const sheet = deliveriesSheet({ deliveries, helpRequests, buildings: [building] }, options);
  const rows = rowsOf(sheet);

  it('writes the deliveries of the range only, oldest first, titled as the deliveries register', () => {
    expect(rows.map((r) => r.time)).toEqual([
      new Date(Date.UTC(2026, 10, 25, 9, 5)),
      new Date(Date.UTC(2026, 10, 25, 12)),
      new Date(Date.UTC(2026, 10, 25, 16, 20)),
    ]);
    expect(rows.every((r) => String(r.date) === String(new Date(Date.UTC(2026, 10, 25))))).toBe(true);
    expect(sheet.key).toBe('deliveries');
    expect(sheet.title.register).toBe('ledger:registers.deliveries');
    expect(sheet.title.dateRange).toEqual({ from: '2026-11-25', to: '2026-11-25' });
  });

  it('writes the request’s place, kind, needs and contact with the phone masked, and how and by whom it was delivered', () => {
    expect(rows[0]).toEqual({
      date: new Date(Date.UTC(2026, 10, 25)),
      time: new Date(Date.UTC(2026, 10, 25, 9, 5)),
      address: '3号楼-2-501',
      requestKind: '<ledger:values.requestKind.groceries>',
      needs: '大米一袋，青菜两斤',
      urgent: '<ledger:values.yesNo.no>',
      contact: '张三丰',
      phone: '138****1234',
      deliveryMethod: '<ledger:values.deliveryMethod.left_at_door>',
      volunteer: '赵志愿',
      note: "'-放在门口鞋柜上",
      voided: null,
    });
    expect(rows[2]).toMatchObject({
      requestKind: '<ledger:values.requestKind.medicine>',
      urgent: '<ledger:values.yesNo.yes>',
      phone: '********1234',
      deliveryMethod: '<ledger:values.deliveryMethod.handed_over>',
    });
    expect(sheet.columns.every((column, index) => sheet.rows.every((row) => cellMatchesKind(row[index] ?? null, column.kind)))).toBe(true);
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    expect(rows[2]?.needs).toBe('\'=HYPERLINK("http://x")');
  });

  it('writes phones in full when the file is not masked', () => {
    const full = rowsOf(deliveriesSheet({ deliveries, helpRequests, buildings: [building] }, { ...options, mask: false }));
    expect(full.map((r) => r.phone)).toEqual(['13812341234', '13812341234', '010-66001234']);
  });

  it('writes the room of an unregistered household from the request, and marks a voided delivery with its reason', () => {
    expect(rows[1]).toMatchObject({ address: '3号楼-2-502', voided: '<ledger:values.voided.voided>：送错楼' });
  });

  it('names an unlisted volunteer by the request’s claim when they claimed it, and nobody otherwise', () => {
    expect(rows[2]?.volunteer).toBe('孙志愿');
    const stranger = delivery('0190a000-0000-7000-8000-000000000516', { helpRequestId: groceriesId, deliveredAt: at(25, 10), createdBy: unlisted });
    const [row] = rowsOf(deliveriesSheet({ deliveries: [stranger], helpRequests, buildings: [building] }, options));
    expect(row?.volunteer).toBeNull();
  });

  it('keeps a delivery whose request is not on this phone, with the request’s cells empty', () => {
    const orphan = delivery('0190a000-0000-7000-8000-000000000517', { helpRequestId: '0190a000-0000-7000-8000-000000000599', deliveredAt: at(25, 11) });
    const [row] = rowsOf(deliveriesSheet({ deliveries: [orphan], helpRequests, buildings: [building] }, options));
    expect(row).toMatchObject({ address: null, requestKind: null, needs: null, urgent: null, contact: null, phone: null, volunteer: '赵志愿' });
    expect(row?.deliveryMethod).toBe('<ledger:values.deliveryMethod.left_at_door>');
  });
});
