/**
 * "Export" (/ledger): the mask checkbox (on by default, locked for a grid worker, the secretary's to
 * turn off with a warning), the register choice, and the file it downloads, read back as .xlsx.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportScreen } from '../../../../src/features/ledger/export-screen';
import type { SpreadsheetSheet } from '../../../../src/shared/spreadsheet/read-spreadsheet';
import { createFakeDataClient, demoUser, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { makeIdNumber } from '../../../fixtures/id-number-factory';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { captureDownloads, readDownload } from './ledger-screen-support';

const COMMUNITY = demoUser.communityId ?? '';
const GRID = demoUser.gridIds[0] ?? '';
const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const H101 = '0192f1b4-0000-7000-8000-000000000101';
const H102 = '0192f1b4-0000-7000-8000-000000000102';
const zhangId = makeIdNumber({ region: '110102', birthDate: '1948-03-02', sex: 'male', sequence: 1 });
const liId = makeIdNumber({ region: '110102', birthDate: '1990-11-25', sex: 'female', sequence: 7 });
const secretary = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000002', username: 'secretary1', displayName: '书记', role: 'secretary' as const, gridIds: [] };

function records(): FakeRecords {
  return {
    community: [localRecord('community', COMMUNITY, { name: '幸福社区' })],
    grid: [localRecord('grid', GRID, { communityId: COMMUNITY, name: '一网格' })],
    building: [localRecord('building', BUILDING, { gridId: GRID, name: '1号楼', units: 2, floors: 6, sealed: false })],
    household: [
      localRecord('household', H101, { buildingId: BUILDING, unit: '1', room: '101', status: 'occupied', phone: '13800138000' }),
      localRecord('household', H102, { buildingId: BUILDING, unit: '1', room: '102', status: 'occupied' }),
    ],
    resident: [
      localRecord('resident', '0192f1b4-0000-7000-8000-0000000000e1', { householdId: H101, name: '张三', idNumber: zhangId, phone: '13912345678', tags: [] }),
      localRecord('resident', '0192f1b4-0000-7000-8000-0000000000e2', { householdId: H102, name: '李梅', idNumber: liId, phone: '13700001111', tags: [] }),
    ],
  };
}

function renderExport(user: typeof demoUser | typeof secretary = demoUser) {
  const client = createFakeDataClient({ records: records(), session: { user } });
  return renderWithProviders(<ExportScreen />, { client });
}

const maskBox = () => screen.getByRole('checkbox', { name: 'Mask ID numbers and phones' });
const exportButton = () => screen.getByRole('button', { name: 'Export' });

/** The register's data rows (under the title and header rows) as name, ID number and phone. */
function people(sheet: SpreadsheetSheet | undefined): string[][] {
  const header = (sheet?.rows[1] ?? []).map(String);
  const column = (name: string) => header.indexOf(name);
  expect(header).toEqual(expect.arrayContaining(['Building', 'Unit', 'Room', 'Name', 'ID number', 'Phone']));
  return (sheet?.rows.slice(2) ?? []).map((row) => ['Building', 'Room', 'Name', 'ID number', 'Phone'].map((name) => String(row[column(name)] ?? '')));
}

beforeEach(() => {
  // Only the clock: ExcelJS and the screen keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('export screen: masking', () => {
  it('masks by default; a grid worker cannot turn it off and is told why', async () => {
    const { user } = renderExport();
    expect(screen.getByRole('heading', { name: 'Export ledger' })).toBeInTheDocument();
    expect(maskBox()).toBeChecked();
    expect(maskBox()).toBeDisabled();
    expect(maskBox()).toHaveAccessibleDescription(/A grid worker’s export always masks ID numbers and phones/);
    await user.click(maskBox());
    expect(maskBox()).toBeChecked();
    expect(screen.queryByText('Full ID numbers and phones')).not.toBeInTheDocument();
  });

  it('lets the secretary turn masking off, and then warns of the full numbers', async () => {
    const { user } = renderExport(secretary);
    expect(maskBox()).toBeChecked();
    expect(maskBox()).toBeEnabled();
    expect(maskBox()).toHaveAccessibleDescription(/On by default/);
    expect(screen.queryByText('Full ID numbers and phones')).not.toBeInTheDocument();

    await user.click(maskBox());
    expect(maskBox()).not.toBeChecked();
    expect(screen.getByText('Full ID numbers and phones')).toBeInTheDocument();
    expect(screen.getByText(/keep it in the community office, never pass it on/)).toBeInTheDocument();

    await user.click(maskBox());
    expect(screen.queryByText('Full ID numbers and phones')).not.toBeInTheDocument();
  });
});

