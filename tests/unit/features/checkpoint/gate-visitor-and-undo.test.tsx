/** Visitors at the gate, the standing choice across a reload, the undo window and the household QR code. */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATE_CHOICE_KEY, useGateChoice } from '../../../../src/features/checkpoint/gate-choice-store';
import { makeIdNumber } from '../../../fixtures/id-number-factory';
import { disposeClients } from '../../data/support/test-client';
import { checkToggle, chooseEastGate, checkpoints, findAndPick, gateClient, renderGate, resetGateChoice, tapChecks, ZHANG } from './gate-test-setup';

// The camera is the scanner's business: here a scan is a button that reports a household.
vi.mock('../../../../src/shared/ui/code-scanner', () => ({
  CodeScanner: ({ onFound, onCancel }: { onFound: (id: string) => void; onCancel: () => void }) => (
    <div>
      <button type="button" onClick={() => onFound(String(globalThis.scannedHousehold))}>
        Fake scan
      </button>
      <button type="button" onClick={onCancel}>
        Stop scanning
      </button>
    </div>
  ),
}));

declare global {
  var scannedHousehold: string | undefined;
}

beforeEach(resetGateChoice);
afterEach(async () => {
  vi.useRealTimers();
  await disposeClients();
});

const save = () => screen.getByRole('button', { name: 'Save entry' });

async function answerChecks(user: ReturnType<typeof renderGate>['user'], temperature = '36.4') {
  await tapChecks(user);
  await user.type(screen.getByRole('textbox', { name: 'Temperature' }), temperature);
}

