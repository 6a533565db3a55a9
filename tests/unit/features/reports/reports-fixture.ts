/** A fixed community of five grids for the Daily reports screen: one on time, one late, one missing, a zero report, one changed after confirming. */
import { vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import type { DailyReportCounts } from '../../../../src/domain/entities/daily-report';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { addDays, localDateOf } from '../../../../src/shared/local-date';
import { createFakeDataClient, demoUser, localRecord, storeCreate, type FakeRecords } from '../../../fixtures/fake-data-client';

export const COMMUNITY = demoUser.communityId ?? '';
export const SECRETARY = { ...demoUser, id: '0192f1b4-0000-7000-8000-0000000000e1', username: 'secretary1', role: 'secretary' as const, gridIds: [] };
export const TODAY = localDateOf();
export const YESTERDAY = addDays(TODAY, -1);

const id = (prefix: string, n: number) => `0192f1b4-${prefix}-7000-8000-${String(n).padStart(12, '0')}`;
export const GRIDS = [1, 2, 3, 4, 5].map((n) => id('0a0a', n));
const [G1, G2, , G4, G5] = GRIDS as [string, string, string, string, string];
const WORKERS = [1, 2, 3, 4, 5].map((n) => id('0e0e', n));
const [W1, W2, , W4, W5] = WORKERS as [string, string, string, string, string];
const B = [1, 2, 3, 4, 5].map((n) => id('0b0b', n));
export const H1 = id('0d0d', 1);
export const H2A = id('0d0d', 2);
export const H2B = id('0d0d', 3);
export const H5 = id('0d0d', 5);

/** A timestamp at `hour`:`minute` local time, today or `daysBack` days before. */
export function at(hour: number, minute = 0, daysBack = 0): string {
  const time = new Date();
  time.setDate(time.getDate() - daysBack);
  time.setHours(hour, minute, 0, 0);
  return time.toISOString();
}

export const ZERO: DailyReportCounts = { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 };
export const G1_COUNTS: DailyReportCounts = { ...ZERO, doorsKnocked: 1, visited: 1, residentsChecked: 1 };
export const G2_COUNTS: DailyReportCounts = { ...ZERO, doorsKnocked: 2, visited: 1, notHome: 1 };
export const G5_COUNTS: DailyReportCounts = { ...ZERO, doorsKnocked: 1, notHome: 1 };

let seq = 0;
function report(gridId: string, createdBy: string, confirmedAt: string, counts: DailyReportCounts, date = TODAY): LocalRecord<'daily_report'> {
  seq++;
  return localRecord('daily_report', id('0f0f', seq), { gridId, date, counts, confirmedAt, createdBy });
}
function visit(householdId: string, createdBy: string, outcome: EntityData<'visit'>['outcome'], visitedAt: string, checks: EntityData<'visit'>['checks'] = []) {
  seq++;
  return localRecord('visit', id('0c0c', seq), { householdId, outcome, visitedAt, checks, createdBy });
}

export function fixedRecords(): FakeRecords {
  return {
    grid: GRIDS.map((gridId, n) => localRecord('grid', gridId, { communityId: COMMUNITY, name: `${n + 1}号网格` })),
    building: B.map((buildingId, n) => localRecord('building', buildingId, { gridId: GRIDS[n]!, name: `${n + 1}号楼`, units: 1, floors: 6, sealed: false })),
    household: [
      localRecord('household', H1, { buildingId: B[0]!, unit: '1', room: '101', status: 'occupied' }),
      localRecord('household', H2A, { buildingId: B[1]!, unit: '1', room: '101', status: 'occupied' }),
      localRecord('household', H2B, { buildingId: B[1]!, unit: '1', room: '102', status: 'occupied' }),
      localRecord('household', H5, { buildingId: B[4]!, unit: '1', room: '101', status: 'occupied' }),
    ],
    visit: [
      visit(H1, W1, 'visited', at(9), [{ residentId: id('0909', 1), temperature: 36.5, symptoms: [] }]),
      visit(H2A, W2, 'visited', at(9)),
      visit(H2B, W2, 'not_home', at(9, 30)),
      // Grid 5: nobody home when the worker confirmed at 11:00; visited in the afternoon, a fever found.
      visit(H5, W5, 'not_home', at(10)),
      visit(H5, W5, 'visited', at(15), [{ residentId: id('0909', 5), temperature: 38.5, symptoms: [] }]),
    ],
    fever_report: [],
    daily_report: [
      // Grid 1 on time today and on each of the 13 days before.
      report(G1, W1, at(10), G1_COUNTS),
      ...Array.from({ length: 13 }, (_, n) => report(G1, W1, at(10, 0, n + 1), G1_COUNTS, addDays(TODAY, -(n + 1)))),
      // Grid 2: a first report in the morning, then the one that counts, after 18:00.
      report(G2, W2, at(8), ZERO),
      report(G2, W2, at(19, 30), G2_COUNTS),
      // Grid 3: nothing. Grid 4: a zero report. Grid 5: confirmed before its afternoon visit.
      report(G4, W4, at(12), ZERO),
      report(G5, W5, at(11), G5_COUNTS),
    ],
    community_settings: [],
    community_report: [],
  };
}

export const NEW_ID = '0192f1b4-9999-7000-8000-000000000001';

/** A fake client signed in as the secretary whose creates validate and store like the data layer's. */
export function secretaryClient(records: FakeRecords = fixedRecords(), role: 'secretary' | 'admin' = 'secretary') {
  const client = createFakeDataClient({ records, session: { user: { ...SECRETARY, role } } });
  vi.mocked(client.create).mockImplementation(async (entity, data) => storeCreate(records, entity, NEW_ID, data).id);
  return { client, records };
}
