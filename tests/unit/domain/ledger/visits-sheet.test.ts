import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../../src/domain/entities/entity-record';
import { cellMatchesKind, type CellValue, type LedgerSheet } from '../../../../src/domain/ledger/ledger-sheet';
import { visitsSheet, type VisitsOptions } from '../../../../src/domain/ledger/visits-sheet';
import { aBuilding, aHousehold, aResident, aVisit, sampleIds } from '../../../fixtures/domain-records';

const worker1 = '0190a000-0000-7000-8000-0000000000a1';
const self = '0190a000-0000-7000-8000-0000000000a2';

const building: EntityRecord<'building'> = { ...aBuilding(), id: sampleIds.building, version: 1 };
const household: EntityRecord<'household'> = { ...aHousehold(), id: sampleIds.household, version: 1 };
const zhang: EntityRecord<'resident'> = { ...aResident(), id: sampleIds.resident, version: 1 };
const liId = '0190a000-0000-7000-8000-0000000000d1';
const li: EntityRecord<'resident'> = { ...aResident({ name: '李梅', idNumber: undefined }), id: liId, version: 1 };

/** A timestamp at a wall-clock time of the phone's own zone (as the ledger's days are counted). */
function at(day: number, hour: number, minute = 0): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

let next = 0;
function visit(overrides: Partial<EntityRecord<'visit'>>): EntityRecord<'visit'> {
  next += 1;
  return { ...aVisit(), createdBy: worker1, id: `0190a000-0000-7000-8000-0000000001${String(next).padStart(2, '0')}`, version: 1, ...overrides };
}

const visits = [
  visit({ visitedAt: at(22, 23, 59) }),
  visit({
    visitedAt: at(23, 0, 0),
    checks: [
      { residentId: sampleIds.resident, temperature: 36.6, symptoms: [] },
      { residentId: liId, temperature: 37.8, symptoms: ['fever', 'cough'] },
    ],
  }),
  visit({ visitedAt: at(24, 15, 10), outcome: 'not_home', checks: [], createdBy: undefined }),
  visit({ visitedAt: at(25, 23, 59), voidedAt: at(26, 8), voidReason: '录错户' }),
  visit({ visitedAt: at(26, 0, 0) }),
];

const options: VisitsOptions = {
  title: { community: '幸福社区', exportedAt: new Date(), exportedBy: '王书记' },
  mask: true,
  label: (key) => `<${key}>`,
  range: { from: '2026-11-23', to: '2026-11-25' },
  workers: { names: new Map([[worker1, '李网格'], [self, '王书记']]), selfId: self },
};

function rowsOf(sheet: LedgerSheet): Record<string, CellValue>[] {
  return sheet.rows.map((row) => Object.fromEntries(sheet.columns.map((column, index) => [column.key, row[index] ?? null])));
}

/** Every cell fits its column's kind (text columns hold only strings …). */
function everyCellFits(sheet: LedgerSheet): boolean {
  return sheet.rows.every((row) => row.length === sheet.columns.length && row.every((value, index) => cellMatchesKind(value, sheet.columns[index]!.kind)));
}

describe('visitsSheet', () => {
  const sheet = visitsSheet({ visits: [...visits].reverse(), buildings: [building], households: [household], residents: [zhang, li] }, options);
  const rows = rowsOf(sheet);

  it('takes the visits from the first to the last day of the range, both included, oldest first', () => {
    expect(rows.map((r) => r.date)).toEqual([
      new Date(Date.UTC(2026, 10, 23)),
      new Date(Date.UTC(2026, 10, 23)),
      new Date(Date.UTC(2026, 10, 24)),
      new Date(Date.UTC(2026, 10, 25)),
    ]);
    expect(rows[0]?.time).toEqual(new Date(Date.UTC(2026, 10, 23, 0, 0)));
    expect(sheet.title).toMatchObject({ register: 'ledger:registers.visits', dateRange: { from: '2026-11-23', to: '2026-11-25' } });
  });

  it('writes one row per resident checked, with temperature and symptoms, and one for a visit without checks', () => {
    expect(rows.slice(0, 3).map((r) => [r.address, r.outcome, r.resident, r.temperature, r.symptoms])).toEqual([
      ['3号楼-2-501', '<ledger:values.outcome.visited>', '张三', 36.6, null],
      ['3号楼-2-501', '<ledger:values.outcome.visited>', '李梅', 37.8, '<ledger:values.symptoms.fever>、<ledger:values.symptoms.cough>'],
      ['3号楼-2-501', '<ledger:values.outcome.not_home>', null, null, null],
    ]);
  });

  it('names the worker, the exporting user for a visit not yet synced', () => {
    expect(rows.map((r) => r.worker)).toEqual(['李网格', '李网格', '王书记', '李网格']);
  });

  it('marks a voided visit with its reason', () => {
    expect(rows.map((r) => r.voided)).toEqual([null, null, null, '<ledger:values.voided.voided>：录错户']);
  });

  it('types the columns: real date and time cells, temperature as a number', () => {
    expect(Object.fromEntries(sheet.columns.map((c) => [c.key, c.kind]))).toMatchObject({
      date: 'date',
      time: 'time',
      temperature: 'temperature',
      address: 'text',
    });
    expect(everyCellFits(sheet)).toBe(true);
  });
});
