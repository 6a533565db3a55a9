/**
 * "Import roster" (/ledger/import): a roster .xlsx made here is uploaded and checked against the
 * register on the phone (totals, wrong rows by number with reasons, "Rows with errors" as a file,
 * a building the register lacks), imported through createMany, and the same file again changes
 * nothing. The fake client's creates are validated and stored (storeCreate), so the screen reads
 * the imported records back as the real data layer would give them.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewRecord } from '../../../../src/domain/entities/entity-record';
import { ImportScreen } from '../../../../src/features/ledger/import-screen';
import { XLSX_TYPE } from '../../../../src/features/ledger/save-file';
import { writeTableWorkbook } from '../../../../src/features/ledger/xlsx/write-table-workbook';
import { createFakeDataClient, demoUser, localRecord, storeCreate, type FakeRecords } from '../../../fixtures/fake-data-client';
import { makeIdNumber, withWrongCheckChar } from '../../../fixtures/id-number-factory';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { captureDownloads, readDownload } from './ledger-screen-support';

const COMMUNITY = demoUser.communityId ?? '';
const GRID = demoUser.gridIds[0] ?? '';
const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const H101 = '0192f1b4-0000-7000-8000-000000000101';
const secretary = { ...demoUser, id: '0192f1b4-0000-7000-8000-000000000002', username: 'secretary1', displayName: '书记', role: 'secretary' as const, gridIds: [] };

const wangId = makeIdNumber({ region: '110102', birthDate: '1975-04-09', sex: 'male', sequence: 21 });
const zhaoId = makeIdNumber({ region: '110102', birthDate: '1978-12-30', sex: 'female', sequence: 22 });
const badId = withWrongCheckChar(makeIdNumber({ region: '110102', birthDate: '1960-01-15', sex: 'male', sequence: 23 }));
const sunId = makeIdNumber({ region: '110102', birthDate: '1983-07-01', sex: 'male', sequence: 24 });

const HEADERS = ['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话'];
/** Rows 2–5 of the file: two new residents of a new household, a wrong check digit, an unknown building. */
const ROWS = [
  ['1号楼', '1', '201', '王五', wangId, '13911112222'],
  ['1号楼', '1', '201', '赵六', zhaoId, '13922223333'],
  ['1号楼', '1', '202', '钱七', badId, '13933334444'],
  ['9号楼', '1', '101', '孙八', sunId, '13944445555'],
];

async function rosterFile(): Promise<File> {
  const bytes = await writeTableWorkbook({ sheetName: '花名册', headers: HEADERS, rows: ROWS });
  return new File([new Uint8Array(bytes)], 'roster.xlsx', { type: XLSX_TYPE });
}

function records(): FakeRecords {
  return {
    grid: [localRecord('grid', GRID, { communityId: COMMUNITY, name: '一网格' })],
    building: [localRecord('building', BUILDING, { gridId: GRID, name: '1号楼', units: 2, floors: 6, sealed: false })],
    household: [localRecord('household', H101, { buildingId: BUILDING, unit: '1', room: '101', status: 'occupied' })],
    resident: [localRecord('resident', '0192f1b4-0000-7000-8000-0000000000e1', { householdId: H101, name: '张三', tags: [] })],
  };
}

/** The import screen over a fake client whose create and createMany validate and store what they are given. */
function renderImport(user: typeof demoUser | typeof secretary = demoUser) {
  const stored = records();
  const client = createFakeDataClient({ records: stored, session: { user } });
  vi.mocked(client.createMany).mockImplementation(async (entity, list) => list.map((data) => storeCreate(stored, entity, crypto.randomUUID(), data).id));
  vi.mocked(client.create).mockImplementation(async (entity, data) => storeCreate(stored, entity, crypto.randomUUID(), data).id);
  return { ...renderWithProviders(<ImportScreen />, { client }), stored };
}

