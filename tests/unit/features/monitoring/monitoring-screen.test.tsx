/**
 * One person's home monitoring (/monitoring/:id) at 12:30 in China: "Record check" (a quick button and
 * "Save check"; a fever or a symptom opens the fever report prefilled and linked to the check; a check with
 * a report made from it shows "Fever reported"), "Release" only on the last day once the
 * current slot is checked, "End early" with a reason, "Extend" with a reason, and an ended one read-only.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { MonitoringScreen } from '../../../../src/features/monitoring/monitoring-screen';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { localRecord } from '../../../fixtures/fake-data-client';
import { check, monitoring, monitoringClient, NEW_ID, NOON_30, people, TODAY } from './monitoring-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON_30);
});
afterEach(() => {
  vi.useRealTimers();
});

const zhao = people.zhao;
/** Day 7 of 14, this morning checked, the afternoon due. */
const running = monitoring(1, zhao, '2026-11-20');
/** Day 14 of 14 (started 2026-11-13). */
const lastDay = monitoring(2, zhao, '2026-11-13');

async function open(m: LocalRecord<'home_monitoring'>, checks: LocalRecord<'monitoring_check'>[] = [], reports: LocalRecord<'fever_report'>[] = []) {
  const rendered = monitoringClient({ home_monitoring: [m], monitoring_check: checks, fever_report: reports });
  const view = renderWithProviders(<MonitoringScreen />, { client: rendered.client, path: '/monitoring/:monitoringId', route: `/monitoring/${m.id}` });
  expect(await screen.findByRole('heading', { level: 1, name: 'Home monitoring' })).toBeInTheDocument();
  await screen.findByText(/赵一 · 10号楼 1-101/);
  return { ...rendered, ...view };
}

function recordCheck() {
  return within(screen.getByRole('form', { name: 'Record check' }));
}

