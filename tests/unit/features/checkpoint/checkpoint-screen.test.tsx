/**
 * The gate register over the real data client: the four checks gate Save (each pressed only by a tap); Enter in
 * the temperature saves; fever and red code; referral; the next person; a repeat resident in 4 taps.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disposeClients } from '../../data/support/test-client';
import {
  CHECKS,
  checkToggle,
  chooseEastGate,
  checkpoints,
  findAndPick,
  gateClient,
  renderGate,
  resetGateChoice,
  tapChecks,
  ZHANG,
} from './gate-test-setup';

beforeEach(resetGateChoice);
afterEach(disposeClients);

const save = () => screen.getByRole('button', { name: 'Save entry' });

describe('the gate register', () => {
  it('keeps "Save entry" disabled until a person is identified and all four checks are answered', async () => {
    const { client } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    expect(save()).toBeDisabled();
    expect(save()).toHaveAccessibleDescription('Still to answer: Person, Identity asked, Details recorded, Mask worn, Temperature');

    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '36.5');
    await user.click(screen.getByRole('button', { name: 'Identity asked' }));
    await user.click(screen.getByRole('button', { name: 'Mask worn' }));
    // Three checks but nobody identified.
    expect(save()).toBeDisabled();
    expect(save()).toHaveAccessibleDescription('Still to answer: Person, Details recorded');

    // A resident who moved out is not offered.
    await user.type(screen.getByRole('searchbox', { name: 'Find resident' }), '王走');
    expect(await screen.findByText('No matching resident')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Find resident' }));
    await findAndPick(user, 'zs', ZHANG);
    // Even a registered resident's details are confirmed by a tap, never pressed for the worker.
    expect(checkToggle('Details recorded')).toHaveAttribute('aria-pressed', 'false');
    expect(save()).toBeDisabled();
    expect(save()).toHaveAccessibleDescription('Still to answer: Details recorded');
    await user.click(checkToggle('Details recorded'));
    expect(checkToggle('Details recorded')).toHaveAttribute('aria-pressed', 'true');
    expect(save()).toBeEnabled();

    for (const name of ['Identity asked', 'Details recorded', 'Mask worn']) {
      await user.click(screen.getByRole('button', { name }));
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
      expect(save()).toBeDisabled();
      await user.click(screen.getByRole('button', { name }));
      expect(save()).toBeEnabled();
    }

    const temperature = screen.getByRole('textbox', { name: 'Temperature' });
    await user.clear(temperature);
    expect(save()).toBeDisabled();
    await user.type(temperature, '45');
    expect(screen.getByText('Temperature must be between 34.0 and 43.0 °C.')).toBeInTheDocument();
    expect(save()).toBeDisabled();
    await user.clear(temperature);
    await user.click(screen.getByRole('button', { name: '36.8 °C' }));
    expect(temperature).toHaveValue('36.8');
    expect(save()).toBeEnabled();
  });

  it('cannot allow a fever: asks for refusal with a reason or referral, and stores the refusal', async () => {
    const { client, zhangId } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await findAndPick(user, '张', ZHANG);
    await tapChecks(user);
    expect(screen.getByRole('radio', { name: 'Allowed' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '37.3');

    expect(screen.getByRole('radio', { name: 'Allowed' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Allowed' })).not.toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent('refuse or refer');
    await user.click(save());
    expect(screen.getByText('Choose Refused or Referred.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Refused' }));
    await user.click(save());
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(await client.db.records('checkpoint_entry').count()).toBe(0);

    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Fever, sent home');
    await user.click(save());
    expect(await screen.findByText('Saved: 张三')).toBeInTheDocument();
    const [entry] = await client.db.records('checkpoint_entry').toArray();
    expect(entry).toMatchObject({ residentId: zhangId, temperature: 37.3, outcome: 'refused', reason: 'Fever, sent home', checkpointId: checkpoints.east });
    expect(await client.db.records('fever_report').count()).toBe(0);
  });

  it('cannot allow a red code either', async () => {
    const { client } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    expect(screen.getByRole('radio', { name: 'Green' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Red' }));
    expect(screen.getByRole('radio', { name: 'Allowed' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Yellow' }));
    expect(screen.getByRole('radio', { name: 'Allowed' })).toBeEnabled();
  });

  it('a referral stores the entry and a fever report linked to it', async () => {
    const { client, zhangId, householdId } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await findAndPick(user, '3-2-501', ZHANG);
    await tapChecks(user);
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '38.1');
    await user.click(screen.getByRole('radio', { name: 'Referred' }));
    await user.click(save());
    expect(await screen.findByText('Saved: 张三')).toBeInTheDocument();

    const [entry] = await client.db.records('checkpoint_entry').toArray();
    expect(entry).toMatchObject({ residentId: zhangId, householdId, outcome: 'referred', temperature: 38.1, idChecked: true, infoRecorded: true, maskWorn: true });
    const [report] = await client.db.records('fever_report').toArray();
    expect(report).toMatchObject({ checkpointEntryId: entry?.id, residentId: zhangId, householdId, name: '张三', temperature: 38.1, symptoms: ['fever'], action: 'fever_clinic' });
  });

  it('saving clears the person and the checks for the next one, keeps checkpoint and direction, and lists the entry', async () => {
    const { client } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await user.click(screen.getByRole('radio', { name: 'Leaving' }));
    await findAndPick(user, '13700002222', '李梅, 3号楼 Unit 2 Room 501');
    await tapChecks(user);
    await user.click(screen.getByRole('radio', { name: 'Yellow' }));
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '365');
    await user.click(save());

    expect(await screen.findByText('Saved: 李梅')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('searchbox', { name: 'Find resident' })).toHaveFocus();
    expect(screen.getByRole('searchbox', { name: 'Find resident' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Change' })).not.toBeInTheDocument();
    for (const name of ['Identity asked', 'Details recorded', 'Mask worn']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Green' })).toBeChecked();
    expect(save()).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Checkpoint' })).toHaveValue(checkpoints.east);
    expect(screen.getByRole('radio', { name: 'Leaving' })).toBeChecked();

    const list = within(await screen.findByRole('region', { name: 'Last entries' }));
    const row = (await list.findByText('李梅')).closest('li');
    expect(row).toHaveTextContent('Out');
    expect(row).toHaveTextContent('36.5 °C');
    expect(row).toHaveTextContent('Allowed');
    expect(row).toHaveTextContent('Pending');
    const [entry] = await client.db.records('checkpoint_entry').toArray();
    expect(entry).toMatchObject({ direction: 'out', healthCode: 'yellow', temperature: 36.5, phone: '13700002222' });
  });

  it('a resident\'s three toggles, tapped once each in any order, and a typed temperature enable Save (as a script would)', async () => {
    const { client } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await findAndPick(user, 'zs', ZHANG);
    for (const name of CHECKS) expect(checkToggle(name)).toHaveAttribute('aria-pressed', 'false');
    await tapChecks(user, ['Mask worn', 'Details recorded', 'Identity asked']);
    for (const name of CHECKS) expect(checkToggle(name)).toHaveAttribute('aria-pressed', 'true');
    expect(save()).toHaveAccessibleDescription('Still to answer: Temperature');
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '36.7');
    expect(save()).toBeEnabled();
  });

  it('Enter in the temperature saves the entry and clears the screen; with a check missing it saves nothing and keeps the input', async () => {
    const { client, zhangId } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    // Enter in the find box only searches.
    await user.type(screen.getByRole('searchbox', { name: 'Find resident' }), 'zs{Enter}');
    expect(screen.getByRole('searchbox', { name: 'Find resident' })).toHaveValue('zs');
    await user.click(await screen.findByRole('button', { name: ZHANG }));
    await tapChecks(user, ['Identity asked', 'Mask worn']);
    const temperature = screen.getByRole('textbox', { name: 'Temperature' });
    expect(temperature).toHaveAttribute('enterkeyhint', 'go');
    await user.type(temperature, '36.6{Enter}');
    expect(temperature).toHaveValue('36.6');
    expect(screen.getByRole('button', { name: 'Change' })).toBeInTheDocument();
    expect(save()).toHaveAccessibleDescription('Still to answer: Details recorded');

    await user.click(checkToggle('Details recorded'));
    await user.type(temperature, '{Enter}');
    expect(await screen.findByText('Saved: 张三')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Find resident' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Change' })).not.toBeInTheDocument();
    for (const name of CHECKS) expect(checkToggle(name)).toHaveAttribute('aria-pressed', 'false');
    expect(temperature).toHaveValue('');
    expect(save()).toBeDisabled();
    // One entry: the first Enter, with a check missing, stored nothing.
    const entries = await client.db.records('checkpoint_entry').toArray();
    expect(entries.map((entry) => [entry.residentId, entry.temperature, entry.infoRecorded])).toEqual([[zhangId, 36.6, true]]);
  });

  it('a repeat resident takes 4 taps ("Recent", the three checks) plus typing the temperature and Enter', async () => {
    const { client, zhangId } = await gateClient();
    const { user } = renderGate(client);
    await chooseEastGate(user);
    await findAndPick(user, 'zs', ZHANG);
    await tapChecks(user);
    await user.click(screen.getByRole('button', { name: '36.5 °C' }));
    await user.click(save());
    const status = await screen.findByText('Saved: 张三');
    // The same name saved again is announced again: the live region is emptied, then filled.
    const announced: string[] = [];
    const observer = new MutationObserver(() => announced.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });

    const recent = within(await screen.findByRole('region', { name: 'Recent' }));
    await user.click(recent.getByRole('button', { name: ZHANG }));
    await tapChecks(user);
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '36.6{Enter}');
    await screen.findByText('36.6 °C');
    observer.disconnect();
    expect(announced.slice(-2)).toEqual(['', 'Saved: 张三']);
    const entries = await client.db.records('checkpoint_entry').toArray();
    expect(entries.map((entry) => [entry.residentId, entry.temperature]).sort()).toEqual([
      [zhangId, 36.5],
      [zhangId, 36.6],
    ]);
  });
});
