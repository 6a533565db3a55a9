/**
 * "Start home monitoring" (/residents/:id/monitoring/new) on 2026-11-26 in China: today, 14 days (or
 * the community's setting) and twice a day by default; from a fever report the reason is "Fever report"
 * and the record names the report; a reason is required; someone already under monitoring is sent to
 * it; after saving, the new monitoring opens.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeRecords } from '../../../fixtures/fake-data-client';
import { localRecord } from '../../../fixtures/fake-data-client';
import { StartMonitoringScreen } from '../../../../src/features/monitoring/start-monitoring-screen';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { COMMUNITY, monitoring, monitoringClient, NEW_ID, NOON_30, people, TODAY } from './monitoring-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON_30);
});
afterEach(() => {
  vi.useRealTimers();
});

const qian = people.qian;
const REPORT = '0192f1b4-0000-7000-8000-0000000005f1';

async function openStart(records: FakeRecords = {}, query = '') {
  const rendered = monitoringClient(records);
  const view = renderWithProviders(<StartMonitoringScreen />, {
    client: rendered.client,
    path: '/residents/:residentId/monitoring/new',
    route: `/residents/${qian.resident}/monitoring/new${query}`,
  });
  expect(await screen.findByRole('heading', { level: 1, name: 'Start home monitoring' })).toBeInTheDocument();
  return { ...rendered, ...view };
}

describe('Start home monitoring', () => {
  it('starts today, for 14 days, morning and afternoon, with no reason chosen', async () => {
    await openStart();
    expect(await screen.findByText('Resident: 钱二')).toBeInTheDocument();
    expect(screen.getByLabelText('Start date')).toHaveValue(TODAY);
    expect(screen.getByRole('textbox', { name: 'Length (days)' })).toHaveValue('14');
    expect(screen.getByRole('radio', { name: 'Morning and afternoon' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Once a day' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Reason' })).toHaveValue('');
  });

  it('takes its length from the community’s setting when there is one', async () => {
    await openStart({ community_settings: [localRecord('community_settings', '0192f1b4-0000-7000-8000-0000000006c1', { communityId: COMMUNITY, reportDeadline: '18:00', monitoringDays: 10 })] });
    expect(await screen.findByRole('textbox', { name: 'Length (days)' })).toHaveValue('10');
  });

  it('requires a reason and writes nothing without one', async () => {
    const { user, create } = await openStart();
    await user.click(await screen.findByRole('button', { name: 'Start home monitoring' }));
    expect(screen.getByRole('combobox', { name: 'Reason' })).toHaveAccessibleDescription(expect.stringContaining('Choose a reason.'));
    expect(create).not.toHaveBeenCalled();
  });

  it('from a fever report: the reason is "Fever report", the record names the report, and the new monitoring opens', async () => {
    const { user, create, router } = await openStart({}, `?report=${REPORT}`);
    const reason = await screen.findByRole('combobox', { name: 'Reason' });
    expect(reason).toHaveValue('fever_report');
    expect(screen.getByRole('option', { name: 'Fever report' })).toHaveProperty('selected', true);
    await user.click(screen.getByRole('button', { name: 'Start home monitoring' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith('home_monitoring', {
      residentId: qian.resident,
      householdId: qian.household,
      reason: 'fever_report',
      feverReportId: REPORT,
      startDate: TODAY,
      startedAt: NOON_30.toISOString(),
      days: 14,
      checksPerDay: 2,
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/monitoring/${NEW_ID}`));
  });

  it('saves the chosen reason, note, length and once a day', async () => {
    const { user, create, router } = await openStart();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Reason' }), 'Close contact');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), '同车');
    const days = screen.getByRole('textbox', { name: 'Length (days)' });
    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('radio', { name: 'Once a day' }));
    await user.click(screen.getByRole('button', { name: 'Start home monitoring' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith('home_monitoring', expect.objectContaining({ reason: 'close_contact', reasonNote: '同车', days: 7, checksPerDay: 1 }));
    expect(create.mock.calls[0]?.[1]).not.toHaveProperty('feverReportId');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/monitoring/${NEW_ID}`));
  });

  it('a resident already under home monitoring is sent to it, with no form', async () => {
    const open = monitoring(1, qian, '2026-11-20');
    await openStart({ home_monitoring: [open] });
    expect(await screen.findByText('This resident is already under home monitoring (since 2026-11-20).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open home monitoring' })).toHaveAttribute('href', `/monitoring/${open.id}`);
    expect(screen.queryByRole('form', { name: 'Start home monitoring' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start home monitoring' })).not.toBeInTheDocument();
  });

  it('an ended monitoring does not stop a new one', async () => {
    await openStart({ home_monitoring: [monitoring(1, qian, '2026-11-01', { endedOn: '2026-11-14', endKind: 'released' })] });
    expect(await screen.findByRole('button', { name: 'Start home monitoring' })).toBeInTheDocument();
    expect(screen.queryByText(/already under home monitoring/)).not.toBeInTheDocument();
  });
});
