import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DailyReportCounts } from '../../../../src/domain/entities/daily-report';
import { StreetScreen } from '../../../../src/features/street/street-screen';
import { addDays, localDateOf, parseIsoDate } from '../../../../src/shared/local-date';
import { createFakeDataClient, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const id = (prefix: string, n: number) => `0192f1b4-${prefix}-7000-8000-${String(n).padStart(12, '0')}`;
const TODAY = localDateOf();
const YESTERDAY = addDays(TODAY, -1);
const [EAST, LAKE, HAPPY] = [id('0c0c', 1), id('0c0c', 2), id('0c0c', 3)];
const STREET = id('0a0a', 1);
const OFFICER = { id: id('0e0e', 1), username: 'street1', displayName: '周红', role: 'street_officer' as const, communityId: null, gridIds: [], streetId: STREET };
const ZERO: DailyReportCounts = { doorsKnocked: 0, visited: 0, notHome: 0, refused: 0, residentsChecked: 0, feversFound: 0, feversReported: 0 };

function at(date: string, hour: number, minute = 0): string {
  const d = parseIsoDate(date)!;
  return new Date(d.year, d.month - 1, d.day, hour, minute).toISOString();
}

let n = 0;
function communityReport(communityId: string, date: string, confirmedAt: string, counts: DailyReportCounts) {
  n++;
  return localRecord('community_report', id('0f0f', n), { communityId, date, counts, gridsReported: [], gridsMissing: n === 1 ? [id('0909', 1)] : [], confirmedAt, createdBy: 'secretary' });
}

function fever(communityId: string, reportedAt: string) {
  n++;
  return localRecord('fever_report', id('0d0d', n), { communityId, name: '欧**', temperature: 38.4, symptoms: ['fever'], action: 'fever_clinic', reportedAt });
}

/** 幸福里 reported yesterday on time with one fever; 东湖 late with no fever although one was reported in it; 水果湖 not at all. */
function street(): FakeRecords {
  return {
    street: [localRecord('street', STREET, { districtId: id('0b0b', 1), name: '东湖街道', reportDeadline: '20:00' })],
    community: [
      localRecord('community', HAPPY, { name: '幸福里社区', streetId: STREET }),
      localRecord('community', EAST, { name: '东湖社区', streetId: STREET }),
      localRecord('community', LAKE, { name: '水果湖社区', streetId: STREET }),
    ],
    grid: [localRecord('grid', id('0909', 2), { communityId: EAST, name: '第一网格' })],
    building: [localRecord('building', id('0808', 1), { gridId: id('0909', 2), name: '1栋', units: 2, floors: 6, sealed: true, sealedSince: addDays(TODAY, -3) })],
    community_report: [
      communityReport(HAPPY, YESTERDAY, at(YESTERDAY, 18, 30), { ...ZERO, doorsKnocked: 10, visited: 8, notHome: 2, residentsChecked: 20, feversFound: 1, feversReported: 1 }),
      communityReport(EAST, YESTERDAY, at(TODAY, 9, 15), { ...ZERO, doorsKnocked: 5, visited: 5, residentsChecked: 12 }),
    ],
    fever_report: [fever(HAPPY, at(YESTERDAY, 10)), fever(EAST, at(YESTERDAY, 11))],
  };
}

function renderStreet(records: FakeRecords = street()) {
  const client = createFakeDataClient({ records, session: { user: OFFICER } });
  return renderWithProviders(<StreetScreen />, { client, path: '/' });
}

async function rowOf(table: HTMLElement, name: string): Promise<string[]> {
  const header = within(table).getByRole('rowheader', { name });
  return within(header.closest('tr')!).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

describe('Street (street officer)', () => {
  it('shows, for a date, each community Reported, Late or Missing, the sums and the 14-day rate', async () => {
    renderStreet();
    expect(screen.getByRole('heading', { name: 'Street', level: 1 })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: YESTERDAY } });
    expect(await screen.findByText('东湖街道')).toBeInTheDocument();

    const communities = within(screen.getByRole('region', { name: 'Communities' })).getByRole('table');
    expect((await rowOf(communities, '幸福里社区'))[0]).toBe('ReportedGrids not in it: 1');
    expect((await rowOf(communities, '东湖社区'))[0]).toBe('Late');
    expect(await rowOf(communities, '水果湖社区')).toEqual(['Missing', '—']);

    const total = screen.getByRole('region', { name: 'Street total' });
    expect(within(total).getByText('Reported 1, Late 1, Missing 1, Zero report 0 (of 3 communities)')).toBeInTheDocument();
    expect(within(total).getByText('Doors knocked').nextElementSibling).toHaveTextContent('15');

    const fevers = within(screen.getByRole('region', { name: 'Fevers by community' })).getByRole('table');
    expect(await rowOf(fevers, '幸福里社区')).toEqual(['1', '1']);
    expect(await rowOf(fevers, '东湖社区')).toEqual(['0', '1 Report shows fewer than the fever reports']);
    expect(await rowOf(fevers, '水果湖社区')).toEqual(['—', '0']);

    const sealed = screen.getByRole('region', { name: 'Sealed buildings' });
    expect(within(sealed).getByRole('listitem')).toHaveTextContent(`东湖社区 1栋, sealed since ${addDays(TODAY, -3)}`);

    const rates = within(screen.getByRole('region', { name: 'Reporting rate' })).getByRole('table');
    expect(await rowOf(rates, '幸福里社区')).toEqual(['1 of 14 days (7%)', '1 of 14 days (7%)']);
    expect(await rowOf(rates, '东湖社区')).toEqual(['1 of 14 days (7%)', '0 of 14 days (0%)']);
  });

  it('shows today with every community Missing before any report', async () => {
    renderStreet();
    const communities = within(await screen.findByRole('region', { name: 'Communities' })).getByRole('table');
    for (const name of ['幸福里社区', '东湖社区', '水果湖社区']) expect((await rowOf(communities, name))[0]).toBe('Missing');
  });

  it('says so when no street is on the phone yet', async () => {
    renderStreet({});
    expect(await screen.findByText('No street is on this phone yet. Sync with a connection, then look again.')).toBeInTheDocument();
  });
});