describe('export screen: registers', () => {
  it('disables Export when no register is chosen', async () => {
    const { user } = renderExport();
    const register = screen.getByRole('checkbox', { name: 'Household register' });
    expect(register).toBeChecked();
    expect(exportButton()).toBeEnabled();
    // A grid worker's phone holds no deliveries: that register is not offered.
    expect(screen.queryByRole('checkbox', { name: 'Deliveries' })).not.toBeInTheDocument();

    await user.click(register);
    expect(exportButton()).toBeDisabled();
    expect(screen.getByText('Choose at least one register.')).toBeInTheDocument();

    await user.click(register);
    expect(exportButton()).toBeEnabled();
  });
});

describe('export screen: the retention window', () => {
  it('says when the range starts before what the phone keeps (the server sends the window)', async () => {
    const { user } = renderExport();
    await user.click(screen.getByRole('checkbox', { name: 'Visits' }));
    const from = screen.getByLabelText('From');
    expect(from).toHaveValue('2026-11-19');
    expect(screen.queryByText(/This phone keeps visits/)).not.toBeInTheDocument();

    fireEvent.change(from, { target: { value: '2026-10-20' } });

    expect(
      await screen.findByText(
        'This phone keeps visits, fever reports and gate entries for 30 days (since 2026-10-27): earlier ones are only on the server and are missing from this file.',
      ),
    ).toBeInTheDocument();
  });
});

describe('export screen: the file', () => {
  it('downloads the household register with masked ID numbers and phones for a grid worker', async () => {
    const downloads = captureDownloads();
    const { user } = renderExport();
    await user.click(exportButton());

    const name = 'Ledger-幸福社区-2026-11-25.xlsx';
    expect(await screen.findByText(`Saved ${name} (2 rows).`)).toBeInTheDocument();
    expect(downloads.map((d) => d.name)).toEqual([name]);
    const [sheet] = await readDownload(downloads[0]!);
    expect(sheet?.name).toBe('Household register');
    expect(String(sheet?.rows[0]?.[0])).toContain('(ID numbers and phones masked)');
    expect(people(sheet)).toEqual([
      ['1号楼', '101', '张三', `110102********${zhangId.slice(-4)}`, '139****5678'],
      ['1号楼', '102', '李梅', `110102********${liId.slice(-4)}`, '137****1111'],
    ]);
    const cells = sheet?.rows.flat().map(String) ?? [];
    for (const secret of [zhangId, liId, '13912345678', '13700001111', '13800138000']) expect(cells.some((cell) => cell.includes(secret))).toBe(false);
  });

  it('downloads the full numbers when the secretary turned masking off', async () => {
    const downloads = captureDownloads();
    const { user } = renderExport(secretary);
    await user.click(maskBox());
    await user.click(exportButton());

    await waitFor(() => expect(downloads).toHaveLength(1));
    const [sheet] = await readDownload(downloads[0]!);
    expect(String(sheet?.rows[0]?.[0])).toContain('(full ID numbers and phones: for the community office only)');
    expect(people(sheet)).toEqual([
      ['1号楼', '101', '张三', zhangId, '13912345678'],
      ['1号楼', '102', '李梅', liId, '13700001111'],
    ]);
  });
});