describe('a visitor at the gate', () => {
  // Much typing through the gate form: on a loaded 2-CPU machine it has taken more than the default 5 s.
  it('needs a name, a mobile number and a purpose (and a valid ID number when given) before "Details recorded" can be pressed', async () => {
    const { client, householdId } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await user.click(screen.getByRole('button', { name: 'Visitor' }));
    await tapChecks(user, ['Identity asked', 'Mask worn']);
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '36.4');
    const details = checkToggle('Details recorded');
    const hint = "Tap once the visitor's name, mobile number and purpose are filled in.";
    expect(screen.getByText(hint)).toBeInTheDocument();
    expect(details).toHaveAttribute('aria-pressed', 'false');
    expect(save()).toBeDisabled();

    await user.click(details);
    expect(details).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription('A visitor must give a mobile number.');
    expect(screen.getByRole('group', { name: 'Purpose' })).toHaveAccessibleDescription('Choose the purpose of the visit.');

    await user.type(screen.getByRole('textbox', { name: 'Name' }), '快递小哥');
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '1370000');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription('Enter an 11-digit mobile number starting with 1.');
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '3333');
    await user.click(screen.getByRole('radio', { name: 'Courier' }));
    // Complete, but never pressed for the worker.
    expect(details).toHaveAttribute('aria-pressed', 'false');
    expect(save()).toBeDisabled();
    expect(save()).toHaveAccessibleDescription('Still to answer: Details recorded');
    await user.click(details);
    expect(details).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByText(hint)).not.toBeInTheDocument();
    expect(save()).toBeEnabled();

    const valid = makeIdNumber({ birthDate: '1990-03-07', sex: 'male' });
    const idField = screen.getByRole('textbox', { name: 'ID number (optional)' });
    await user.type(idField, `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`);
    expect(idField).toHaveAccessibleDescription('The check digit does not match. Check the ID number again.');
    expect(details).toHaveAttribute('aria-pressed', 'false');
    expect(save()).toBeDisabled();
    await user.clear(idField);
    await user.type(idField, valid);
    expect(details).toHaveAttribute('aria-pressed', 'true');

    // Enter in a visitor field or the household search saves nothing, even when all is answered, and keeps the text.
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '{Enter}');
    await user.type(screen.getByRole('searchbox', { name: 'Household visited' }), '3-2-501{Enter}');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('快递小哥');
    expect(screen.getByRole('searchbox', { name: 'Household visited' })).toHaveValue('3-2-501');
    await user.click(await screen.findByRole('button', { name: '3号楼 Unit 2 Room 501' }));
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '{Enter}');
    expect(await screen.findByText('Saved: 快递小哥')).toBeInTheDocument();
    const entries = await client.db.records('checkpoint_entry').toArray();
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ name: '快递小哥', phone: '13700003333', idNumber: valid, purpose: 'courier', householdId, infoRecorded: true });
    expect(entry?.residentId).toBeUndefined();
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
  }, 20_000);

  it('starts a new visitor without the last one\'s errors after "Change"', async () => {
    const { client } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await user.click(screen.getByRole('button', { name: 'Visitor' }));
    await user.click(checkToggle('Details recorded'));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter a name.');

    await user.click(screen.getByRole('button', { name: 'Change' }));
    await user.click(screen.getByRole('button', { name: 'Visitor' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAccessibleDescription('Enter a name.');
  });
});

describe('the standing choice', () => {
  it('keeps checkpoint and direction across a remount and a reload', async () => {
    const { client } = await gateClient();
    const first = renderGate(client);
    await screen.findByRole('option', { name: '西门' });
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Checkpoint' }), '西门');
    await first.user.click(screen.getByRole('radio', { name: 'Leaving' }));
    first.unmount();

    renderGate(client);
    await screen.findByRole('option', { name: '西门' });
    expect(screen.getByRole('combobox', { name: 'Checkpoint' })).toHaveValue(checkpoints.west);
    expect(screen.getByRole('radio', { name: 'Leaving' })).toBeChecked();
    await act(async () => {
      await simulateReload();
    });
    expect(useGateChoice.getState()).toMatchObject({ checkpointId: checkpoints.west, direction: 'out' });
  });
});

/** A reload: memory forgets, localStorage remains and is read again. */
async function simulateReload() {
  const stored = localStorage.getItem(GATE_CHOICE_KEY);
  expect(stored).not.toBeNull();
  useGateChoice.setState({ checkpointId: '', direction: 'in' });
  localStorage.setItem(GATE_CHOICE_KEY, stored ?? '');
  await useGateChoice.persist.rehydrate();
}

describe('undo', () => {
  it('voids an entry (and its referral) within 10 seconds; after that the undo is gone', async () => {
    const { client } = await gateClient();
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { user } = renderGate(client, { advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await chooseEastGate(user);
    await findAndPick(user, 'zs', ZHANG);
    await answerChecks(user, '38.0');
    await user.click(screen.getByRole('radio', { name: 'Referred' }));
    await user.click(save());
    await user.click(await screen.findByRole('button', { name: 'Undo 张三' }));
    const list = within(screen.getByRole('region', { name: 'Last entries' }));
    expect(await list.findByText('Undone')).toBeInTheDocument();
    const [entry] = await client.db.records('checkpoint_entry').toArray();
    expect(entry).toMatchObject({ voidReason: 'Undone at the gate' });
    const [report] = await client.db.records('fever_report').toArray();
    expect(report).toMatchObject({ checkpointEntryId: entry?.id, voidReason: 'Undone at the gate' });

    await findAndPick(user, 'lm', '李梅, 3号楼 Unit 2 Room 501');
    await answerChecks(user);
    await user.click(save());
    expect(await screen.findByRole('button', { name: 'Undo 李梅' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(9_000);
    });
    expect(screen.getByRole('button', { name: 'Undo 李梅' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(1_500);
    });
    expect(screen.queryByRole('button', { name: 'Undo 李梅' })).not.toBeInTheDocument();
    expect(list.getByText('李梅')).toBeInTheDocument();
  });
  it('keeps a referral\'s undo when voiding its fever report fails, and leaves the entry standing until it succeeds', async () => {
    const { client } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await findAndPick(user, 'zs', ZHANG);
    await answerChecks(user, '38.0');
    await user.click(screen.getByRole('radio', { name: 'Referred' }));
    await user.click(save());
    const voidRecord = client.voidRecord.bind(client);
    const spy = vi.spyOn(client, 'voidRecord').mockRejectedValueOnce(new Error('disk trouble'));
    await user.click(await screen.findByRole('button', { name: 'Undo 张三' }));
    expect(await screen.findByText('Something went wrong.')).toBeInTheDocument();
    const [entry] = await client.db.records('checkpoint_entry').toArray();
    expect(entry?.voidedAt).toBeUndefined();

    spy.mockImplementation(voidRecord);
    await user.click(screen.getByRole('button', { name: 'Undo 张三' }));
    const list = within(screen.getByRole('region', { name: 'Last entries' }));
    expect(await list.findByText('Undone')).toBeInTheDocument();
    const [report] = await client.db.records('fever_report').toArray();
    expect(report).toMatchObject({ checkpointEntryId: entry?.id, voidReason: 'Undone at the gate' });
  });
});

describe('the household QR code', () => {
  it('lists the scanned household\'s residents who live there, to pick one', async () => {
    const { client, householdId } = await gateClient();
    globalThis.scannedHousehold = householdId;
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await user.click(screen.getByRole('button', { name: 'Scan QR code' }));
    await user.click(await screen.findByRole('button', { name: 'Fake scan' }));
    const household = within(screen.getByRole('region', { name: 'Pick a resident of this household' }));
    expect(household.getAllByRole('button').map((button) => button.textContent)).toEqual([ZHANG, '李梅, 3号楼 Unit 2 Room 501']);
    await user.click(household.getByRole('button', { name: ZHANG }));
    expect(screen.getByText(ZHANG)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change' })).toBeInTheDocument();
  });
});