/** The preview's figures, by their terms (New, Updated, Unchanged, Wrong). */
async function totals(rows: number): Promise<Record<string, string>> {
  const section = (await screen.findByRole('heading', { name: `Checked (${rows} rows)` })).closest('section');
  if (!section) throw new Error('no totals section');
  const terms = within(section).getAllByRole('term');
  return Object.fromEntries(terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
}

/** Waits for the preview to show these figures (the register is read again after a write). */
async function expectTotals(rows: number, expected: Record<string, string>): Promise<void> {
  await waitFor(async () => expect(await totals(rows)).toEqual(expected));
}

/** Each listed wrong row: its number and name, then its reasons. */
function wrongRows(): string[][] {
  const list = screen.getByRole('list', { name: /^Rows with errors \(/ });
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === list)
    .map((item) => [item.querySelector('strong')?.textContent ?? '', ...within(item).getAllByRole('listitem').map((reason) => reason.textContent ?? '')]);
}

const checkDigitReason = 'ID number: The check digit does not match. Check the ID number again.';
const unknownBuildingReason = 'Building: The register has no such building.';
const importButton = () => screen.getByRole('button', { name: 'Import' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('import screen: the preview', () => {
  it('counts the rows and lists the wrong ones by number with their reasons', async () => {
    const { user, client } = renderImport();
    await user.upload(screen.getByLabelText('Choose a roster file'), await rosterFile());

    await expectTotals(4, { New: '2', Updated: '0', Unchanged: '0', Wrong: '2' });
    expect(screen.getByText('The header is row 1 of “花名册”.')).toBeInTheDocument();
    expect(wrongRows()).toEqual([
      ['Row 4', checkDigitReason],
      ['Row 5', unknownBuildingReason],
    ]);
    expect(importButton()).toBeEnabled();
    expect(client.createMany).not.toHaveBeenCalled();
  });

  it('"Rows with errors" downloads exactly the wrong rows, as they were, with their row number and reasons', async () => {
    const downloads = captureDownloads();
    const { user } = renderImport();
    await user.upload(screen.getByLabelText('Choose a roster file'), await rosterFile());
    await totals(4);

    await user.click(screen.getByRole('button', { name: 'Rows with errors' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('roster-rows-with-errors.xlsx');
    const [sheet] = await readDownload(downloads[0]!);
    expect(sheet?.name).toBe('Rows with errors');
    expect(sheet?.rows).toEqual([
      [...HEADERS, 'Row in file', 'Reason'],
      [...(ROWS[2] ?? []), '4', checkDigitReason],
      [...(ROWS[3] ?? []), '5', unknownBuildingReason],
    ]);
  });

  it('re-matching the name column to "Not in the file" says the column is missing and checks nothing', async () => {
    const { user } = renderImport();
    await user.upload(screen.getByLabelText('Choose a roster file'), await rosterFile());
    await totals(4);
    const name = screen.getByRole('combobox', { name: 'Name (required)' });
    expect(name).toHaveDisplayValue('D · 姓名');

    await user.selectOptions(name, 'Not in the file');
    expect(name).toHaveDisplayValue('Not in the file');
    expect(screen.getByText('Choose the column that holds this.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Checked/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();

    await user.selectOptions(name, 'D · 姓名');
    await expectTotals(4, { New: '2', Updated: '0', Unchanged: '0', Wrong: '2' });
  });

  it('"Download template" downloads an empty roster with the headers the import matches', async () => {
    const downloads = captureDownloads();
    const { user } = renderImport();
    await user.click(screen.getByRole('button', { name: 'Download template' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('Roster template.xlsx');
    const [sheet] = await readDownload(downloads[0]!);
    expect(sheet?.rows).toEqual([['Building', 'Unit', 'Room', 'Name', 'ID number', 'Phone', 'Sex', 'Birth date', 'Household phone', 'Key groups']]);
  });
});

describe('import screen: a building the register lacks', () => {
  it('is offered to the secretary to add, and the row is then new', async () => {
    const { user, client } = renderImport(secretary);
    await user.upload(screen.getByLabelText('Choose a roster file'), await rosterFile());
    await totals(4);
    expect(screen.getByRole('heading', { name: 'Buildings not in the register (1)' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Add building 9号楼' });
    expect(within(form).getByRole('combobox', { name: 'Grid' })).toHaveDisplayValue('一网格');

    await user.click(within(form).getByRole('button', { name: 'Add building' }));
    expect(client.create).toHaveBeenCalledWith('building', { gridId: GRID, name: '9号楼', units: 1, floors: 1, sealed: false });
    await expectTotals(4, { New: '3', Updated: '0', Unchanged: '0', Wrong: '1' });
    expect(screen.queryByRole('form', { name: 'Add building 9号楼' })).not.toBeInTheDocument();
  });

  it('is not offered to a grid worker, who is told to ask the secretary', async () => {
    const { user } = renderImport();
    await user.upload(screen.getByLabelText('Choose a roster file'), await rosterFile());
    await totals(4);
    expect(screen.getByRole('heading', { name: 'Buildings not in the register (1)' })).toBeInTheDocument();
    expect(screen.getByText(/^The register has no building 9号楼\. Ask the secretary to add it/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add building 9号楼' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add building' })).not.toBeInTheDocument();
  });
});

describe('import screen: importing', () => {
  it('writes the new household and residents, and the same file again changes nothing', async () => {
    const { user, client, stored } = renderImport();
    const file = await rosterFile();
    await user.upload(screen.getByLabelText('Choose a roster file'), file);
    await totals(4);

    await user.click(importButton());
    expect(
      await screen.findByText('Imported: 1 new households, 2 new residents, 0 updated. They sync when the phone is online.'),
    ).toBeInTheDocument();

    const createMany = vi.mocked(client.createMany);
    expect(createMany.mock.calls.map(([entity]) => entity)).toEqual(['household', 'resident']);
    const household: NewRecord<'household'> = { buildingId: BUILDING, unit: '1', room: '201', status: 'occupied' };
    expect(createMany.mock.calls[0]?.[1]).toEqual([household]);
    const newHousehold = stored.household?.find((h) => h.room === '201');
    expect(newHousehold).toMatchObject(household);
    expect(createMany.mock.calls[1]?.[1]).toEqual([
      { householdId: newHousehold?.id, name: '王五', idNumber: wangId, phone: '13911112222', sex: 'male', birthDate: '1975-04-09', tags: [] },
      { householdId: newHousehold?.id, name: '赵六', idNumber: zhaoId, phone: '13922223333', sex: 'female', birthDate: '1978-12-30', tags: [] },
    ]);
    expect(stored.resident?.map((r) => r.name)).toEqual(['张三', '王五', '赵六']);
    expect(client.patch).not.toHaveBeenCalled();

    // The register read again: the imported rows are unchanged now.
    await expectTotals(4, { New: '0', Updated: '0', Unchanged: '2', Wrong: '2' });

    await user.upload(screen.getByLabelText('Choose a roster file'), file);
    await expectTotals(4, { New: '0', Updated: '0', Unchanged: '2', Wrong: '2' });
    expect(screen.queryByText(/^Imported:/)).not.toBeInTheDocument();
    expect(screen.getByText('Nothing to write: every row is already in the register, or wrong.')).toBeInTheDocument();
    expect(importButton()).toBeDisabled();
    expect(createMany).toHaveBeenCalledTimes(2);
  });
});
