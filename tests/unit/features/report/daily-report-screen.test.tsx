import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { validateCreate } from '../../../../src/data/repositories/validation';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { DailyReportScreen } from '../../../../src/features/report/daily-report-screen';
import { addDays, localDateOf } from '../../../../src/shared/local-date';
import { createFakeDataClient, demoUser, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const GRID = demoUser.gridIds[0]!;
const OTHER_GRID = '0192f1b4-0000-7000-8000-0000000000a2';
const OTHER_USER = '0192f1b4-0000-7000-8000-000000000002';
const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const OTHER_BUILDING = '0192f1b4-0000-7000-8000-0000000000b2';
const H1 = '0192f1b4-0000-7000-8000-000000000011';
const H2 = '0192f1b4-0000-7000-8000-000000000012';
const H3 = '0192f1b4-0000-7000-8000-000000000013';
const H_ELSEWHERE = '0192f1b4-0000-7000-8000-000000000021';
const TODAY = localDateOf();
const YESTERDAY = addDays(TODAY, -1);

/** A timestamp at `hour` local time, today or `daysBack` days before. */
function at(hour: number, daysBack = 0): string {
  const time = new Date();
  time.setDate(time.getDate() - daysBack);
  time.setHours(hour, 0, 0, 0);
  return time.toISOString();
}

let seq = 0;
type VisitFields = Partial<EntityData<'visit'>> & Partial<Pick<LocalRecord, '_sync' | 'voidedAt' | 'createdBy'>>;
function visit(householdId: string, outcome: EntityData<'visit'>['outcome'], visitedAt: string, { _sync, ...extra }: VisitFields = {}) {
  seq++;
  const id = `0192f1b4-5555-7000-8000-${String(seq).padStart(12, '0')}`;
  return localRecord('visit', id, { householdId, outcome, visitedAt, checks: [], createdBy: demoUser.id, ...extra }, _sync);
}
const check = (residentId: string, temperature: number) => ({ residentId, temperature, symptoms: [] });

const COMMUNITY = demoUser.communityId ?? '';
const base: FakeRecords = {
  grid: [localRecord('grid', GRID, { communityId: COMMUNITY, name: '第一网格' })],
  building: [
    localRecord('building', BUILDING, { gridId: GRID, name: '3号楼', units: 2, floors: 6, sealed: false }),
    localRecord('building', OTHER_BUILDING, { gridId: OTHER_GRID, name: '9号楼', units: 2, floors: 6, sealed: false }),
  ],
  household: [
    ...[H1, H2, H3].map((id, n) => localRecord('household', id, { buildingId: BUILDING, unit: '1', room: `10${n + 1}`, status: 'occupied' })),
    localRecord('household', H_ELSEWHERE, { buildingId: OTHER_BUILDING, unit: '1', room: '101', status: 'occupied' }),
  ],
};

/** A fake client whose creates validate like the data layer's. */
function renderReport(records: FakeRecords = {}, session = {}) {
  const client = createFakeDataClient({ records: { ...base, ...records }, session });
  vi.mocked(client.create).mockImplementation(async (entity, data) => {
    validateCreate(entity, data);
    return '0192f1b4-9999-7000-8000-000000000001';
  });
  return { ...renderWithProviders(<DailyReportScreen />, { client, path: '/daily-report' }), create: vi.mocked(client.create) };
}

async function gridCard(name = '第一网格') {
  const card = (await screen.findByRole('heading', { name })).closest('section')!;
  await waitFor(() => expect(within(card).queryByText('Loading…')).not.toBeInTheDocument());
  return card;
}

/** The counts shown in a card: word → number. */
function shownCounts(card: HTMLElement): Record<string, number> {
  return Object.fromEntries(
    within(card)
      .getAllByRole('term')
      .map((term) => [term.textContent, Number(term.nextElementSibling?.textContent)]),
  );
}

describe('daily report', () => {
  it('shows the day’s counts of this user in this grid, in words, and warns about fevers not reported', async () => {
    renderReport({
      visit: [
        visit(H1, 'not_home', at(9)),
        visit(H1, 'visited', at(11), { checks: [check('r1', 36.5), check('r2', 38.2)] }),
        visit(H2, 'refused', at(10)),
        visit(H3, 'visited', at(12), { checks: [check('r3', 37.6)], createdBy: undefined, _sync: 'pending' }),
        visit(H2, 'visited', at(13), { createdBy: OTHER_USER, checks: [check('r4', 36.4)] }),
        visit(H3, 'visited', at(8), { voidedAt: at(8), checks: [check('r5', 39)] }),
        visit(H_ELSEWHERE, 'visited', at(9), { checks: [check('r6', 36.5)] }),
        visit(H1, 'visited', at(9, 1), { checks: [check('r7', 36.5)] }),
      ],
      fever_report: [
        localRecord('fever_report', 'f1', {
          householdId: H1,
          residentId: 'r2',
          name: '张三',
          temperature: 38.2,
          symptoms: [],
          action: 'fever_clinic',
          reportedAt: at(11),
          createdBy: demoUser.id,
        }),
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Daily report' })).toBeInTheDocument();
    const card = await gridCard();
    expect(shownCounts(card)).toEqual({
      'Doors knocked': 3,
      Visited: 2,
      'Nobody home': 0,
      Refused: 1,
      'Residents checked': 3,
      'Fevers found': 2,
      'Fevers reported': 1,
    });
    expect(within(card).getByText('2 fevers found, 1 reported: report the missing ones before closing the day')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Back to the round' })).toHaveAttribute('href', '/');
    expect(within(card).queryByText(/Zero report/)).not.toBeInTheDocument();
    // Confirming is still possible: someone else may have reported the fever.
    expect(within(card).getByRole('button', { name: 'Confirm daily report' })).toBeEnabled();
  });

  it('confirms exactly the shown counts as one daily_report for the grid and day', async () => {
    const { user, create } = renderReport({ visit: [visit(H1, 'visited', at(9), { checks: [check('r1', 36.6), check('r2', 36.8)] }), visit(H2, 'not_home', at(10))] });
    const card = await gridCard();
    const before = Date.now();
    await user.click(within(card).getByRole('button', { name: 'Confirm daily report' }));
    expect(create).toHaveBeenCalledTimes(1);
    const [entity, data]: [string, Record<string, unknown>] = create.mock.calls[0]!;
    expect(entity).toBe('daily_report');
    expect(data).toEqual({
      gridId: GRID,
      date: TODAY,
      counts: { doorsKnocked: 2, visited: 1, notHome: 1, refused: 0, residentsChecked: 2, feversFound: 0, feversReported: 0 },
      confirmedAt: expect.any(String),
    });
    expect(Date.parse(String(data.confirmedAt))).toBeGreaterThanOrEqual(before - 1000);
    expect(await within(card).findByText(/Daily report saved on this phone/)).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Confirm daily report' })).not.toBeInTheDocument();
  });

  it('makes a day without fever an explicit zero report that still carries the counts', async () => {
    renderReport({ visit: [visit(H1, 'visited', at(9), { checks: [check('r1', 36.6)] })] });
    const card = await gridCard();
    expect(within(card).getByText('Zero report: no fever found today')).toBeInTheDocument();
    expect(shownCounts(card)).toMatchObject({ 'Doors knocked': 1, Visited: 1, 'Residents checked': 1, 'Fevers found': 0 });
    expect(within(card).queryByText(/reported: report the missing ones/)).not.toBeInTheDocument();
  });

  it('lets a day with no door knocked be confirmed, and says it is a zero day', async () => {
    const { user, create } = renderReport();
    const card = await gridCard();
    expect(within(card).getByText(/No doors knocked on this day/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Confirm daily report' }));
    expect(create).toHaveBeenCalledWith('daily_report', expect.objectContaining({
      counts: { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 },
    }));
  });

  it('closes yesterday when the worker picks it', async () => {
    const { user, create } = renderReport({ visit: [visit(H1, 'refused', at(18, 1)), visit(H2, 'visited', at(9))] });
    await gridCard();
    await user.click(screen.getByRole('radio', { name: `Yesterday (${YESTERDAY})` }));
    const card = await gridCard();
    expect(await within(card).findByText(`Zero report: no fever found on ${YESTERDAY}`)).toBeInTheDocument();
    expect(shownCounts(card)).toMatchObject({ 'Doors knocked': 1, Visited: 0, Refused: 1 });
    await user.click(within(card).getByRole('button', { name: 'Confirm daily report' }));
    expect(create).toHaveBeenCalledWith('daily_report', expect.objectContaining({ gridId: GRID, date: YESTERDAY }));
  });

  it('shows a report already confirmed for the grid and day instead of confirming again', async () => {
    const stored = { doorsKnocked: 5, visited: 3, notHome: 1, refused: 1, residentsChecked: 7, feversFound: 1, feversReported: 1 };
    const { create } = renderReport({
      visit: [visit(H1, 'visited', at(9))],
      daily_report: [
        { id: 'd1', version: 0, _sync: 'pending', gridId: GRID, date: TODAY, counts: stored, confirmedAt: at(17) },
        { id: 'd0', version: 1, _sync: 'synced', gridId: GRID, date: YESTERDAY, counts: stored, confirmedAt: at(17, 1) },
      ],
    });
    const card = await gridCard();
    expect(await within(card).findByText('Daily report confirmed')).toBeInTheDocument();
    expect(within(card).getByText('Pending')).toBeInTheDocument();
    expect(within(card).getByText(/^Confirmed at /)).toBeInTheDocument();
    expect(shownCounts(card)).toEqual({
      'Doors knocked': 5,
      Visited: 3,
      'Nobody home': 1,
      Refused: 1,
      'Residents checked': 7,
      'Fevers found': 1,
      'Fevers reported': 1,
    });
    expect(within(card).queryByRole('button', { name: 'Confirm daily report' })).not.toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('does not take another worker’s report for the same grid as the user’s own', async () => {
    const counts = { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 };
    renderReport({
      daily_report: [{ id: 'd2', version: 1, _sync: 'synced', gridId: GRID, date: TODAY, counts, confirmedAt: at(8), createdBy: OTHER_USER }],
    });
    const card = await gridCard();
    expect(await within(card).findByRole('button', { name: 'Confirm daily report' })).toBeInTheDocument();
    expect(within(card).queryByText('Daily report confirmed')).not.toBeInTheDocument();
  });

  it('tells an account without grids that the daily report is for grid workers', async () => {
    renderReport({}, { user: { ...demoUser, role: 'secretary', gridIds: [] } });
    expect(await screen.findByText(/The daily report is for grid workers/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm daily report' })).not.toBeInTheDocument();
  });
});