describe('Record check', () => {
  it('one tap on 36.5 and "Save check" creates one check with the monitoring’s ids, no symptoms, at the time now', async () => {
    const { user, create, router } = await open(running, [check(running, '2026-11-26T08:30:00+08:00', 36.4)]);
    expect(screen.getByText(/Day 7 of 14/)).toBeInTheDocument();
    expect(screen.getByText('Due')).toBeInTheDocument();

    await user.click(recordCheck().getByRole('button', { name: '36.5 °C' }));
    await user.click(recordCheck().getByRole('button', { name: 'Save check' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith('monitoring_check', {
      monitoringId: running.id,
      residentId: zhao.resident,
      householdId: zhao.household,
      checkedAt: NOON_30.toISOString(),
      temperature: 36.5,
      symptoms: [],
    });
    expect(await screen.findByText(/Check saved\./)).toBeInTheDocument();
    // A normal reading stays here.
    expect(router.state.location.pathname).toBe(`/monitoring/${running.id}`);
  });

  it('an empty temperature is refused beside the field and nothing is written', async () => {
    const { user, create } = await open(running);
    await user.click(recordCheck().getByRole('button', { name: 'Save check' }));
    expect(await screen.findByRole('textbox', { name: 'Temperature (°C)' })).toHaveAccessibleDescription(expect.stringContaining('Enter the temperature.'));
    expect(create).not.toHaveBeenCalled();
    expect(screen.queryByText(/Check saved\./)).not.toBeInTheDocument();
  });

  it('38.0 saved opens the fever report at once, prefilled with the person and the reading and linked to the new check', async () => {
    const { user, create, router } = await open(running);
    await user.type(screen.getByRole('textbox', { name: 'Temperature (°C)' }), '38.0');
    await user.click(recordCheck().getByRole('button', { name: 'Save check' }));

    await waitFor(() => expect(create).toHaveBeenCalledWith('monitoring_check', expect.objectContaining({ temperature: 38, symptoms: [] })));
    await waitFor(() => expect(router.state.location.pathname).toBe('/fever-reports/new'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      household: zhao.household,
      resident: zhao.resident,
      temperature: '38.0',
      check: NEW_ID,
    });
  });

  it('a symptom with a normal temperature opens the fever report too, with the symptom', async () => {
    const { user, router } = await open(running);
    await user.click(recordCheck().getByRole('button', { name: '36.8 °C' }));
    await user.click(recordCheck().getByRole('checkbox', { name: 'Cough' }));
    await user.click(recordCheck().getByRole('button', { name: 'Save check' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/fever-reports/new'));
    const query = new URLSearchParams(router.state.location.search);
    expect([query.get('temperature'), query.get('symptoms'), query.get('check')]).toEqual(['36.8', 'cough', NEW_ID]);
  });
});

describe('the checks list', () => {
  it('a check with a fever report made from it shows "Fever reported", a link to the report; the others not', async () => {
    const [normal, feverish] = [check(running, '2026-11-26T08:30:00+08:00', 36.4), check(running, '2026-11-25T15:00:00+08:00', 38.1)];
    const reportId = '0192f1b4-0000-7000-8000-000000000501';
    const report = localRecord('fever_report', reportId, {
      householdId: zhao.household,
      residentId: zhao.resident,
      monitoringCheckId: feverish.id,
      name: zhao.name,
      temperature: 38.1,
      symptoms: [],
      action: 'observation',
      reportedAt: '2026-11-25T15:05:00+08:00',
    });
    await open(running, [feverish, normal], [report]);
    const items = within(screen.getByRole('list', { name: 'Checks' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).queryByRole('link', { name: 'Fever reported' })?.getAttribute('href') ?? null)).toEqual([
      null,
      `/fever-reports/${reportId}`,
    ]);
  });
});

describe('Release', () => {
  it('is not offered before the last day', async () => {
    await open(running, [check(running, '2026-11-26T08:30:00+08:00')]);
    expect(screen.getByText(/Day 7 of 14/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Release' })).not.toBeInTheDocument();
    expect(screen.getByText(/On the last day, after its check/)).toBeInTheDocument();
  });

  it('is not offered on day 14 while this afternoon’s check is still due', async () => {
    await open(lastDay, [check(lastDay, '2026-11-26T08:30:00+08:00')]);
    expect(screen.getByText(/Day 14 of 14/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Release' })).not.toBeInTheDocument();
  });

  it('on day 14 after this afternoon’s check, "Release" ends it today as released', async () => {
    const { user, patch, stored } = await open(lastDay, [check(lastDay, '2026-11-26T08:30:00+08:00'), check(lastDay, '2026-11-26T12:20:00+08:00')]);
    expect(screen.getByText(/Day 14 of 14/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
    expect(patch).toHaveBeenCalledWith('home_monitoring', lastDay.id, { endedOn: TODAY, endKind: 'released' });
    expect(stored.home_monitoring?.[0]).toMatchObject({ endedOn: TODAY, endKind: 'released' });
  });
});

describe('End early and Extend', () => {
  it('"End early" needs how it ends and a note, then ends it today with both', async () => {
    const { user, patch } = await open(running);
    await user.click(screen.getByRole('button', { name: 'End early' }));
    const form = within(screen.getByRole('form', { name: 'End early' }));
    await user.click(form.getByRole('button', { name: 'End home monitoring' }));
    expect(form.getByRole('combobox', { name: 'Why it ends' })).toHaveAccessibleDescription(expect.stringContaining('Choose how it ends.'));

    await user.selectOptions(form.getByRole('combobox', { name: 'Why it ends' }), 'Moved to hospital');
    await user.click(form.getByRole('button', { name: 'End home monitoring' }));
    expect(form.getByRole('textbox', { name: 'Note' })).toHaveAccessibleDescription(expect.stringContaining('Give a reason.'));
    expect(patch).not.toHaveBeenCalled();

    await user.type(form.getByRole('textbox', { name: 'Note' }), '送市一院');
    await user.click(form.getByRole('button', { name: 'End home monitoring' }));
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
    expect(patch).toHaveBeenCalledWith('home_monitoring', running.id, { endedOn: TODAY, endKind: 'hospital', endNote: '送市一院' });
  });

  it('"Extend" by 3 days with a reason appends an extension after the earlier one', async () => {
    const earlier = { days: 2, reason: '复查', at: '2026-11-22T10:00:00+08:00' };
    const extended = monitoring(3, zhao, '2026-11-20', { extensions: [earlier] });
    const { user, patch } = await open(extended);
    expect(screen.getByText(/Day 7 of 16/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Extend' }));
    const form = within(screen.getByRole('form', { name: 'Extend' }));
    const days = form.getByRole('textbox', { name: 'Extra days' });
    await user.clear(days);
    await user.type(days, '3');
    await user.click(form.getByRole('button', { name: 'Extend home monitoring' }));
    expect(await form.findByText('Give a reason.')).toBeInTheDocument();
    expect(patch).not.toHaveBeenCalled();

    await user.type(form.getByRole('textbox', { name: 'Why it is extended' }), '仍有咳嗽');
    await user.click(form.getByRole('button', { name: 'Extend home monitoring' }));
    await waitFor(() => expect(patch).toHaveBeenCalledTimes(1));
    expect(patch).toHaveBeenCalledWith('home_monitoring', extended.id, {
      extensions: [earlier, { days: 3, reason: '仍有咳嗽', at: NOON_30.toISOString() }],
    });
  });
});

describe('an ended monitoring', () => {
  it('shows "Released on …" and its checks, with no Record check form and no way to end it again', async () => {
    const released = monitoring(4, zhao, '2026-11-10', { endedOn: '2026-11-23', endKind: 'released' });
    await open(released, [check(released, '2026-11-23T15:00:00+08:00', 36.6)]);
    expect(screen.getByText('Released on 2026-11-23.')).toBeInTheDocument();
    expect(screen.getByText('Ended')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record check' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save check' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Release' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'End early' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Checks' })).getByRole('listitem')).toHaveTextContent('36.6 °C · No symptoms');
  });
});
