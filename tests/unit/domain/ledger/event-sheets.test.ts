import { describe, expect, it } from 'vitest';
import type { EntityData, EntityRecord } from '../../../../src/domain/entities/entity-record';
import { checkpointLogSheet } from '../../../../src/domain/ledger/checkpoint-log-sheet';
import { dailyReportsSheet } from '../../../../src/domain/ledger/daily-reports-sheet';
import { feverReportsSheet } from '../../../../src/domain/ledger/fever-reports-sheet';
import { cellMatchesKind, type CellValue, type LedgerOptions, type LedgerSheet } from '../../../../src/domain/ledger/ledger-sheet';
import {
  aBuilding,
  aCheckpointEntry,
  aFeverReport,
  aHousehold,
  aResident,
  aResidentCheckpointEntry,
  sampleIds,
} from '../../../fixtures/domain-records';

const worker1 = '0190a000-0000-7000-8000-0000000000a1';
const self = '0190a000-0000-7000-8000-0000000000a2';
const workers = { names: new Map([[worker1, '李网格'], [self, '王书记']]), selfId: self };
const base: LedgerOptions = {
  title: { community: '幸福社区', exportedAt: new Date(), exportedBy: '王书记' },
  mask: true,
  label: (key) => `<${key}>`,
};

const building: EntityRecord<'building'> = { ...aBuilding(), id: sampleIds.building, version: 1 };
const household: EntityRecord<'household'> = { ...aHousehold(), id: sampleIds.household, version: 1 };
const zhang: EntityRecord<'resident'> = { ...aResident(), id: sampleIds.resident, version: 1 };
const places = { buildings: [building], households: [household], residents: [zhang] };

function at(day: number, hour: number, minute = 0): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

function rowsOf(sheet: LedgerSheet): Record<string, CellValue>[] {
  return sheet.rows.map((row) => Object.fromEntries(sheet.columns.map((column, index) => [column.key, row[index] ?? null])));
}

/** Every cell fits its column's kind (text columns hold only strings …). */
function everyCellFits(sheet: LedgerSheet): boolean {
  return sheet.rows.every((row) => row.length === sheet.columns.length && row.every((value, index) => cellMatchesKind(value, sheet.columns[index]!.kind)));
}

describe('feverReportsSheet', () => {
  const report = (id: string, reportedAt: string, extra: Partial<EntityRecord<'fever_report'>> = {}): EntityRecord<'fever_report'> => ({
    ...aFeverReport(),
    reportedAt,
    id,
    version: 1,
    createdBy: worker1,
    ...extra,
  });
  const reports = [
    report('0190a000-0000-7000-8000-000000000201', at(25, 9, 35)),
    report('0190a000-0000-7000-8000-000000000202', at(20, 9), { voidedAt: at(20, 10) }),
  ];

  it('writes a row per report, oldest first, with the resident’s masked phone and the household’s place', () => {
    const rows = rowsOf(feverReportsSheet({ reports, ...places }, { ...base, workers }));
    expect(rows.map((r) => r.date)).toEqual([new Date(Date.UTC(2026, 10, 20)), new Date(Date.UTC(2026, 10, 25))]);
    expect(rows[1]).toMatchObject({
      name: '张三',
      phone: '139****5678',
      address: '3号楼-2-501',
      temperature: 38.2,
      onsetDate: new Date(Date.UTC(2026, 10, 24)),
      action: '<ledger:values.action.fever_clinic>',
      worker: '李网格',
      voided: null,
    });
    expect(rows[0]?.voided).toBe('<ledger:values.voided.voided>');
    expect(everyCellFits(feverReportsSheet({ reports, ...places }, { ...base, workers }))).toBe(true);
  });

  it('keeps to a date range when given one', () => {
    const sheet = feverReportsSheet({ reports, ...places }, { ...base, workers, range: { from: '2026-11-21', to: '2026-11-25' } });
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.title.dateRange).toEqual({ from: '2026-11-21', to: '2026-11-25' });
  });
});

