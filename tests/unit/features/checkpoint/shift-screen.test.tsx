import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { LocalValidationError } from '../../../../src/shared/write-failure';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { useGateChoice } from '../../../../src/features/checkpoint/gate-choice-store';
import { ShiftScreen } from '../../../../src/features/checkpoint/shift-screen';
import { createFakeDataClient, localRecord, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const EAST = '0192f1b4-0000-7000-8000-0000000000e1';
const NORTH = '0192f1b4-0000-7000-8000-0000000000e2';

/** A local time on 25 November 2026 (or another day), as an ISO timestamp. */
function at(hour: number, minute = 0, day = 25): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

let seq = 0;
type EntryFields = Partial<EntityData<'checkpoint_entry'>> & Partial<Pick<LocalRecord, 'voidedAt' | 'voidReason'>>;

function entry(time: string, fields: EntryFields = {}, sync: LocalRecord['_sync'] = 'synced'): LocalRecord<'checkpoint_entry'> {
  seq += 1;
  return localRecord('checkpoint_entry', `0192f1b4-0000-7000-8000-${String(seq).padStart(12, '0')}`, {
    checkpointId: EAST,
    at: time,
    direction: 'in',
    residentId: '0192f1b4-0000-7000-8000-0000000000f1',
    name: '张三',
    idChecked: true,
    infoRecorded: true,
    temperature: 36.5,
    maskWorn: true,
    healthCode: 'green',
    outcome: 'allowed',
    ...fields,
  }, sync);
}

const COMMUNITY = '0192f1b4-0000-7000-8000-0000000000c1';
const checkpoints = [localRecord('checkpoint', EAST, { communityId: COMMUNITY, name: '东门卡口' }), localRecord('checkpoint', NORTH, { communityId: COMMUNITY, name: '北门卡口' })];

const entries = [
  entry(at(7, 10), { name: '夜班甲' }),
  entry(at(7, 50), { name: '夜班乙', direction: 'out' }),
  entry(at(8, 5), { name: '李四', outcome: 'refused', reason: '无健康码' }),
  entry(at(9, 15), { name: '王五', outcome: 'referred', temperature: 37.8 }),
  entry(at(9, 40), { name: '赵六', direction: 'out' }, 'pending'),
  entry(at(9, 45), { name: '撤销的', outcome: 'refused', voidedAt: at(9, 46), voidReason: '录错' }),
  entry(at(23, 30, 24), { name: '昨天的' }),
  entry(at(10, 20), { name: '王芳', temperature: 36.2 }),
  entry(at(9, 0), { name: '北门的', checkpointId: NORTH }),
];

function renderShift(records: FakeRecords = {}) {
  const client = createFakeDataClient({ records: { checkpoint: checkpoints, checkpoint_entry: entries, shift_note: [], ...records } });
  return renderWithProviders(<ShiftScreen />, { client });
}

function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 30));
  useGateChoice.setState({ checkpointId: EAST });
});

afterEach(() => {
  vi.useRealTimers();
  useGateChoice.setState({ checkpointId: '' });
  localStorage.clear();
});

describe('shift view', () => {
  it("counts today's entries at the gate's checkpoint per hour, without voided ones, other days or other gates", async () => {
    renderShift();
    expect(screen.getByRole('heading', { level: 1, name: 'Shift view' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'People in and out per hour' });
    expect(screen.getByRole('combobox', { name: 'Checkpoint' })).toHaveValue(EAST);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Hour', 'In', 'Out']);
    expect(cellsOf(table)).toEqual([
      ['Hour', 'In', 'Out'],
      ['07:00–08:00', '1', '1'],
      ['08:00–09:00', '1', '0'],
      ['09:00–10:00', '1', '1'],
      ['10:00–11:00', '1', '0'],
      ['Total', '4', '2'],
    ]);
    expect(within(table).getByRole('rowheader', { name: '09:00–10:00' })).toHaveAttribute('scope', 'row');

    const day = screen.getByRole('region', { name: 'Today at this checkpoint (2026-11-25)' });
    expect(within(day).getByText('Refused').closest('div')).toHaveTextContent(/^Refused1$/);
    expect(within(day).getByText('Referred').closest('div')).toHaveTextContent(/^Referred1$/);
    expect(screen.getByText(/Shifts: 00:00–08:00, 08:00–16:00, 16:00–24:00/)).toBeInTheDocument();
  });

  it("lists the current shift's entries newest first with direction, temperature, outcome and sync state", async () => {
    renderShift();
    const list = await screen.findByRole('list', { name: 'This shift, 08:00–16:00 (4)' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.gw-shift__name')?.textContent)).toEqual(['王芳', '赵六', '王五', '李四']);
    expect(items[0]).toHaveTextContent('10:20');
    expect(items[0]).toHaveTextContent('Entering');
    expect(items[0]).toHaveTextContent('36.2 °C');
    expect(items[0]).toHaveTextContent('Allowed');
    expect(items[0]).toHaveTextContent('Synced');
    expect(items[1]).toHaveTextContent('Leaving');
    expect(items[1]).toHaveTextContent('Pending');
    expect(items[2]).toHaveTextContent('37.8 °C');
    expect(items[2]).toHaveTextContent('Referred');
    expect(items[3]).toHaveTextContent('Refused');
    expect(list).not.toHaveTextContent('撤销的');
  });

  it('saves a handover note closing the current shift, and clears the field', async () => {
    const { client, user } = renderShift();
    const field = await screen.findByRole('textbox', { name: 'Handover note' });
    await user.type(field, '北门今晚封闭，住户请走东门');
    await user.click(screen.getByRole('button', { name: 'Save handover note' }));

    await waitFor(() =>
      expect(client.create).toHaveBeenCalledWith('shift_note', {
        checkpointId: EAST,
        shiftStart: new Date(2026, 10, 25, 8).toISOString(),
        note: '北门今晚封闭，住户请走东门',
      }),
    );
    expect(await screen.findByText(/Handover note saved on this phone/)).toBeInTheDocument();
    expect(field).toHaveValue('');
  });

  it('asks for the note beside the field when it is empty', async () => {
    const { client, user } = renderShift();
    const field = await screen.findByRole('textbox', { name: 'Handover note' });
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Save handover note' }));

    expect(await screen.findByText('Write the handover note.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Write the handover note.'));
    expect(client.create).not.toHaveBeenCalled();
  });

  it('shows what the data layer refused about the note beside the field, and keeps the text', async () => {
    const { client, user } = renderShift();
    vi.mocked(client.create).mockRejectedValueOnce(new LocalValidationError({ note: 'notes_too_long' }));
    const field = await screen.findByRole('textbox', { name: 'Handover note' });
    await user.type(field, '很长的留言');
    await user.click(screen.getByRole('button', { name: 'Save handover note' }));

    expect(await screen.findByText('At most 500 characters.')).toBeInTheDocument();
    expect(field).toHaveValue('很长的留言');
    expect(screen.queryByText(/Handover note saved/)).not.toBeInTheDocument();
  });

  it("shows the checkpoint's notes newest first with the shift each closes", async () => {
    const note = (id: string, createdAt: string, shiftStart: string, text: string, sync: LocalRecord['_sync'] = 'synced') =>
      localRecord('shift_note', id, { checkpointId: EAST, shiftStart, note: text, createdAt }, sync);
    renderShift({
      shift_note: [
        note('0192f1b4-0000-7000-8000-00000000aa01', at(23, 55, 24), at(16, 0, 24), '昨晚平安'),
        note('0192f1b4-0000-7000-8000-00000000aa02', at(7, 58), at(0), '体温计电池快没电了', 'pending'),
        { ...note('0192f1b4-0000-7000-8000-00000000aa03', at(8, 0), at(0), '北门的留言'), checkpointId: NORTH },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Handover notes' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('体温计电池快没电了');
    expect(items[0]).toHaveTextContent('Written at 07:58');
    expect(items[0]).toHaveTextContent('Shift 2026-11-25 00:00–08:00');
    expect(items[0]).toHaveTextContent('Pending');
    expect(items[1]).toHaveTextContent('昨晚平安');
    expect(items[1]).toHaveTextContent('Written at 2026-11-24 23:55');
    expect(items[1]).toHaveTextContent('Shift 2026-11-24 16:00–24:00');
  });

  it('asks for the checkpoint when the gate has none chosen, and shows the chosen one', async () => {
    useGateChoice.setState({ checkpointId: '' });
    const { user } = renderShift();
    const select = await screen.findByRole('combobox', { name: 'Checkpoint' });
    expect(select).toHaveValue('');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.selectOptions(select, '北门卡口');
    const table = await screen.findByRole('table', { name: 'People in and out per hour' });
    expect(cellsOf(table)).toEqual([
      ['Hour', 'In', 'Out'],
      ['09:00–10:00', '1', '0'],
      ['Total', '1', '0'],
    ]);
    expect(useGateChoice.getState().checkpointId).toBe(NORTH);
  });

  it('says so when the checkpoint has no entries today', async () => {
    renderShift({ checkpoint_entry: [entry(at(9, 0, 24))] });
    expect(await screen.findByText('No entries today yet.')).toBeInTheDocument();
    expect(screen.getByText('No entries in this shift yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