describe('checkpointLogSheet', () => {
  const eastGate: EntityRecord<'checkpoint'> = { communityId: sampleIds.community, name: '东门', id: sampleIds.checkpoint, version: 1 };
  const westGateId = '0190a000-0000-7000-8000-000000000301';
  const westGate: EntityRecord<'checkpoint'> = { communityId: sampleIds.community, name: '西门', id: westGateId, version: 1 };
  const entry = (id: string, fields: EntityData<'checkpoint_entry'>): EntityRecord<'checkpoint_entry'> => ({
    ...fields,
    id,
    version: 1,
    createdBy: worker1,
  });
  const entries = [
    entry('0190a000-0000-7000-8000-000000000311', aCheckpointEntry({ at: at(25, 7, 45), idNumber: '110102199001011234' })),
    entry('0190a000-0000-7000-8000-000000000312', aResidentCheckpointEntry({ at: at(25, 8), maskWorn: false })),
    entry('0190a000-0000-7000-8000-000000000313', aCheckpointEntry({ at: at(25, 9), checkpointId: westGateId })),
    entry('0190a000-0000-7000-8000-000000000314', aCheckpointEntry({ at: at(26, 0, 1) })),
  ];

  it('writes the chosen checkpoints’ entries of the range, masked, with the four checks as yes/no', () => {
    const sheet = checkpointLogSheet(
      { entries, checkpoints: [eastGate, westGate], ...places },
      { ...base, workers, range: { from: '2026-11-25', to: '2026-11-25' }, checkpointIds: [sampleIds.checkpoint] },
    );
    const rows = rowsOf(sheet);
    expect(rows.map((r) => r.name)).toEqual(['李四', '张三']);
    expect(rows[0]).toMatchObject({
      checkpoint: '东门',
      direction: '<ledger:values.direction.in>',
      idNumber: '110102********1234',
      phone: '137****1111',
      purpose: '<ledger:values.purpose.relative>',
      address: null,
      idChecked: '<ledger:values.yesNo.yes>',
      healthCode: '<ledger:values.healthCode.green>',
      outcome: '<ledger:values.checkpointOutcome.allowed>',
    });
    expect(everyCellFits(sheet)).toBe(true);
    expect(rows[1]).toMatchObject({ address: '3号楼-2-501', phone: '139****5678', maskWorn: '<ledger:values.yesNo.no>', purpose: null });
  });
});

describe('dailyReportsSheet', () => {
  const gridA: EntityRecord<'grid'> = { communityId: sampleIds.community, name: '第2网格', id: sampleIds.grid, version: 1 };
  const gridBId = '0190a000-0000-7000-8000-000000000401';
  const gridB: EntityRecord<'grid'> = { communityId: sampleIds.community, name: '第10网格', id: gridBId, version: 1 };
  const counts = { doorsKnocked: 40, visited: 35, notHome: 4, refused: 1, residentsChecked: 80, feversFound: 2, feversReported: 2 };
  const report = (id: string, gridId: string, date: string): EntityRecord<'daily_report'> => ({
    gridId,
    date,
    counts,
    confirmedAt: at(Number(date.slice(-2)), 18, 5),
    id,
    version: 1,
    createdBy: worker1,
  });

  it('writes a row per grid and day, by day then grid, with the counts as numbers', () => {
    const sheet = dailyReportsSheet(
      {
        reports: [
          report('0190a000-0000-7000-8000-000000000411', gridBId, '2026-11-24'),
          report('0190a000-0000-7000-8000-000000000412', sampleIds.grid, '2026-11-24'),
          report('0190a000-0000-7000-8000-000000000413', sampleIds.grid, '2026-11-23'),
          report('0190a000-0000-7000-8000-000000000414', sampleIds.grid, '2026-11-22'),
        ],
        grids: [gridA, gridB],
      },
      { ...base, workers, range: { from: '2026-11-23', to: '2026-11-24' } },
    );
    const rows = rowsOf(sheet);
    expect(rows.map((r) => [r.date, r.grid])).toEqual([
      [new Date(Date.UTC(2026, 10, 23)), '第2网格'],
      [new Date(Date.UTC(2026, 10, 24)), '第2网格'],
      [new Date(Date.UTC(2026, 10, 24)), '第10网格'],
    ]);
    expect(rows[0]).toMatchObject({ worker: '李网格', doorsKnocked: 40, notHome: 4, feversReported: 2, confirmedAt: new Date(Date.UTC(2026, 10, 23, 18, 5)) });
    expect(sheet.columns.find((c) => c.key === 'residentsChecked')?.kind).toBe('number');
    expect(everyCellFits(sheet)).toBe(true);
  });
});
